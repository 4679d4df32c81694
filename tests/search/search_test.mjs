// Matching, ranking and page wiring of themes/default/static/search.js, run with `node --test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const s = require('../../themes/default/static/search.js');

// Pages as search-index.js holds them: texts as the reader sees them, in parts [anchor, heading, text].
const INDEX = {
  version: 2,
  pages: [
    { u: '', c: '', t: 'Pakalpojumu vides pilnveide', k: 'Sākums', h: 'Sākums',
      p: [['', '', 'PU2-10 PU2-1 pakalpojuma saimnieks pārvaldība pārvaldība pārvaldība']] },
    { u: 'lv/uzdevumi/pu2-1/', c: 'PU2-1', t: 'Pakalpojumu plānošana', k: 'Uzdevums', h: 'Uzdevumi',
      p: [['', '', 'Pakalpojumu pārvaldība']] },
    { u: 'lv/uzdevumi/pu2-10/', c: 'PU2-10', t: 'Sadarbība ar partneriem', k: 'Uzdevums', h: 'Uzdevumi',
      p: [['', '', 'Partneru pārvaldība'],
        ['sadala-3', '3. Pienākumi', 'Pakalpojuma saimniekam jāsadarbojas ar partneriem un finanšu vadību.']] },
    { u: 'lv/lomas/5-loma/', c: '', t: 'Pakalpojuma saimnieks', k: 'Loma', h: 'Loma',
      p: [['', '', 'Atbild par pakalpojumu.']] },
    { u: 'lv/n1-4/', c: 'N1-4', t: 'Vienveidīga izveide (Pārvaldāmība)', k: 'Nosacījums', h: 'N1',
      p: [['', '', 'Piekļūstamība un pārvaldība']] },
    { u: 'lv/22-apaksnodala/', c: '', t: '2.2. apakšnodaļa', k: 'Lapa', h: '2. nodaļa',
      p: [['pu2-10-sadarbiba', 'PU2-10 Sadarbība ar partneriem', 'Teksts par finanšu pārvaldību.']] },
  ],
};
const prepared = s.prepareIndex(INDEX);
const urls = (query) => s.search(prepared, query).map((h) => h.entry.u);

test('normalize lower-cases and folds Latvian letters', () => {
  assert.equal(s.normalize('PĀRVALDĪBA ČĒĢĶĻŅŠŪŽ'), 'parvaldiba cegklnsuz');
  assert.equal(s.normalize('Piekļūstamība'), 'pieklustamiba');
});

test('the light stemmer gives one stem for the case forms and numbers of a word', () => {
  const forms = {
    saimniek: ['saimnieks', 'saimnieka', 'saimniekam', 'saimnieku', 'saimnieki', 'saimniekiem', 'saimniekus'],
    pakalpojum: ['pakalpojums', 'pakalpojuma', 'pakalpojumam', 'pakalpojumu', 'pakalpojumi', 'pakalpojumiem'],
    parvaldib: ['parvaldiba', 'parvaldibas', 'parvaldibai', 'parvaldibu', 'parvaldibam', 'parvaldibu'],
    kompetenc: ['kompetence', 'kompetences', 'kompetencei', 'kompetenci', 'kompetencu', 'kompetencem'],
    centr: ['centrs', 'centra', 'centram', 'centru', 'centri', 'centrus', 'centriem'],
    lom: ['loma', 'lomas', 'lomai', 'lomu', 'lomam', 'lomai'],
    sudzib: ['sudziba', 'sudzibas', 'sudzibu'],
    zem: ['zeme', 'zemes', 'zemju'],  // the labial's j of the genitive plural goes too
  };
  for (const [stem, words] of Object.entries(forms)) {
    for (const w of words) {
      assert.equal(s.stem(w), stem, w);
    }
  }
  // short words and codes are left whole; a joined word stems its last part
  assert.equal(s.stem('uz'), 'uz');
  assert.equal(s.stem('pu2-10'), 'pu2-10');
  assert.equal(s.stem('p4.2'), 'p4.2');
  assert.equal(s.stem('e-pakalpojumu'), 'e-pakalpojum');
  // the word keeps three letters and enough vowels
  assert.equal(s.stem('las'), 'las');
  assert.equal(s.stem('gads'), 'gad');
  assert.equal(s.stem('labajiem'), 'lab');
  assert.equal(s.stem('ajiem'), 'aji');  // too few vowels for -ajiem and -iem
});

