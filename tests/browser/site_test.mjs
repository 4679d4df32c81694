// Browser tests of the generated site (docs/site-contracts.md), run by `node --test` from CTest:
// every page loads cleanly, five pages pass axe, search and the matrix filters keep their
// contracts, and screenshots are written for people to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';

import { axeViolations, describeViolations } from './lib/axe.mjs';
import { closeBrowser, launchBrowser, mapTabs, newTab, visit } from './lib/browser.mjs';
import { allPages, cardPages, cardsDir, namedPages, pageUrl, requirePage, screenshotDir, siteDir } from './lib/site.mjs';
import { everyPageFindings } from './lib/every_page.mjs';

// Two cores: four tabs keep both busy while one waits on the disk.
const k_tabs = 4;
const k_searchPage = 'lv/meklesana/index.html';
const k_matrixPage = 'lv/atbildibas-matrica/index.html';

let chromium;
before(async () => {
  requirePage('index.html', `The site (PVPP_SITE=${siteDir})`);
  chromium = await launchBrowser();
});
after(async () => {
  if (chromium) {
    await closeBrowser(chromium);
  }
});

/** Opens a site page and hands it to use(page, problems); the tab is closed afterwards. */
async function withPage(relPath, use, { query = '', viewport, bypassCsp = false } = {}) {
  const tab = await newTab(chromium.browser, viewport, { bypassCsp });
  try {
    await visit(tab, pageUrl(relPath, query));
    return await use(tab.page, tab.problems);
  } finally {
    await tab.page.close();
  }
}

function listFindings(findings, limit = 40) {
  const shown = findings.slice(0, limit).map(([page, what]) => `  ${page}: ${what}`).join('\n');
  return findings.length > limit ? `${shown}\n  … and ${findings.length - limit} more` : shown;
}

describe('every page', () => {
  let visits = [];
  before(async () => {
    visits = await mapTabs(chromium.browser, allPages(), k_tabs, (tab, rel) => visit(tab, pageUrl(rel))
      .then(async () => ({ rel, problems: [...tab.problems], contract: await everyPageFindings(tab.page, pageUrl(k_searchPage)) }))
      .catch((err) => ({ rel, problems: [...tab.problems, `did not load: ${err.message}`], contract: [] })));
  });

  it('loads with no console errors and no failed requests', () => {
    assert.ok(visits.length > 0, `no HTML pages in ${siteDir}`);
    const findings = visits.flatMap((v) => v.problems.map((p) => [v.rel, p]));
    assert.equal(findings.length, 0,
      `${findings.length} problem(s) on ${visits.length} pages:\n${listFindings(findings)}`);
  });

  it('has the landmarks, skip link and search form of "Every page"', () => {
    const findings = visits.flatMap((v) => v.contract.map((p) => [v.rel, p]));
    assert.equal(findings.length, 0, `${findings.length} finding(s):\n${listFindings(findings)}`);
  });
});

describe('printable cards (the build\'s cards/ folder next to site/)', () => {
  it('load with their stylesheet, and with no console error or policy violation', async () => {
    const cards = cardPages();
    assert.ok(cards.length > 0, `no card files in ${cardsDir}`);
    const visits = await mapTabs(chromium.browser, cards, k_tabs, (tab, file) => visit(tab, pathToFileURL(file).href)
      .then(async () => ({ file, problems: [...tab.problems], styled: await tab.page.evaluate(() =>
        [...document.querySelectorAll('style')].every((s) => s.sheet !== null && s.sheet.cssRules.length > 0)) })));
    const findings = visits.flatMap((v) => [...v.problems, ...(v.styled ? [] : ['its stylesheet did not apply'])]
      .map((p) => [path.basename(v.file), p]));
    assert.equal(findings.length, 0, `${findings.length} problem(s):\n${listFindings(findings)}`);
  });
});

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const { path: rel, what } of namedPages()) {
    it(`${what}: ${rel}`, async () => {
      requirePage(rel, what);
      // axe is injected as an inline script, which the pages' policy rightly forbids.
      const violations = await withPage(rel, (page) => axeViolations(page), { bypassCsp: true });
      assert.equal(violations.length, 0,
        `${violations.length} axe violation(s) on ${rel}:\n${describeViolations(violations)}`);
    });
  }
});

