// The site on a phone (390 px) and on a laptop (1366 px), measured against fixed expectations
// (issue 18.2): no page scrolls sideways; the main navigation is one row wide and one button
// (a <details> summary, no script) narrow; the responsibility matrix keeps its role headers
// and its task column in view however far it is scrolled; the work plan's chart and the task
// map give way to their text on the phone. Screenshots `layout-<page>-<width>.png` are
// written for people to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { closeBrowser, launchBrowser, newTab, visit } from './lib/browser.mjs';
import { pageUrl, requirePage, screenshotDir } from './lib/site.mjs';

const k_phone = { width: 390, height: 844, deviceScaleFactor: 1 };
const k_laptop = { width: 1366, height: 900, deviceScaleFactor: 1 };
const k_matrix = 'lv/atbildibas-matrica/index.html';
const k_workplan = 'lv/darba-plans/index.html';
const k_taskChapter = 'lv/22-apaksnodala-pakalpojumu-parvaldibas-uzdevumi-pu/index.html';

// The six pages a reader opens first.
const k_pages = [
  { name: 'sakums', path: 'index.html' },
  { name: 'atbildibas-matrica', path: k_matrix },
  { name: 'darba-plans', path: k_workplan },
  { name: 'pu2-10', path: 'lv/uzdevumi/pu2-10/index.html' },
  { name: 'loma', path: 'lv/lomas/pakalpojuma-saimnieks/index.html' },
  { name: 'meklesana', path: 'lv/meklesana/index.html', query: '?q=pakalpojuma%20saimnieks' },
];

let chromium;
before(async () => {
  requirePage('index.html', 'The site');
  chromium = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
});
after(async () => {
  if (chromium) {
    await closeBrowser(chromium);
  }
});

async function withPage(rel, viewport, use, query = '') {
  requirePage(rel, rel);
  const tab = await newTab(chromium.browser, viewport);
  try {
    await visit(tab, pageUrl(rel, query));
    return await use(tab.page);
  } finally {
    await tab.page.close();
  }
}

/** Where the main navigation's button and links are, and whether they show. */
function navState(page) {
  return page.evaluate(() => {
    const nav = document.querySelector('nav[aria-label="Galvenā navigācija"]');
    const summary = nav.querySelector('details.site-menu > summary');
    const links = [...nav.querySelectorAll('li a')];
    return {
      summaryShown: summary !== null && summary.checkVisibility(),
      open: nav.querySelector('details.site-menu')?.open ?? null,
      linksShown: links.filter((a) => a.checkVisibility()).length,
      links: links.length,
      rows: new Set(links.filter((a) => a.checkVisibility()).map((a) => Math.round(a.getBoundingClientRect().top))).size,
    };
  });
}

describe('every width', () => {
  for (const viewport of [k_phone, k_laptop]) {
    for (const { name, path: rel, query } of k_pages) {
      it(`${name} at ${viewport.width} px: no sideways scrolling of the page`, async () => {
        const sizes = await withPage(rel, viewport, async (page) => {
          await page.screenshot({ path: path.join(screenshotDir, `layout-${name}-${viewport.width}.png`) });
          return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        }, query);
        assert.ok(sizes.scroll <= sizes.view, `the page is ${sizes.scroll} px wide in a ${sizes.view} px window`);
      });
    }
  }
});

describe('main navigation', () => {
  it('is one row of links and no button at 1366 px', async () => {
    const nav = await withPage('index.html', k_laptop, navState);
    assert.equal(nav.summaryShown, false, 'the menu button shows on a wide screen');
    assert.equal(nav.linksShown, nav.links, `${nav.linksShown} of ${nav.links} links show`);
    assert.equal(nav.rows, 1, `the links take ${nav.rows} rows`);
  });

  it('is one closed button at 390 px that opens by keyboard and by tap', async () => {
    await withPage('index.html', k_phone, async (page) => {
      const closed = await navState(page);
      assert.equal(closed.summaryShown, true, 'no menu button on a phone');
      assert.equal(closed.linksShown, 0, `${closed.linksShown} links show before the menu is opened`);
      await page.focus('details.site-menu > summary');
      await page.keyboard.press('Enter');
      const opened = await navState(page);
      assert.equal(opened.open, true, 'Enter on the button does not open the menu');
      assert.equal(opened.linksShown, opened.links, `${opened.linksShown} of ${opened.links} links show when open`);
      await page.click('details.site-menu > summary');
      assert.equal((await navState(page)).linksShown, 0, 'a tap on the button does not close the menu');
    });
  });
});