test('queries are normalized and stemmed; codes stay one word and are also split in pages', () => {
  assert.deepEqual(s.queryWords('PU2-10'), ['pu2-10']);
  assert.deepEqual(s.queryWords('  „Pakalpojuma“ – SAIMNIEKAM! '), ['pakalpojum', 'saimniek']);
  assert.deepEqual(s.queryWords('Finanšu pārvaldību'), s.queryWords('finansu parvaldibu'));
  assert.deepEqual(s.wordKeys('PU2-10'), ['pu2-10', 'pu2', '10']);
  assert.deepEqual(s.wordKeys('P4.2'), ['p4.2', 'p4', '2']);
  assert.deepEqual(s.wordKeys('Saimniekiem'), ['saimniek']);
});

test('every query word must be met on the page, in any form, as a stem or the start of one', () => {
  assert.ok(urls('pakalpojuma saimniekam').includes('lv/uzdevumi/pu2-10/'));
  assert.ok(urls('pakalpojumu saimnieki').includes('lv/lomas/5-loma/'));
  assert.ok(!urls('pakalpojuma saimniek').includes('lv/uzdevumi/pu2-1/'));
  assert.deepEqual(urls('akalpojuma'), []);
  assert.deepEqual(urls('saimniek neesošs'), []);
  assert.deepEqual(urls(''), []);
  assert.deepEqual(urls(' – '), []);
});

test('diacritics do not matter on either side', () => {
  assert.ok(urls('parvaldiba').includes('lv/uzdevumi/pu2-1/'));
  assert.ok(urls('pārvaldība').includes('lv/uzdevumi/pu2-1/'));
  assert.ok(urls('pieklustamibu').includes('lv/n1-4/'));
  assert.ok(urls('PIEKĻŪSTAMĪBA').includes('lv/n1-4/'));
  assert.equal(urls('parvaldam')[0], 'lv/n1-4/');  // the title "Pārvaldāmība"
  assert.deepEqual(urls('finansu vadibu'), ['lv/uzdevumi/pu2-10/']);
});

test('a code asked for alone gives its own places only: its page, then a section it heads', () => {
  assert.deepEqual(urls('pu2-10'), ['lv/uzdevumi/pu2-10/', 'lv/22-apaksnodala/']);
  assert.deepEqual(urls('PU2-10'), ['lv/uzdevumi/pu2-10/', 'lv/22-apaksnodala/']);
  assert.deepEqual(urls(' „PU2-10“, '), ['lv/uzdevumi/pu2-10/', 'lv/22-apaksnodala/']);
  assert.deepEqual(urls('pu2-1'), ['lv/uzdevumi/pu2-1/']);  // not PU2-10 by its first letters
  // a code without a place of its own: every page that mentions it
  assert.deepEqual(urls('pu2'), ['lv/uzdevumi/pu2-1/', 'lv/uzdevumi/pu2-10/', '', 'lv/22-apaksnodala/']);
  // among other words, the page's own code lifts it
  assert.equal(urls('pārvaldība PU2-1')[0], 'lv/uzdevumi/pu2-1/');
});

