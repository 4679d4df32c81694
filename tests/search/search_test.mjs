// Matching, ranking and page wiring of themes/default/static/search.js, run with `node --test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const s = require('../../themes/default/static/search.js');

// Entries as search-index.js holds them: x is already lower-cased and folded.
const INDEX = {
  version: 1,
  entries: [
    { u: '', c: '', t: 'Pakalpojumu vides pilnveide', k: 'Sākums', h: 'Sākums',
      x: 'pu2-10 pu2-1 pakalpojuma saimnieks parvaldiba parvaldiba parvaldiba' },
    { u: 'lv/uzdevumi/pu2-1/', c: 'PU2-1', t: 'Pakalpojumu plānošana', k: 'Uzdevums', h: 'Uzdevumi',
      x: 'pakalpojumu parvaldiba' },
    { u: 'lv/uzdevumi/pu2-10/', c: 'PU2-10', t: 'Sadarbība ar partneriem', k: 'Uzdevums', h: 'Uzdevumi',
      x: 'pakalpojuma saimniekam jasadarbojas ar partneriem' },
    { u: 'lv/lomas/5-loma/', c: '', t: 'Pakalpojuma saimnieks', k: 'Loma', h: 'Loma',
      x: 'atbild par pakalpojumu' },
    { u: 'lv/n1-4/', c: 'N1-4', t: 'Vienveidīga izveide (Pārvaldāmība)', k: 'Nosacījums', h: 'N1',
      x: 'pieklustamiba un parvaldiba' },
    { u: 'lv/22-apaksnodala/#pu2-10-sadarbiba', c: '', t: 'PU2-10 Sadarbība ar partneriem', k: 'Lapa',
      h: '2.2. apakšnodaļa', x: 'teksts' },
  ],
};
const prepared = s.prepareIndex(INDEX);
const urls = (query) => s.search(prepared, query).map((h) => h.entry.u);

test('normalize lower-cases and folds Latvian letters', () => {
  assert.equal(s.normalize('PĀRVALDĪBA ČĒĢĶĻŅŠŪŽ'), 'parvaldiba cegklnsuz');
  assert.equal(s.normalize('Piekļūstamība'), 'pieklustamiba');
});

test('codes stay one word in queries and are also split in entries', () => {
  assert.deepEqual(s.queryWords('PU2-10'), ['pu2-10']);
  assert.deepEqual(s.queryWords('  „pakalpojuma“ – saimniek! '), ['pakalpojuma', 'saimniek']);
  assert.deepEqual(s.entryWords('PU2-10, P4.2 un 2024.–2027.'),
    ['pu2-10', 'pu2', '10', 'p4.2', 'p4', '2', 'un', '2024', '2027']);
});

test('every query word must be the start of some word', () => {
  assert.ok(urls('pakalpojuma saimniek').includes('lv/uzdevumi/pu2-10/'));
  assert.ok(!urls('pakalpojuma saimniek').includes('lv/uzdevumi/pu2-1/'));
  assert.deepEqual(urls('akalpojuma'), []);
  assert.deepEqual(urls('saimniek neesošs'), []);
  assert.deepEqual(urls(''), []);
  assert.deepEqual(urls(' – '), []);
});

test('diacritics do not matter on either side', () => {
  assert.ok(urls('parvaldiba').includes('lv/uzdevumi/pu2-1/'));
  assert.ok(urls('pārvaldība').includes('lv/uzdevumi/pu2-1/'));
  assert.ok(urls('pieklustamiba').includes('lv/n1-4/'));
  assert.ok(urls('PIEKĻŪSTAMĪBA').includes('lv/n1-4/'));
  assert.deepEqual(urls('parvaldam'), ['lv/n1-4/']);  // the title "Pārvaldāmība"
});

test('an exact code comes first, in any case', () => {
  assert.equal(urls('pu2-10')[0], 'lv/uzdevumi/pu2-10/');
  assert.equal(urls('PU2-10')[0], 'lv/uzdevumi/pu2-10/');
  assert.equal(urls('pu2-1')[0], 'lv/uzdevumi/pu2-1/');
  // then the anchor whose heading starts with the code, then text mentions
  assert.deepEqual(urls('PU2-10'), ['lv/uzdevumi/pu2-10/', 'lv/22-apaksnodala/#pu2-10-sadarbiba', '']);
});