/** The hits the search page shows for query: code, href, text and chapter of each, best first. */
async function searchHits(query) {
  requirePage(k_searchPage, 'The search page');
  return withPage(k_searchPage, async (page, problems) => {
    await page.waitForSelector('#search-results .search-hit', { timeout: 5_000 }).catch(() => {});
    return page.evaluate(() => ({
      input: document.querySelector('#search-input')?.value ?? null,
      count: document.querySelector('#search-count')?.textContent ?? null,
      hits: [...document.querySelectorAll('#search-results > li.search-hit')].map((li) => ({
        code: li.querySelector('.code')?.textContent.trim() ?? '',
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        chapter: li.querySelector('.chapter')?.textContent.trim() ?? '',
        text: li.textContent.replace(/\s+/g, ' ').trim(),
      })),
    })).then((found) => ({ ...found, problems }));
  }, { query: `?q=${encodeURIComponent(query)}` });
}

function isRoleServiceOwner(hit) {
  return /lomas\/pakalpojuma-saimnieks\/|loma-pakalpojuma-saimnieks/.test(hit.href) ||
    (/loma/i.test(hit.text) && hit.text.includes('Pakalpojuma saimnieks'));
}

// What the best hits of each query must be; `within` is how many hits from the top may hold it.
const k_searchCases = [
  { query: 'PU2-10', want: 'code PU2-10', within: 1, ok: (h) => h.code === 'PU2-10' },
  { query: 'pu2-10', want: 'code PU2-10', within: 1, ok: (h) => h.code === 'PU2-10' },
  { query: 'partneru parvaldiba', want: 'code PU2-10', within: 3, ok: (h) => h.code === 'PU2-10' },
  { query: 'parvaldamiba', want: 'condition group N1 or one of its conditions', within: 1,
    ok: (h) => /^N1(-\d+)?$/.test(h.code) },
  { query: 'pieklustamiba', want: 'a code of group N3', within: 1, ok: (h) => /^N3(-\d+)?$/.test(h.code) },
  { query: 'pakalpojuma saimniek', want: 'the role "Pakalpojuma saimnieks"', within: 3, ok: isRoleServiceOwner },
  { query: 'Incidentu', want: 'code PU2-21', within: 1, ok: (h) => h.code === 'PU2-21' },
];

function describeHits(hits) {
  return hits.slice(0, 5).map((h, i) => `  ${i + 1}. [${h.code}] ${h.text} → ${h.href}`).join('\n') || '  (none)';
}

describe('search page (lv/meklesana/?q=)', () => {
  for (const c of k_searchCases) {
    it(`"${c.query}" → ${c.want} ${c.within === 1 ? 'first' : `within the first ${c.within}`}`, async () => {
      const found = await searchHits(c.query);
      assert.equal(found.problems.length, 0, found.problems.join('\n'));
      assert.equal(found.input, c.query, '#search-input is not filled with the query from ?q=');
      assert.ok(found.hits.slice(0, c.within).some(c.ok),
        `"${c.query}" should give ${c.want} within the first ${c.within} hit(s); got:\n${describeHits(found.hits)}`);
    });
  }

  it('#search-count says the number of hits', async () => {
    const found = await searchHits('PU2-10');
    const number = Number(/\d+/.exec(found.count ?? '')?.[0]);
    assert.ok(Number.isInteger(number), `#search-count should hold a number, has ${JSON.stringify(found.count)}`);
    assert.ok(number >= found.hits.length && number > 0,
      `#search-count says ${number}, the page shows ${found.hits.length} hits`);
  });
});