test('title matches rank above text matches; a phrase above scattered words', () => {
  assert.deepEqual(urls('pakalpojuma saimnieks'), ['lv/lomas/5-loma/', '', 'lv/uzdevumi/pu2-10/']);
  assert.equal(urls('pakalpojuma saimniekam')[0], 'lv/lomas/5-loma/');
  // front page: three text matches; N1-4 and PU2-1 one each, in index order
  assert.deepEqual(urls('parvaldiba').slice(0, 1), ['']);
  const two = s.prepareIndex({ pages: [
    { u: 'text/', c: '', t: 'Cits', p: [['', '', 'kultūra kultūra kultūra un vērtības vērtības']] },
    { u: 'title/', c: '', t: 'Kultūra', p: [['', '', 'vērtības']] },
  ] });
  assert.deepEqual(s.search(two, 'kultura vertibas').map((h) => h.entry.u), ['title/', 'text/']);
  const phrase = s.prepareIndex({ pages: [
    { u: 'apart/', c: '', t: 'A', p: [['', '', 'finanšu plāns un valsts pārvaldība']] },
    { u: 'together/', c: '', t: 'B', p: [['', '', 'finanšu pārvaldība']] },
  ] });
  assert.deepEqual(s.search(phrase, 'finansu parvaldibu').map((h) => h.entry.u), ['together/', 'apart/']);
});

test('a rare word counts more than one on every page; a part that is mostly links counts half', () => {
  const common = { u: 'c/', c: '', t: 'Cits', p: [['', '', 'pārvaldība']] };
  const rare = s.prepareIndex({ pages: [
    { u: 'common-in-title/', c: '', t: 'Pārvaldība', p: [['', '', 'incidentu']] },
    { u: 'rare-in-title/', c: '', t: 'Incidenti', p: [['', '', 'pārvaldība']] },
    common, common, common,
  ] });
  assert.deepEqual(s.search(rare, 'incidentu parvaldiba').map((h) => h.entry.u), ['rare-in-title/', 'common-in-title/']);
  const links = s.prepareIndex({ pages: [
    { u: 'list/', c: '', t: 'A', p: [['', '', 'PU2-21 Incidentu pārvaldība', 1]] },
    { u: 'record/', c: '', t: 'B', p: [['', '', 'Incidentu pārvaldība']] },
  ] });
  assert.deepEqual(s.search(links, 'incidentu parvaldiba').map((h) => h.entry.u), ['record/', 'list/']);
});

test('a hit names the part that matched best', () => {
  const [hit] = s.search(prepared, 'saimniekam jasadarbojas');
  assert.equal(hit.entry.u, 'lv/uzdevumi/pu2-10/');
  assert.equal(hit.part.anchor, 'sadala-3');
  assert.equal(hit.part.heading, '3. Pienākumi');
  // a title that holds every query word: the hit leads to the page's top, the snippet to the text
  const [role] = s.search(prepared, 'pakalpojuma saimnieks');
  assert.equal(role.entry.u, 'lv/lomas/5-loma/');
  assert.equal(role.part, null);
  assert.equal(role.shown.text, 'Atbild par pakalpojumu.');
});

test('the snippet marks the matched words in the text as written', () => {
  const pieces = s.snippet('Pakalpojuma saimniekam jāsadarbojas ar partneriem.', s.queryWords('pakalpojumu saimnieks'));
  assert.deepEqual(pieces, [['Pakalpojuma', true], [' ', false], ['saimniekam', true],
    [' jāsadarbojas ar partneriem.', false]]);
  assert.deepEqual(s.marked('„Pakalpojuma saimnieks“', s.queryWords('saimniekam')),
    [['„Pakalpojuma ', false], ['saimnieks', true], ['“', false]]);
  const long = [];
  for (let i = 0; i < 100; i += 1) {
    long.push(i === 60 ? 'Sūdzību' : 'vārds' + i);
  }
  // of two runs with both words, the one that opens with them as a phrase, three words before it
  const runs = 'a b c d e f g Iestādes pakalpojumu kopuma saimnieks; x y z Pakalpojuma saimnieks';
  assert.deepEqual(s.snippet(runs, s.queryWords('pakalpojuma saimniekam')),
    [['… x y z ', false], ['Pakalpojuma', true], [' ', false], ['saimnieks', true]]);
  const cut = s.snippet(long.join(' '), s.queryWords('sudzibas'));
  assert.deepEqual(cut.map(([t, m]) => [t.slice(0, 9), m]), [['… vārds57', false], ['Sūdzību', true], [' vārds61 ', false]]);
  assert.ok(cut[2][0].endsWith(' vārds80 …'));  // 24 words, from three before the match
});

