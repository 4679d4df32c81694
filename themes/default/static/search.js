// Client-side search over window.PVPP_SEARCH_INDEX (static/search-index.js, made by
// the generator): no server, works from file://. Plain ES2017, no libraries.
// Index and query go through the same normalisation here (lower case, Latvian letters
// folded, a light Latvian stemmer), so "finansu parvaldibu" finds "finanšu pārvaldība".
// The pure functions are exported for tests/search/search_test.mjs (Node).
(function (root) {
  'use strict';

  // Same mapping as fold_diacritics in generator/util/slug.cpp, after lower-casing.
  const FOLD = { 'ā': 'a', 'č': 'c', 'ē': 'e', 'ģ': 'g', 'ī': 'i', 'ķ': 'k',
    'ļ': 'l', 'ņ': 'n', 'š': 's', 'ū': 'u', 'ž': 'z' };
  const FOLD_RE = /[āčēģīķļņšūž]/g;

  // A word: letters and digits (any script; General Punctuation such as – „ “ is not
  // a letter), joined by '-' or '.' so that "pu2-10" and "p4.2" stay one word.
  const LETTER = 'A-Za-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2070-\\uffff';
  const WORD_RE = new RegExp('[' + LETTER + ']+(?:[-.][' + LETTER + ']+)*', 'g');
  const PART_RE = new RegExp('[' + LETTER + ']+', 'g');
  const DIGIT_RE = /[0-9]/;

  const MAX_HITS = 50;
  const SNIPPET_WORDS = 24;
  // The search page is lv/meklesana/index.html: two folders below the site root.
  const HIT_PREFIX = '../../';

  /** Lower-cases and folds Latvian diacritics. */
  function normalize(text) {
    return String(text || '').toLowerCase().replace(FOLD_RE, (c) => FOLD[c]);
  }

  // Kreslins' light stemmer for Latvian (the light version of K. Kreslins' PhD thesis "A
  // stemming algorithm for Latvian" that Lucene's LatvianStemmer describes: noun and adjective
  // endings only), here on folded words: the first
  // ending that fits is removed when the word has more vowels than the ending asks for
  // and at least three letters stay. Each row: ending, vowels the word must exceed, and
  // whether a palatalised consonant before it is restored. Folding merges endings that
  // differ only by a long vowel (-ām/-am) and leaves one restoration that still shows:
  // a labial's inserted j ("zemju" → "zem", as "zeme"); the others (šņ → sn, č → c…)
  // are what folding does anyway, except kš → kst, left out: folded, it would also turn
  // "maksu" into "makst".
  const ENDINGS = [
    ['ajiem', 3, false], ['ajai', 3, false], ['ajam', 2, false], ['ajos', 2, false], ['ajas', 2, false],
    ['iem', 2, true], ['aja', 2, false], ['ais', 2, false], ['ai', 2, false], ['ei', 2, false],
    ['am', 1, false], ['em', 1, false], ['im', 1, false], ['um', 1, false], ['us', 1, true],
    ['as', 1, false], ['es', 1, false], ['os', 1, true], ['ij', 1, false], ['is', 1, false],
    ['ie', 1, false], ['u', 1, true], ['a', 1, true], ['i', 1, true], ['e', 1, false],
    ['o', 1, false], ['s', 0, false],
  ];

  function vowelCount(word) {
    let n = 0;
    for (const c of word) {
      n += 'aeiou'.includes(c) ? 1 : 0;
    }
    return n;
  }

  /** The stem of one normalized word; codes and other words with digits stay whole. */
  function stem(word) {
    if (DIGIT_RE.test(word)) {
      return word;
    }
    const joint = Math.max(word.lastIndexOf('-'), word.lastIndexOf('.'));
    if (joint >= 0) {
      return word.slice(0, joint + 1) + stem(word.slice(joint + 1));  // "e-pakalpojumu" → "e-pakalpojum"
    }
    const vowels = vowelCount(word);
    for (const [ending, moreVowelsThan, palatal] of ENDINGS) {
      if (vowels > moreVowelsThan && word.length >= ending.length + 3 && word.endsWith(ending)) {
        const rest = word.slice(0, word.length - ending.length);
        return palatal && /[bmpv]j$/.test(rest) ? rest.slice(0, -1) : rest;
      }
    }
    return word;
  }

  /** The query's words: normalized and stemmed, joined codes kept whole ("pu2-10"). */
  function queryWords(query) {
    return (normalize(query).match(WORD_RE) || []).map(stem);
  }

  /** The keys one written word answers to: itself and, when joined, each part ("pu2-10", "pu2", "10"). */
  function wordKeys(word) {
    const joined = normalize(word);
    const parts = joined.match(PART_RE) || [];
    return [stem(joined)].concat(parts.length > 1 ? parts.map(stem) : []);
  }

  // Every key of the index gets a number once (vocab), so that matching a query is a scan
  // of the vocabulary, then lookups in typed arrays: fast enough to search as one types.
  function keyIds(word, vocab, cache) {
    let ids = cache.get(word);
    if (!ids) {
      ids = wordKeys(word).map((k) => {
        if (!vocab.ids.has(k)) {
          vocab.ids.set(k, vocab.keys.length);
          vocab.keys.push(k);
        }
        return vocab.ids.get(k);
      });
      cache.set(word, ids);
    }
    return ids;
  }

  /** A text's key numbers and, for each, the position of its word (for phrases). */
  function textKeys(text, vocab, cache) {
    const ids = [];
    const pos = [];
    const words = String(text || '').match(WORD_RE) || [];
    words.forEach((word, i) => {
      for (const id of keyIds(word, vocab, cache)) {
        ids.push(id);
        pos.push(i);
      }
    });
    return { ids: Int32Array.from(ids), pos: Int32Array.from(pos) };
  }

  /** Splits every page's title and parts into keys once, so typing stays fast. */
  function prepareIndex(index) {
    const vocab = { ids: new Map(), keys: [] };
    const cache = new Map();
    const pages = ((index && index.pages) || []).map((p, order) => ({
      page: p,
      order,
      code: normalize(p.c),
      title: textKeys(p.c + ' ' + p.t, vocab, cache),
      titleWords: (String(p.t).match(WORD_RE) || []).filter((w) => !DIGIT_RE.test(w)).length,
      parts: (p.p || []).map(([anchor, heading, text, links]) => ({
        anchor, heading, text, links: links === 1, keys: textKeys(heading + ' ' + text, vocab, cache),
        headingCode: normalize((String(heading).match(WORD_RE) || [''])[0]),
      })),
    }));
    return { pages, vocab };
  }

  // How well a word of the page answers a query word: the same stem 1, a longer one
  // 0.5 (the reader may still be typing), else 0. Codes and numbers match only whole.
  function matchWeight(key, q) {
    if (key === q) {
      return 1;
    }
    return !DIGIT_RE.test(q) && key.startsWith(q) ? 0.5 : 0;
  }

  // For each query word, the weight of every key of the vocabulary.
  function queryWeights(vocab, words) {
    return words.map((q) => Float32Array.from(vocab.keys, (k) => matchWeight(k, q)));
  }

  // Per query word: how often it is met (weighted); how many neighbouring query words stand
  // side by side in the same order (phrases), and whether all of them do somewhere (whole);
  // how many of the text's words answer some query word (covered).
  function matchKeys(k, weights) {
    const n = weights.length;
    const tf = new Float64Array(n);
    const lastAt = new Int32Array(n).fill(-2);
    const phrase = new Uint8Array(n);
    const chainAt = new Int32Array(n).fill(-2);  // where words 0…i last stood side by side, in order
    let whole = 0;
    let covered = 0;
    let lastCovered = -1;
    for (let j = 0; j < k.ids.length; j += 1) {
      const id = k.ids[j];
      const p = k.pos[j];
      for (let i = 0; i < n; i += 1) {
        const w = weights[i][id];
        if (w > 0) {
          tf[i] += w;
          covered += p !== lastCovered ? 1 : 0;
          lastCovered = p;
          if (i > 0 && lastAt[i - 1] === p - 1) {
            phrase[i - 1] = 1;
          }
          if (i === 0 || chainAt[i - 1] === p - 1) {
            chainAt[i] = p;
            whole = n > 1 && i === n - 1 ? 1 : whole;
          }
          lastAt[i] = p;
        }
      }
    }
    let distinct = 0;
    let phrases = 0;
    for (let i = 0; i < n; i += 1) {
      distinct += tf[i] > 0 ? 1 : 0;
      phrases += phrase[i];
    }
    return { tf, phrases, whole, distinct, covered };
  }

  function capped(tf, cap) {
    let sum = 0;
    for (const t of tf) {
      sum += Math.min(t, cap);
    }
    return sum;
  }

  // A part's worth for one query: every distinct word counts most (by its rarity), the whole
  // query as a phrase as much as two words, then phrases of two, then repetitions (capped,
  // so a long list does not outweigh a fitting sentence).
  function partScore(m, rarity) {
    return 10 * weighted(m.tf, rarity) + 5 * m.phrases + 20 * m.whole + capped(m.tf, 3);
  }

  // A part that is mostly links (a list of tasks, "Saistīts ar") mentions the pages it links
  // to: its words count half, so that the page itself comes first.
  function mentionWeight(part) {
    return part.links ? 0.5 : 1;
  }

  // The rarity of each query word met: a word on every page tells little.
  function weighted(tf, rarity) {
    let sum = 0;
    tf.forEach((t, i) => { sum += t > 0 ? rarity[i] : 0; });
    return sum;
  }

  // Query words in the title count most, all of them more, as a phrase more, and more the
  // less else the title says ("Atbilstība vajadzībām" before "Atbilstība sabiedrības
  // vajadzībām kopumā"), in the measure the title answers the query: a one-word title that
  // holds one of two query words ("Partneri") is not the answer to "partneru pārvaldība".
  function titleScore(p, title, rarity) {
      const answered = rarity.length > 0 ? title.distinct / rarity.length : 0;
      const coverage = p.titleWords > 0 ? Math.min(1, title.covered / p.titleWords) * answered : 0;
      const all = title.distinct === rarity.length ? 30 : 0;
      return 25 * weighted(title.tf, rarity) + all + 5 * title.phrases + 30 * title.whole + 20 * coverage;
  }

  // How the page's title and each part answer the query words, and which words it holds.
  function matchPage(p, weights) {
    const title = matchKeys(p.title, weights);
    const found = Array.from(title.tf, (t) => t > 0);
    const parts = p.parts.map((part) => {
      const m = matchKeys(part.keys, weights);
      m.tf.forEach((t, i) => { found[i] = found[i] || t > 0; });
      return m;
    });
    return { title, parts, found };
  }

  // The part that answers the query best, or null.
  function bestPart(p, match, rarity) {
    let best = null;
    p.parts.forEach((part, j) => {
      const m = match.parts[j];
      const score = partScore(m, rarity) * mentionWeight(part);
      if (m.distinct > 0 && (!best || score > best.score)) {
        best = { part, score };
      }
    });
    return best;
  }

  // The code asked for (the whole query) is the page's own, or heads one of its sections
  // (a sub-item such as S2-1 is a section of its capability's page): that is its own place.
  function ownPlace(p, wholeQuery) {
    if (!DIGIT_RE.test(wholeQuery)) {
      return null;
    }
    if (p.code === wholeQuery) {
      return { part: null };
    }
    const part = p.parts.find((x) => x.headingCode === wholeQuery);
    return part ? { part } : null;
  }

  // A page's hit, or null when some query word is on it nowhere. The title, then the best
  // part's text; a page's own code among several query words lifts it above the rest. A page
  // whose title holds every query word is itself the answer: the hit leads to its top, its
  // snippet still comes from the part that matched best (shown).
  function scorePage(p, match, words, rarity, wholeQuery) {
    const own = ownPlace(p, wholeQuery);
    if (!own && !match.found.every(Boolean)) {
      return null;
    }
    const title = match.title;
    const best = bestPart(p, match, rarity);
    const code = p.code !== '' && words.includes(p.code) ? 100 : 0;
    const score = code + titleScore(p, title, rarity) + (best ? best.score : 0);
    const titleHoldsAll = title.distinct === words.length;
    const part = own ? own.part : (best && !titleHoldsAll ? best.part : null);
    const shown = part || (best ? best.part : p.parts[0]) || null;
    return { entry: p.page, order: p.order, score, part, shown, own: own !== null, hasCode: p.code !== '' };
  }

  // Per query word, from 0.3 (on every page) to 1 (on one): an inverse document frequency,
  // so that "pārvaldība" in a title counts less than "incidentu".
  function wordRarity(matches, n) {
    const all = Math.log(1 + matches.length);
    return Array.from({ length: n }, (_, i) => {
      const df = Math.max(1, matches.filter((m) => m.found[i]).length);
      return 0.3 + 0.7 * Math.log(1 + matches.length / df) / all;
    });
  }

  /**
   * Every page holding all query words (each a word's stem or the start of one), best first;
   * ties go to a record with a code, then to page order. A code asked for alone gives only its
   * own places (its page, a section it heads): the pages that mention it are listed on its
   * page under "Saistīts ar", and dozens of passing mentions would bury it.
   */
  function search(prepared, query) {
    const words = queryWords(query);
    if (words.length === 0 || !prepared || !prepared.pages) {
      return [];
    }
    const wholeQuery = (normalize(query).match(WORD_RE) || []).join(' ');  // "PU2-10," asks for PU2-10
    const weights = queryWeights(prepared.vocab, words);
    const matches = prepared.pages.map((p) => matchPage(p, weights));
    const rarity = wordRarity(matches, words.length);
    let hits = [];
    prepared.pages.forEach((p, i) => {
      const hit = scorePage(p, matches[i], words, rarity, wholeQuery);
      if (hit) {
        hits.push(hit);
      }
    });
    if (hits.some((h) => h.own)) {
      hits = hits.filter((h) => h.own);
    }
    return hits.sort((a, b) => (b.own - a.own) || (b.score - a.score) || (b.hasCode - a.hasCode) || (a.order - b.order));
  }

  // The words of text, each with the query words it answers.
  function matchSpans(text, words) {
    const spans = [];
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
      const keys = wordKeys(m[0]);
      const hits = words.filter((q) => keys.some((k) => matchWeight(k, q) > 0));
      spans.push({ start: m.index, end: m.index + m[0].length, hits });
    }
    return spans;
  }

  // Words from..to-1 of text as [text, marked] pieces, "…" where text is left out.
  function pieces(text, spans, from, to) {
    if (spans.length === 0) {
      return [[text, false]];
    }
    const out = from > 0 ? [['… ', false]] : [[text.slice(0, spans[0].start), false]];
    let at = spans[from].start;
    for (const s of spans.slice(from, to)) {
      if (s.hits.length > 0) {
        out.push([text.slice(at, s.start), false], [text.slice(s.start, s.end), true]);
        at = s.end;
      }
    }
    out.push([text.slice(at, spans[to - 1].end), false]);
    out.push(to < spans.length ? [' …', false] : [text.slice(spans[to - 1].end), false]);
    return out.filter(([t]) => t !== '').reduce((merged, piece) => {
      const last = merged[merged.length - 1];
      if (last && !last[1] && !piece[1]) {
        last[0] += piece[0];  // one text node between two marks
      } else {
        merged.push(piece);
      }
      return merged;
    }, []);
  }

  /** The whole text as [text, marked] pieces, the words that answer the query marked. */
  function marked(text, words) {
    const spans = matchSpans(text, words);
    return pieces(text, spans, 0, spans.length);
  }

  /**
   * The piece of text around the best run of matches, as [text, marked] pieces: about
   * SNIPPET_WORDS words, starting a few words before the first match of the window that
   * holds the most different query words, with "…" where text was left out.
   */
  function snippet(text, words) {
    const spans = matchSpans(text, words);
    const from = Math.max(0, bestWindow(spans, words) - 3);
    return pieces(text, spans, from, Math.min(spans.length, from + SNIPPET_WORDS));
  }

  // The first matched word of the run of words that shows the most different query words,
  // then the most query words side by side in their order (best when the run opens with
  // them), then the most matches.
  function bestWindow(spans, words) {
    const size = SNIPPET_WORDS - 3;
    let best = -1;
    let bestFirst = 0;
    for (let i = 0; i < spans.length; i += 1) {
      if (spans[i].hits.length === 0) {
        continue;
      }
      const seen = new Set();
      let matches = 0;
      let pairs = 0;
      const run = spans.slice(i, i + size);
      run.forEach((s, k) => {
        s.hits.forEach((q) => seen.add(q));
        matches += s.hits.length > 0 ? 1 : 0;
        const next = run[k + 1];
        pairs += next && words.some((q, w) => s.hits.includes(q) && next.hits.includes(words[w + 1])) ? 1 : 0;
      });
      const opens = run.length > 1 && words.some((q, w) => run[0].hits.includes(q) && run[1].hits.includes(words[w + 1]));
      const worth = 1000 * seen.size + 10 * pairs + 5 * opens + matches;
      if (worth > best) {
        best = worth;
        bestFirst = i;
      }
    }
    return bestFirst;
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

  function appendPieces(doc, parent, list) {
    for (const [text, mark] of list) {
      parent.appendChild(mark ? element(doc, 'mark', '', text) : doc.createTextNode(text));
    }
    return parent;
  }

  // Title = the page's code and title (a link to the matched section); below it where the
  // page lives and the section's heading; then the snippet, matched words in <mark>.
  function hitItem(doc, hit, words) {
    const e = hit.entry;
    const part = hit.part;
    const li = element(doc, 'li', 'search-hit');
    const a = element(doc, 'a');
    a.setAttribute('href', hitHref(e.u + (part && part.anchor ? '#' + part.anchor : '')));
    if (e.c) {
      a.appendChild(element(doc, 'span', 'code', e.c));
      a.appendChild(doc.createTextNode(' '));
    }
    appendPieces(doc, a, marked(e.t, words));
    li.appendChild(a);
    li.appendChild(doc.createTextNode(' '));
    const where = e.h || e.k;
    li.appendChild(element(doc, 'span', 'chapter', part && part.heading ? where + ' › ' + part.heading : where));
    const text = hit.shown ? hit.shown.text : '';
    if (text) {
      li.appendChild(appendPieces(doc, element(doc, 'p', 'snippet'), snippet(text, words)));
    }
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

  /** Writes the hits for query into #search-results and #search-count; help only without a query. */
  function render(doc, prepared, query) {
    const list = doc.getElementById('search-results');
    const count = doc.getElementById('search-count');
    const help = doc.getElementById('search-help');
    const words = queryWords(query);
    const hits = search(prepared, query);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    for (const hit of hits.slice(0, MAX_HITS)) {
      list.appendChild(hitItem(doc, hit, words));
    }
    if (count) {
      count.textContent = words.length === 0 ? '' : countText(hits.length);
    }
    if (help) {
      help.hidden = words.length > 0;
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

  // The page's own box (#search-query) and the header's (#search-input) show the same query.
  function start(win) {
    const doc = win.document;
    if (!doc.getElementById('search-results')) {
      return;  // other pages: the header form opens the search page, no script needed
    }
    const prepared = prepareIndex(win.PVPP_SEARCH_INDEX);
    const inputs = ['search-query', 'search-input'].map((id) => doc.getElementById(id)).filter(Boolean);
    const query = queryFromSearch(win.location.search);
    for (const input of inputs) {
      input.value = query;
      input.addEventListener('input', () => {
        inputs.filter((other) => other !== input).forEach((other) => { other.value = input.value; });
        render(doc, prepared, input.value);
        remember(win, input.value);
      });
    }
    render(doc, prepared, query);
  }

  const api = { normalize, stem, queryWords, wordKeys, prepareIndex, search, snippet, marked, countText, queryFromSearch,
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