test('title matches rank above text matches, then more text matches, then index order', () => {
  // the role has both words in its title; PU2-10 and the front page only in text
  assert.deepEqual(urls('pakalpojuma saimnieks'), ['lv/lomas/5-loma/', '']);
  assert.equal(urls('pakalpojuma saimniek')[0], 'lv/lomas/5-loma/');
  // front page: three text matches; N1-4 and PU2-1 one each, in index order
  assert.deepEqual(urls('parvaldiba'), ['', 'lv/uzdevumi/pu2-1/', 'lv/n1-4/']);
  // a word in the title beats the same word only in the text; among title hits a record
  // with a code comes before a page without one
  assert.deepEqual(urls('pakalpojum'), ['lv/uzdevumi/pu2-1/', '', 'lv/lomas/5-loma/', 'lv/uzdevumi/pu2-10/']);
  // with neither entry holding every word in its title, more title words still win
  const two = s.prepareIndex({ entries: [
    { u: 'text/', c: '', t: 'Cits', x: 'kultura kultura kultura vertibas vertibas' },
    { u: 'title/', c: '', t: 'Kultūra', x: 'vertibas' },
  ] });
  assert.deepEqual(s.search(two, 'kultura vertibas').map((h) => h.entry.u), ['title/', 'text/']);
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
  for (const [id, tag] of [['search-results', 'ol'], ['search-count', 'p']]) {
    byId[id] = main.appendChild(make(tag));
  }
  const realAppend = main.appendChild.bind(main);
  main.appendChild = (c) => { if (c.id) { byId[c.id] = c; } return realAppend(c); };
  main.insertBefore = main.appendChild;
  return doc;
}

test('render writes one li.search-hit per hit with code, title and chapter', () => {
  const doc = fakeDocument();
  s.render(doc, prepared, 'PU2-10');
  const items = doc.getElementById('search-results').children;
  assert.equal(items.length, 3);
  assert.equal(doc.getElementById('search-count').textContent, '3 rezultāti');
  const [a, , chapter] = items[0].children;
  assert.equal(items[0].className, 'search-hit');
  assert.equal(a.attrs.href, '../../lv/uzdevumi/pu2-10/index.html');
  assert.equal(a.children[0].className, 'code');
  assert.equal(a.children[0].textContent, 'PU2-10');
  assert.equal(a.children[2].textContent, 'Sadarbība ar partneriem');
  assert.equal(chapter.className, 'chapter');
  assert.equal(chapter.textContent, 'Uzdevumi');
  assert.equal(items[1].children[0].children.length, 1);  // no code span for an anchor hit
});

test('render shows at most 50 hits but counts them all', () => {
  const many = { entries: [] };
  for (let i = 0; i < 120; i += 1) {
    many.entries.push({ u: 'lv/x' + i + '/', c: '', t: 'Pakalpojums ' + i, k: 'K', h: 'H', x: '' });
  }
  const doc = fakeDocument();
  s.render(doc, s.prepareIndex(many), 'pakalpojum');
  assert.equal(doc.getElementById('search-results').children.length, s.MAX_HITS);
  assert.equal(doc.getElementById('search-count').textContent, '120 rezultāti');
  assert.match(doc.getElementById('search-more').textContent, /pirmie 50/);
  s.render(doc, s.prepareIndex(many), 'pakalpojums 7');
  assert.equal(doc.getElementById('search-count').textContent, '11 rezultāti');  // 7, 70…79
  assert.equal(doc.getElementById('search-more'), null);
  s.render(doc, s.prepareIndex(many), '');
  assert.equal(doc.getElementById('search-results').children.length, 0);
  assert.equal(doc.getElementById('search-count').textContent, '');
});

test('a record with a code beats a chapter section with the same title words', () => {
  const index = {
    version: 1,
    entries: [
      { u: 'lv/3-nodala/#n3-pieklustamiba', c: '', t: '3. "Piekļūstamība"', k: 'Lapa', h: '3. nodaļa',
        x: 'n3-1 daudzkanalu pieklustamiba n3-2 teritoriala pieklustamiba' },
      { u: 'lv/nosacijumi/n3/', c: 'N3', t: '3. Piekļūstamība', k: 'Nosacījumu grupa', h: 'N3', x: 'nosacijumi' },
    ],
  };
  const hits = s.search(s.prepareIndex(index), 'pieklustamiba');
  assert.deepEqual(hits.map((h) => h.entry.c), ['N3', '']);
});