test('Latvian plural of the result count', () => {
  assert.equal(s.countText(0), '0 rezultātu');
  assert.equal(s.countText(1), '1 rezultāts');
  assert.equal(s.countText(2), '2 rezultāti');
  assert.equal(s.countText(11), '11 rezultāti');
  assert.equal(s.countText(21), '21 rezultāts');
  assert.equal(s.countText(111), '111 rezultāti');
  assert.equal(s.countText(101), '101 rezultāts');
});

test('the query comes from ?q=, with + as a space', () => {
  assert.equal(s.queryFromSearch('?q=pakalpojuma+saimniek'), 'pakalpojuma saimniek');
  assert.equal(s.queryFromSearch('?x=1&q=p%C4%81rvald%C4%ABba'), 'pārvaldība');
  assert.equal(s.queryFromSearch('?q=100%'), '100%');
  assert.equal(s.queryFromSearch('?qq=a'), '');
  assert.equal(s.queryFromSearch(''), '');
});

test('hit links are relative to lv/meklesana/index.html', () => {
  assert.equal(s.hitHref('lv/uzdevumi/pu2-10/'), '../../lv/uzdevumi/pu2-10/index.html');
  assert.equal(s.hitHref('lv/22/#pu2-10-x'), '../../lv/22/index.html#pu2-10-x');
  assert.equal(s.hitHref(''), '../../index.html');
});

// Just enough of a DOM for render(): elements with children, text and attributes.
function fakeDocument() {
  const byId = {};
  const make = (tag) => ({
    tag, children: [], attrs: {}, className: '', textContent: '', parentNode: null,
    appendChild(c) { c.parentNode = this; this.children.push(c); return c; },
    removeChild(c) { this.children.splice(this.children.indexOf(c), 1); return c; },
    insertBefore(c) { return this.appendChild(c); },
    setAttribute(k, v) { this.attrs[k] = v; },
    remove() { delete byId[this.id]; },
    get firstChild() { return this.children[0] || null; },
    get nextSibling() { return null; },
  });
  const doc = {
    createElement: make,
    createTextNode: (t) => ({ tag: '#text', textContent: t }),
    getElementById: (id) => byId[id] || null,
  };
  const main = make('main');
  for (const [id, tag] of [['search-results', 'ol'], ['search-count', 'p'], ['search-help', 'p']]) {
    byId[id] = main.appendChild(make(tag));
  }
  const realAppend = main.appendChild.bind(main);
  main.appendChild = (c) => { if (c.id) { byId[c.id] = c; } return realAppend(c); };
  main.insertBefore = main.appendChild;
  return doc;
}

test('render writes one li.search-hit per page: code and title, where, snippet with marks', () => {
  const doc = fakeDocument();
  s.render(doc, prepared, 'saimniekam');
  const items = doc.getElementById('search-results').children;
  assert.equal(doc.getElementById('search-count').textContent, items.length + (items.length === 1 ? ' rezultāts' : ' rezultāti'));
  const hit = items.find((li) => li.children[0].attrs.href.includes('pu2-10'));
  const [a, , chapter, snippet] = hit.children;
  assert.equal(hit.className, 'search-hit');
  assert.equal(a.attrs.href, '../../lv/uzdevumi/pu2-10/index.html#sadala-3');
  assert.equal(a.children[0].className, 'code');
  assert.equal(a.children[0].textContent, 'PU2-10');
  assert.equal(a.children[2].textContent, 'Sadarbība ar partneriem');
  assert.equal(chapter.className, 'chapter');
  assert.equal(chapter.textContent, 'Uzdevumi › 3. Pienākumi');
  assert.equal(snippet.className, 'snippet');
  const marks = snippet.children.filter((c) => c.tag === 'mark').map((c) => c.textContent);
  assert.deepEqual(marks, ['saimniekam']);
  const role = items.find((li) => li.children[0].attrs.href.includes('5-loma'));
  // no code span for a page without a code; the query's words marked in the title too
  assert.deepEqual(role.children[0].children.map((c) => [c.tag, c.textContent]),
    [['#text', 'Pakalpojuma '], ['mark', 'saimnieks']]);
  assert.equal(role.children[2].textContent, 'Loma');  // the fields part has no heading
  assert.equal(doc.getElementById('search-help').hidden, true);
  s.render(doc, prepared, '');
  assert.equal(doc.getElementById('search-help').hidden, false);
});

