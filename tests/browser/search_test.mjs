// The search page in Chromium from file:// (CTest browser_search): the query set of
// tests/search/queries.json (inflected forms, no diacritics, codes, phrases) with the first
// hit each must give; what a hit shows (page title, section, snippet with <mark>); the page's
// own box and help; screenshots at 1366 and 390 px, with and without a query.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { axeViolations, describeViolations } from './lib/axe.mjs';
import { closeBrowser, launchBrowser, mapTabs, newTab, visit } from './lib/browser.mjs';
import { pageUrl, repoRoot, requirePage, screenshotDir } from './lib/site.mjs';

const k_searchPage = 'lv/meklesana/index.html';
const k_set = JSON.parse(readFileSync(path.join(repoRoot, 'tests/search/queries.json'), 'utf8')).queries;

let chromium;
before(async () => {
  requirePage(k_searchPage, 'The search page');
  chromium = await launchBrowser();
});
after(async () => {
  if (chromium) {
    await closeBrowser(chromium);
  }
});

// What the search page shows after loading with ?q=query: the boxes, help, count and every hit.
function readPage() {
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
  const help = document.querySelector('#search-help');
  return {
    box: document.querySelector('main #search-query')?.value ?? null,
    header: document.querySelector('#search-input')?.value ?? null,
    helpShown: help !== null && !help.hidden && help.getClientRects().length > 0,
    count: text(document.querySelector('#search-count')),
    hits: [...document.querySelectorAll('#search-results > li.search-hit')].map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: text(li.querySelector('a')),
      code: text(li.querySelector('a .code')) ?? '',
      chapter: text(li.querySelector('.chapter')),
      snippet: text(li.querySelector('.snippet')),
      marks: [...li.querySelectorAll('.snippet mark')].map((m) => m.textContent),
      titleMarks: [...li.querySelectorAll('a mark')].map((m) => m.textContent),
    })),
  };
}

async function searchOn(tab, query) {
  await visit(tab, pageUrl(k_searchPage, query === null ? '' : `?q=${encodeURIComponent(query)}`));
  return { ...(await tab.page.evaluate(readPage)), problems: [...tab.problems] };
}

/** The page folder and anchor a hit's href (relative to lv/meklesana/) leads to. */
function target(href) {
  const m = /^\.\.\/\.\.\/(.*?)index\.html(?:#(.*))?$/.exec(href);
  return m ? { folder: m[1], anchor: m[2] ?? '' } : { folder: `(not a site page: ${href})`, anchor: '' };
}

function describeHits(hits) {
  return hits.slice(0, 5).map((h, i) => `  ${i + 1}. ${h.title} — ${h.chapter} → ${h.href}`).join('\n') || '  (none)';
}

// Folded and lower-cased, as search.js compares words.
const fold = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

describe(`the query set (tests/search/queries.json, ${k_set.length} queries) from file://`, () => {
  let results = [];
  before(async () => {
    results = await mapTabs(chromium.browser, k_set, 2, (tab, c) => searchOn(tab, c.query));
  });

  it('has at least 30 queries of every kind', () => {
    assert.ok(k_set.length >= 30, `only ${k_set.length} queries`);
    for (const kind of ['inflected', 'folded', 'code', 'phrase']) {
      assert.ok(k_set.filter((c) => c.kinds.includes(kind)).length >= 5, `fewer than 5 "${kind}" queries`);
    }
  });

  k_set.forEach((c, i) => {
    it(`"${c.query}" → ${c.first}${c.anchor ? `#${c.anchor}…` : ''} first`, () => {
      const found = results[i];
      assert.deepEqual(found.problems, []);
      assert.equal(found.box, c.query, 'the page\'s own box does not hold the query from ?q=');
      assert.ok(found.hits.length > 0, `"${c.query}" finds nothing`);
      const first = target(found.hits[0].href);
      assert.equal(first.folder, c.first, `"${c.query}" should first give ${c.first}; got:\n${describeHits(found.hits)}`);
      if (c.anchor) {
        assert.ok(first.anchor.startsWith(c.anchor), `the first hit points to #${first.anchor}, not #${c.anchor}…`);
      }
    });
  });

  it('a word query\'s first hit marks words of the query (in its title or snippet), and only those', () => {
    const missing = [];
    k_set.forEach((c, i) => {
      const hit = results[i].hits[0];
      if (c.kinds.includes('code') || !hit) {
        return;
      }
      const words = fold(c.query).split(/\s+/);
      // a marked word starts as some query word does (a stem is at least its first three letters)
      const fits = (m) => words.some((w) => fold(m).slice(0, 3) === w.slice(0, 3));
      const marks = [...hit.titleMarks, ...hit.marks];
      if (marks.length === 0 || !marks.every(fits)) {
        missing.push(`"${c.query}": marks ${JSON.stringify(marks)} in "${hit.title}" / "${hit.snippet}"`);
      }
    });
    assert.deepEqual(missing, []);
  });

  it('a code asked for alone gives its own place, not dozens of mentions', () => {
    const i = k_set.findIndex((c) => c.query === 'PU2-10');
    const { hits, count } = results[i];
    assert.ok(hits.length <= 3, `"PU2-10" gives ${hits.length} hits:\n${describeHits(hits)}`);
    assert.equal(hits[0].code, 'PU2-10');
    assert.match(count, new RegExp(`^${hits.length} rezultāt`));
  });
});