/** Sets the matrix filters and returns every body row with its level, visibility and a role's cell. */
async function matrixRows(page, level, role, cellRole) {
  assert.deepEqual(await page.select('#filter-level', level), [level], `#filter-level has no option "${level}"`);
  assert.deepEqual(await page.select('#filter-role', role), [role], `#filter-role has no option "${role}"`);
  return page.$$eval('#matrix tbody tr[data-task]', (rows, cellRole) => rows.map((tr) => ({
    task: tr.dataset.task,
    level: tr.dataset.level,
    visible: !tr.hidden && tr.getClientRects().length > 0,
    cell: tr.querySelector(`td[data-role="${cellRole}"]`)?.textContent.trim() ?? null,
  })), cellRole);
}

/** Asserts that exactly the wanted rows are visible, naming both lists when not. */
function assertVisible(rows, wanted, filter) {
  const visible = rows.filter((r) => r.visible).map((r) => r.task).join(' ');
  const expected = wanted.map((r) => r.task).join(' ');
  assert.equal(visible, expected, `after ${filter} the visible rows are\n  ${visible}\nbut should be\n  ${expected}`);
}

describe('responsibility matrix filters', () => {
  const role = 'pakalpojuma-sanemejs';
  const inMatrix = (test) => async () => {
    requirePage(k_matrixPage, 'The responsibility matrix');
    await withPage(k_matrixPage, async (page, problems) => {
      assert.equal(problems.length, 0, problems.join('\n'));
      await test(page);
    });
  };

  it('level "1" shows only the rows of level 1', inMatrix(async (page) => {
    const rows = await matrixRows(page, '1', '', role);
    const wanted = rows.filter((r) => r.level === '1');
    assert.ok(wanted.length > 0, 'no rows with data-level="1"');
    assertVisible(rows, wanted, 'selecting level "1"');
  }));

  it(`role ${role} shows only the rows where that role has a mark`, inMatrix(async (page) => {
    const rows = await matrixRows(page, '', role, role);
    assert.ok(rows.every((r) => r.cell !== null), `some rows have no td[data-role="${role}"]`);
    const wanted = rows.filter((r) => r.cell !== '');
    assert.ok(wanted.length > 0 && wanted.length < rows.length, `role ${role} marks ${wanted.length} rows`);
    assertVisible(rows, wanted, `selecting role ${role}`);
  }));

  it('reset shows all 32 rows', inMatrix(async (page) => {
    await matrixRows(page, '2', role, role);
    const rows = await matrixRows(page, '', '', role);
    assert.equal(rows.length, 32, 'the matrix should have one row per task');
    assertVisible(rows, rows, 'resetting both filters');
  }));
});

const k_viewports = [
  { suffix: 'desktop', viewport: { width: 1280, height: 900, deviceScaleFactor: 1 } },
  { suffix: 'phone', viewport: { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true } },
];

describe(`screenshots (for people to look at, into ${screenshotDir})`, () => {
  before(() => mkdirSync(screenshotDir, { recursive: true }));
  for (const { name, path: rel, what } of namedPages()) {
    it(`${what}: ${rel}`, async () => {
      requirePage(rel, what);
      for (const { suffix, viewport } of k_viewports) {
        const file = path.join(screenshotDir, `${name}-${suffix}.png`);
        await withPage(rel, (page) => page.screenshot({ path: file }), { viewport });
      }
    });
  }
});

describe('work plan', () => {
  // site.js draws today's line with its label only while today lies on the chart's axis.
  it('labels the today line', async () => {
    await withPage('lv/darba-plans/index.html', async (page) => {
      const shown = await page.evaluate(() => {
        const svg = document.getElementById('gantt');
        const now = Date.now();
        const onAxis = now >= Date.parse(svg.dataset.from) && now <= Date.parse(svg.dataset.to);
        const label = document.getElementById('today-label');
        return { onAxis, label: label ? label.textContent : null, line: !!document.getElementById('today') };
      });
      assert.equal(shown.line, shown.onAxis);
      if (shown.onAxis) {
        assert.match(shown.label, /^šodien, \d/);
      } else {
        assert.equal(shown.label, null);
      }
    });
  });
});