test('render shows at most 50 hits but counts them all', () => {
  const many = { pages: [] };
  for (let i = 0; i < 120; i += 1) {
    many.pages.push({ u: 'lv/x' + i + '/', c: '', t: 'Pakalpojums ' + i, k: 'K', h: 'H', p: [] });
  }
  const doc = fakeDocument();
  s.render(doc, s.prepareIndex(many), 'pakalpojum');
  assert.equal(doc.getElementById('search-results').children.length, s.MAX_HITS);
  assert.equal(doc.getElementById('search-count').textContent, '120 rezultāti');
  assert.match(doc.getElementById('search-more').textContent, /pirmie 50/);
  s.render(doc, s.prepareIndex(many), 'pakalpojums 7');
  assert.equal(doc.getElementById('search-count').textContent, '1 rezultāts');  // numbers match only whole
  assert.equal(doc.getElementById('search-more'), null);
  s.render(doc, s.prepareIndex(many), '');
  assert.equal(doc.getElementById('search-results').children.length, 0);
  assert.equal(doc.getElementById('search-count').textContent, '');
});

test('a record with a code beats a chapter page with the same title words', () => {
  const index = {
    version: 2,
    pages: [
      { u: 'lv/3-nodala/', c: '', t: '3. nodaļa', k: 'Lapa', h: '3. nodaļa',
        p: [['n3-pieklustamiba', '3. "Piekļūstamība"', 'N3-1 daudzkanālu piekļūstamība N3-2 teritoriālā piekļūstamība']] },
      { u: 'lv/nosacijumi/n3/', c: 'N3', t: '3. Piekļūstamība', k: 'Nosacījumu grupa', h: 'N3', p: [['', '', 'nosacījumi']] },
    ],
  };
  const hits = s.search(s.prepareIndex(index), 'pieklustamiba');
  assert.deepEqual(hits.map((h) => h.entry.c), ['N3', '']);
});

test('a short title that answers one query word of two does not outrank the page that holds the phrase', () => {
  // "pārvaldība" is on every page, "partneri" on two: the title "Partneri" holds the rare word.
  const others = ['Politika', 'Uzdevumi', 'Lomas', 'Nosacījumi'].map((t) => (
    { u: `lv/${t}/`, c: '', t, k: 'Lapa', h: t, p: [['', '', 'Pakalpojumu pārvaldība']] }));
  const index = {
    version: 2,
    pages: [
      ...others,
      { u: 'lv/s8-partneri/', c: 'S8', t: 'Partneri', k: 'Spēja', h: '4. nodaļa',
        p: [['', '', 'Pakalpojumu pārvaldība un pārvaldības darbs ir atkarīgs no partneriem: partneri un partneru tīkls.']] },
      { u: 'lv/uzdevumi/pu2-10/', c: 'PU2-10', t: 'Ar pārvaldību saistītās starpiestāžu sadarbības koordinēšana',
        k: 'Uzdevums', h: 'Uzdevumi', p: [['', '', 'Partneru pārvaldība · Pamatdarbības līmenis']] },
    ],
  };
  const hits = s.search(s.prepareIndex(index), 'partneru parvaldiba');
  assert.deepEqual(hits.slice(0, 2).map((h) => h.entry.c), ['PU2-10', 'S8']);
});