/** Scrolls the matrix box to (x, y) and reports whether the role headers and task cells
 * that lie over the box's visible part are the topmost elements where they are drawn. */
function matrixAfterScroll(page, x, y) {
  return page.evaluate((fx, fy) => {
    const wrap = document.querySelector('.matrix-wrap');
    wrap.scrollLeft = fx * (wrap.scrollWidth - wrap.clientWidth);
    wrap.scrollTop = fy * (wrap.scrollHeight - wrap.clientHeight);
    wrap.scrollIntoView({ block: 'start' });
    const box = wrap.getBoundingClientRect();
    // Whether el is the topmost thing at (its left + dx, its top + dy), clamped into the box.
    const seen = (el, dx, dy) => {
      const r = el.getBoundingClientRect();
      const cx = Math.min(Math.max(r.left + dx(r), box.left + 1), box.right - 2);
      const cy = Math.min(Math.max(r.top + dy(r), box.top + 1), box.bottom - 2);
      const hit = document.elementFromPoint(cx, cy);
      return hit !== null && el.contains(hit);
    };
    const corner = document.querySelector('#matrix thead th.corner');
    const roles = [...document.querySelectorAll('#matrix thead th[data-role]')].filter((th) => {
      const r = th.getBoundingClientRect();
      const mid = r.left + r.width / 2;  // headers whose middle lies beside the task column
      return mid > corner.getBoundingClientRect().right + 2 && mid < box.right - 2;
    });
    const rows = [...document.querySelectorAll('#matrix tbody tr[data-task] > th[scope=row]')].filter((th) => {
      const r = th.getBoundingClientRect();
      return r.top > corner.getBoundingClientRect().bottom + 4 && r.bottom < box.bottom - 4;
    });
    return {
      scrolled: [wrap.scrollLeft, wrap.scrollTop],
      cornerTop: Math.round(corner.getBoundingClientRect().top - box.top),
      roles: roles.length,
      rolesSeen: roles.filter((th) => seen(th, (r) => r.width / 2, () => 12)).length,
      rows: rows.length,
      rowsSeen: rows.filter((th) => seen(th, () => 12, (r) => r.height / 2)).length,
      rowLeft: rows.length ? Math.round(rows[0].getBoundingClientRect().left - box.left) : null,
    };
  }, x, y);
}

describe('responsibility matrix', () => {
  for (const viewport of [k_phone, k_laptop]) {
    it(`keeps its role header row and task column in view when scrolled, at ${viewport.width} px`, async () => {
      await withPage(k_matrix, viewport, async (page) => {
        for (const [x, y] of [[1, 0.5], [0.5, 1], [1, 1]]) {
          const m = await matrixAfterScroll(page, x, y);
          const where = `scrolled to ${m.scrolled.join(', ')} px`;
          assert.ok(m.cornerTop <= 2, `${where}: the header row is ${m.cornerTop} px below the box's top`);
          assert.ok(m.roles > 0 && m.rolesSeen === m.roles, `${where}: ${m.rolesSeen} of ${m.roles} role headers show`);
          assert.ok(m.rows > 0 && m.rowsSeen === m.rows, `${where}: ${m.rowsSeen} of ${m.rows} task cells show`);
          assert.ok(m.rowLeft <= 2, `${where}: the task column is ${m.rowLeft} px right of the box's edge`);
          if (x === 1 && y === 1) {
            await page.screenshot({ path: path.join(screenshotDir, `layout-matrica-ritinata-${viewport.width}.png`) });
          }
        }
      });
    });
  }

  it('opened at a role\'s anchor shows the filters and the role\'s column, with no blank above', async () => {
    await withPage(k_matrix, k_laptop, async (page) => {
      const m = await page.evaluate(() => {
        const th = document.getElementById('loma-pakalpojuma-saimnieks');
        const wrap = document.querySelector('.matrix-wrap').getBoundingClientRect();
        const filters = document.getElementById('matrix-filters').getBoundingClientRect();
        const r = th.getBoundingClientRect();
        return { filtersTop: filters.top, headerTop: r.top - wrap.top, columnShown: r.left >= wrap.left && r.right <= wrap.right,
          role: document.getElementById('filter-role').value };
      });
      assert.equal(m.role, 'pakalpojuma-saimnieks');
      assert.ok(m.filtersTop >= -1 && m.filtersTop < 120, `the filters are at ${m.filtersTop} px`);
      assert.ok(m.headerTop >= 0 && m.headerTop <= 40, `the header row is ${m.headerTop} px below the table's top`);
      assert.ok(m.columnShown, 'the role\'s column is not in view');
    }, '#loma-pakalpojuma-saimnieks');
  });
});

