// Client-side search over window.PVPP_SEARCH_INDEX (static/search-index.js, made by
// the generator): no server, works from file://. Plain ES2017, no libraries.
// The pure functions are exported for tests/search/search_test.mjs (Node).
(function (root) {
  'use strict';

  // Same mapping as fold_diacritics in generator/util/slug.cpp, after lower-casing.
  const FOLD = { 'ā': 'a', 'č': 'c', 'ē': 'e', 'ģ': 'g', 'ī': 'i', 'ķ': 'k',
    'ļ': 'l', 'ņ': 'n', 'š': 's', 'ū': 'u', 'ž': 'z' };
  const FOLD_RE = /[āčēģīķļņšūž]/g;

  // A word: letters and digits (any script; General Punctuation such as – „ “ is not
  // a letter), joined by '-' or '.' so that "pu2-10" and "p4.2" stay one word.
  const LETTER = 'a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2070-\\uffff';
  const WORD_RE = new RegExp('[' + LETTER + ']+(?:[-.][' + LETTER + ']+)*', 'g');
  const PART_RE = new RegExp('[' + LETTER + ']+', 'g');

  const MAX_HITS = 50;
  // The search page is lv/meklesana/index.html: two folders below the site root.
  const HIT_PREFIX = '../../';

  /** Lower-cases and folds Latvian diacritics, as the index's "x" already is. */
  function normalize(text) {
    return String(text || '').toLowerCase().replace(FOLD_RE, (c) => FOLD[c]);
  }

  /** The query's words: normalized, joined codes kept whole ("pu2-10"). */
  function queryWords(query) {
    return normalize(query).match(WORD_RE) || [];
  }

  /** An entry's words: each joined word and also its parts ("pu2-10", "pu2", "10"). */
  function entryWords(text) {
    const out = [];
    for (const word of normalize(text).match(WORD_RE) || []) {
      out.push(word);
      const parts = word.match(PART_RE);
      if (parts.length > 1) {
        out.push.apply(out, parts);
      }
    }
    return out;
  }

  /** Splits each entry into words once, so typing stays fast. */
  function prepareIndex(index) {
    const entries = (index && index.entries) || [];
    return entries.map((e, i) => ({
      entry: e,
      order: i,
      code: normalize(e.c),
      titleWords: entryWords(e.c + ' ' + e.t),
      textWords: entryWords(e.x),
    }));
  }

  function hasPrefix(words, prefix) {
    return words.some((w) => w.startsWith(prefix));
  }

  function countPrefix(words, prefix) {
    let n = 0;
    for (const w of words) {
      if (w.startsWith(prefix)) {
        n += 1;
      }
    }
    return n;
  }

  // How one prepared entry answers the query words, or null when a word is missing.
  function scoreEntry(p, words, wholeQuery) {
    let inTitle = 0;
    let inText = 0;
    for (const q of words) {
      const title = hasPrefix(p.titleWords, q);
      const text = countPrefix(p.textWords, q);
      if (!title && text === 0) {
        return null;
      }
      inTitle += title ? 1 : 0;
      inText += text;
    }
    const exact = p.code !== '' && p.code === wholeQuery;
    const hasCode = p.code !== '';
    return { entry: p.entry, order: p.order, exact, allInTitle: inTitle === words.length, hasCode, inTitle, inText };
  }

  // Exact code, then every word in the title (and among those a record with a code: its own page
  // before a chapter section that lists it), then title words, then text matches, then index order.
  function compareHits(a, b) {
    const codeFirst = a.allInTitle && b.allInTitle ? b.hasCode - a.hasCode : 0;
    return (b.exact - a.exact) || (b.allInTitle - a.allInTitle) || codeFirst ||
      (b.inTitle - a.inTitle) || (b.inText - a.inText) || (a.order - b.order);
  }

  /** Every entry matching all query words (each a prefix of some word), best first. */
  function search(prepared, query) {
    const words = queryWords(query);
    if (words.length === 0) {
      return [];
    }
    const wholeQuery = normalize(query).trim();
    const hits = [];
    for (const p of prepared) {
      const hit = scoreEntry(p, words, wholeQuery);
      if (hit) {
        hits.push(hit);
      }
    }
    return hits.sort(compareHits);
  }

  /** "0 rezultātu", "1 rezultāts", "21 rezultāts", "11 rezultāti", "2 rezultāti". */
  function countText(n) {
    if (n === 0) {
      return '0 rezultātu';
    }
    const singular = n % 10 === 1 && n % 100 !== 11;
    return n + (singular ? ' rezultāts' : ' rezultāti');
  }

  /** The q parameter of a location.search string ('+' is a space); "" when absent. */
  function queryFromSearch(search) {
    for (const pair of String(search || '').replace(/^\?/, '').split('&')) {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      if (key === 'q') {
        const raw = eq < 0 ? '' : pair.slice(eq + 1).replace(/\+/g, ' ');
        try {
          return decodeURIComponent(raw);
        } catch (e) {
          return raw;  // a stray '%': search for what was typed
        }
      }
    }
    return '';
  }

  /** A hit's link from the search page: "lv/a/#b" → "../../lv/a/index.html#b". */
  function hitHref(u) {
    const hash = u.indexOf('#');
    const folder = hash < 0 ? u : u.slice(0, hash);
    return HIT_PREFIX + folder + 'index.html' + (hash < 0 ? '' : u.slice(hash));
  }

  function element(doc, tag, className, text) {
    const el = doc.createElement(tag);
    if (className) {
      el.className = className;
    }
    if (text) {
      el.textContent = text;
    }
    return el;
  }

  function hitItem(doc, e) {
    const li = element(doc, 'li', 'search-hit');
    const a = element(doc, 'a');
    a.setAttribute('href', hitHref(e.u));
    if (e.c) {
      a.appendChild(element(doc, 'span', 'code', e.c));
      a.appendChild(doc.createTextNode(' '));
    }
    a.appendChild(doc.createTextNode(e.t));
    li.appendChild(a);
    li.appendChild(doc.createTextNode(' '));
    li.appendChild(element(doc, 'span', 'chapter', e.h || e.k));
    return li;
  }

  // A note after the list when only the first MAX_HITS are shown.
  function showMore(doc, list, total) {
    let note = doc.getElementById('search-more');
    if (total <= MAX_HITS) {
      if (note) {
        note.remove();
      }
      return;
    }
    if (!note) {
      note = element(doc, 'p');
      note.id = 'search-more';
      list.parentNode.insertBefore(note, list.nextSibling);
    }
    note.textContent = 'Parādīti pirmie ' + MAX_HITS + '. Precizējiet meklējamos vārdus.';
  }

  /** Writes the hits for query into #search-results and #search-count. */
  function render(doc, prepared, query) {
    const list = doc.getElementById('search-results');
    const count = doc.getElementById('search-count');
    const hits = search(prepared, query);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    for (const hit of hits.slice(0, MAX_HITS)) {
      list.appendChild(hitItem(doc, hit.entry));
    }
    if (count) {
      count.textContent = queryWords(query).length === 0 ? '' : countText(hits.length);
    }
    showMore(doc, list, hits.length);
  }

  // Keeps ?q= in the address, so Back and a copied link return to the same results.
  function remember(win, query) {
    try {
      win.history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : win.location.pathname);
    } catch (e) {
      // some browsers refuse history changes on file:// pages; the results still show
    }
  }

  function start(win) {
    const doc = win.document;
    if (!doc.getElementById('search-results')) {
      return;  // other pages: the header form opens the search page, no script needed
    }
    const prepared = prepareIndex(win.PVPP_SEARCH_INDEX);
    const input = doc.getElementById('search-input');
    const query = queryFromSearch(win.location.search);
    if (input) {
      input.value = query;
      input.addEventListener('input', () => {
        render(doc, prepared, input.value);
        remember(win, input.value);
      });
    }
    render(doc, prepared, query);
  }

  const api = { normalize, queryWords, entryWords, prepareIndex, search, countText, queryFromSearch,
    hitHref, render, MAX_HITS };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  }
  if (root && root.document) {
    root.PVPP_SEARCH = api;
    if (root.document.readyState === 'loading') {
      root.document.addEventListener('DOMContentLoaded', () => start(root));
    } else {
      start(root);
    }
  }
})(typeof window !== 'undefined' ? window : undefined);