describe('what a hit shows', () => {
  // Each hit's title must be the title of the page it leads to (its <h1>), never a bare section heading.
  for (const query of ['pakalpojuma saimniekam', 'finansu parvaldibu', 'sudzibas']) {
    it(`"${query}": the top hits are titled by their page's <h1>, with the section under it`, async () => {
      const tab = await newTab(chromium.browser);
      try {
        const { hits } = await searchOn(tab, query);
        assert.ok(hits.length >= 3, `only ${hits.length} hits`);
        for (const hit of hits.slice(0, 3)) {
          const { folder, anchor } = target(hit.href);
          await visit(tab, pageUrl(`${folder}index.html`));
          const page = await tab.page.evaluate((id) => ({
            h1: document.querySelector('main h1')?.textContent.replace(/\s+/g, ' ').trim(),
            section: id ? document.getElementById(id)?.querySelector('h2')?.textContent.trim() ?? null : '',
          }), anchor);
          assert.equal(hit.title, page.h1, `hit ${hit.href} is titled "${hit.title}", its page "${page.h1}"`);
          assert.notEqual(page.section, null, `${hit.href}: no element #${anchor} on the page`);
          if (page.section) {
            assert.ok(hit.chapter.endsWith(`› ${page.section}`), `"${hit.chapter}" does not name the section "${page.section}"`);
          }
          assert.ok(hit.snippet, `hit ${hit.href} has no snippet`);
        }
      } finally {
        await tab.page.close();
      }
    });
  }
});

describe('the search page itself', () => {
  it('without a query: its own empty box, a line of help, no results', async () => {
    const tab = await newTab(chromium.browser);
    try {
      const found = await searchOn(tab, null);
      assert.deepEqual(found.problems, []);
      assert.equal(found.box, '');
      assert.ok(found.helpShown, '#search-help is not shown');
      assert.equal(found.hits.length, 0);
      const label = await tab.page.$eval('label[for="search-query"]', (l) => l.textContent.trim());
      assert.ok(label.length > 0, 'the box has no label');
    } finally {
      await tab.page.close();
    }
  });

  for (const query of [null, 'pakalpojuma saimniekam']) {
    it(`passes axe (WCAG 2.1 A and AA) ${query === null ? 'without a query' : 'with hits'}`, async () => {
      // axe is injected as an inline script, which the page's policy rightly forbids.
      const tab = await newTab(chromium.browser, undefined, { bypassCsp: true });
      try {
        await searchOn(tab, query);
        const violations = await axeViolations(tab.page);
        assert.equal(violations.length, 0, describeViolations(violations));
      } finally {
        await tab.page.close();
      }
    });
  }

  it('typing into the page\'s box searches, hides the help and keeps the header box in step', async () => {
    const tab = await newTab(chromium.browser);
    try {
      await searchOn(tab, null);
      await tab.page.type('#search-query', 'sudzibas');
      const found = await tab.page.evaluate(readPage);
      assert.equal(target(found.hits[0]?.href ?? '').folder, 'lv/uzdevumi/pu2-18/');
      assert.equal(found.helpShown, false);
      assert.equal(found.header, 'sudzibas');
    } finally {
      await tab.page.close();
    }
  });
});

const k_viewports = [
  { suffix: '1366', viewport: { width: 1366, height: 900, deviceScaleFactor: 1 } },
  { suffix: '390', viewport: { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true } },
];

describe(`screenshots of the search page (into ${screenshotDir})`, () => {
  before(() => mkdirSync(screenshotDir, { recursive: true }));
  for (const { suffix, viewport } of k_viewports) {
    for (const [name, query] of [['meklesana', null], ['meklesana-vaicajums', 'pakalpojuma saimniekam']]) {
      it(`${name}-${suffix}.png: the page fits its width`, async () => {
        const tab = await newTab(chromium.browser, viewport);
        try {
          await searchOn(tab, query);
          const overflow = await tab.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          await tab.page.screenshot({ path: path.join(screenshotDir, `${name}-${suffix}.png`) });
          assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
        } finally {
          await tab.page.close();
        }
      });
    }
  }
});