describe('tables on a phone', () => {
  // Long tables of generated pages and of Markdown prose: their rows stack.
  for (const rel of ['lv/lejupielades/index.html', 'lv/pvpp-4-tverums/index.html', 'lv/darba-plans/p1-1/index.html']) {
    it(`${rel}: every table but the matrix fits the window, its rows stacked`, async () => {
      const tables = await withPage(rel, k_phone, (page) => page.evaluate(() =>
        [...document.querySelectorAll('main table:not(#matrix)')].map((t) => ({
          wide: Math.max(t.scrollWidth, t.getBoundingClientRect().width), stacked: getComputedStyle(t.rows[t.rows.length - 1]).display === 'block' }))));
      assert.ok(tables.length > 0, 'no table on the page');
      for (const t of tables) {
        assert.ok(t.wide <= k_phone.width && t.stacked, `a table ${t.wide} px wide, rows ${t.stacked ? '' : 'not '}stacked`);
      }
    });
  }
});

describe('drawings on a phone', () => {
  /** Whether the work plan's chart and the stacked rows show, and the widest row. */
  const workplan = (page) => page.evaluate(() => {
    const rows = [...document.querySelectorAll('#workplan-table tbody tr')];
    return {
      chart: document.getElementById('gantt').checkVisibility(),
      rows: rows.length,
      widest: Math.max(...rows.map((r) => r.getBoundingClientRect().width)),
      bars: [...document.querySelectorAll('#workplan-table .mini-bar')].filter((b) => b.checkVisibility()).length,
      rowsWithDates: rows.filter((r) => r.querySelector('.mini-bar')).length,
      flattest: Math.min(...[...document.querySelectorAll('#workplan-table .mini-bar')]
        .map((b) => b.getBoundingClientRect().height)),
    };
  });

  it('the work plan: the chart at 1366 px, stacked rows with a bar each at 390 px', async () => {
    const wide = await withPage(k_workplan, k_laptop, workplan);
    assert.equal(wide.chart, true, 'no Gantt chart at 1366 px');
    const phone = await withPage(k_workplan, k_phone, workplan);
    assert.equal(phone.chart, false, 'the Gantt chart still shows at 390 px');
    assert.ok(phone.widest <= k_phone.width, `a row of the table is ${phone.widest} px wide`);
    assert.ok(phone.rowsWithDates > 0 && phone.bars === phone.rowsWithDates,
      `${phone.bars} bars show for ${phone.rowsWithDates} rows with dates or months`);
    // The bar keeps its height (12 px), not its 1461:12 drawing's proportions.
    assert.ok(phone.flattest >= 10, `a row's bar is ${phone.flattest} px high`);
  });

  it('the role grid on a role page: scrolls sideways in its box at 390 px instead of shrinking', async () => {
    const grid = await withPage('lv/lomas/pakalpojuma-saimnieks/index.html', k_phone, (page) => page.evaluate(() => {
      const svg = document.getElementById('role-grid');
      const box = svg.closest('figure');
      return { scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width, scrolls: box.scrollWidth > box.clientWidth,
        focusable: box.tabIndex === 0 };
    }));
    assert.ok(grid.scale >= 0.8, `the grid is drawn at ${Math.round(grid.scale * 100)} % of its size`);
    assert.deepEqual([grid.scrolls, grid.focusable], [true, true]);
  });

  const taskMap = (page) => page.evaluate(() => ({
    map: document.getElementById('task-map').checkVisibility(),
    words: document.querySelector('.diagram-text')?.checkVisibility() ?? false,
    lists: document.querySelectorAll('#uzdevumi-1 a, #uzdevumi-2 a, #uzdevumi-3 a').length,
  }));

  it('the task map: the drawing at 1366 px, its lines in words beside the lists by group at 390 px', async () => {
    const wide = await withPage(k_taskChapter, k_laptop, taskMap);
    assert.deepEqual([wide.map, wide.words], [true, false]);
    const phone = await withPage(k_taskChapter, k_phone, taskMap);
    assert.deepEqual([phone.map, phone.words], [false, true]);
    assert.ok(phone.lists >= 32, `the lists by group link ${phone.lists} tasks`);
  });
});
