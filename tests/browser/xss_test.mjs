// The hostile build in headless Chromium (CTest xss_browser): the corpus of tests/xss/hostile
// puts the usual XSS payloads into every free-text field. No page and no card may open a
// dialog, run a payload (they set window.__pwned), break its Content-Security-Policy or log
// an error — also when the search page and the matrix are fed payloads through the URL.
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';

import { closeBrowser, launchBrowser, mapTabs, newTab, visit } from './lib/browser.mjs';
import { allPages, cardPages, cardsDir, pageUrl, requirePage, siteDir } from './lib/site.mjs';

const k_tabs = 4;
const k_payload = '<script>window.__pwned=1</script>';

let chromium;
before(async () => {
  requirePage('index.html', `The hostile site (PVPP_SITE=${siteDir})`);
  chromium = await launchBrowser();
});
after(async () => {
  if (chromium) {
    await closeBrowser(chromium);
  }
});

/** What went wrong on the tab's page, with whether a payload ran. */
async function findings(tab, name) {
  const pwned = await tab.page.evaluate(() => typeof window.__pwned !== 'undefined');
  return [...tab.problems, ...(pwned ? ['a payload ran: window.__pwned is set'] : [])].map((p) => `${name}: ${p}`);
}

async function visitAll(urls) {
  const results = await mapTabs(chromium.browser, urls, k_tabs,
    (tab, { url, name }) => visit(tab, url).then(() => findings(tab, name)));
  return results.flat();
}

/** Opens url in a fresh tab, lets use(page) act on it, and returns the tab's findings. */
async function withPage(url, name, use = async () => {}) {
  const tab = await newTab(chromium.browser);
  try {
    await visit(tab, url);
    const extra = await use(tab.page);
    return [...(await findings(tab, name)), ...(extra ?? [])];
  } finally {
    await tab.page.close();
  }
}

describe('hostile corpus', () => {
  it('no site page opens a dialog, runs a payload or violates its policy', async () => {
    const pages = allPages();
    assert.ok(pages.length > 20, `only ${pages.length} pages in ${siteDir}`);
    const found = await visitAll(pages.map((rel) => ({ url: pageUrl(rel), name: rel })));
    assert.deepEqual(found, []);
  });

  it('no card opens a dialog, runs a payload or violates its policy', async () => {
    const cards = cardPages();
    assert.ok(cards.length > 0, `no cards in ${cardsDir}`);
    const found = await visitAll(cards.map((file) => ({ url: pathToFileURL(file).href, name: `cards/${file.split('/').pop()}` })));
    assert.deepEqual(found, []);
  });

  it('search shows hostile titles as text, and a hostile query as a query', async () => {
    for (const query of [k_payload, 'pwned', '"><img src=x onerror=window.__pwned=1>']) {
      const url = pageUrl('lv/meklesana/index.html', `?q=${encodeURIComponent(query)}`);
      const found = await withPage(url, `search ?q=${query}`, async (page) => {
        const state = await page.evaluate(() => ({
          input: document.querySelector('#search-input').value,
          hits: [...document.querySelectorAll('#search-results li')].map((li) => li.textContent),
        }));
        const wrong = state.input === query ? [] : [`the search field holds ${JSON.stringify(state.input)}`];
        if (query === 'pwned' && !state.hits.some((h) => h.includes(k_payload))) {
          wrong.push(`no hit shows the payload as text: ${JSON.stringify(state.hits.slice(0, 3))}`);
        }
        return wrong;
      });
      assert.deepEqual(found, []);
    }
  });

  it('the matrix ignores a hostile filter in its address', async () => {
    const hash = '#loma=' + encodeURIComponent('"><img src=x onerror=window.__pwned=1>') + '&limenis=<script>';
    const found = await withPage(pageUrl('lv/atbildibas-matrica/index.html', hash), 'matrix', async (page) => {
      const role = await page.$eval('#filter-role', (s) => s.value);
      return role === '' ? [] : [`#filter-role took ${JSON.stringify(role)}`];
    });
    assert.deepEqual(found, []);
  });
});
