// Browser tests of output/publish/index.html, the CMS editor's page, run by `node --test` from
// CTest: it loads cleanly, passes axe, every preview shows its pictures, and "Kopēt" puts the
// page's fragment on the clipboard. The folder is publish/ beside the site under test
// (PVPP_SITE), or PVPP_PUBLISH.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';

import { axeViolations, describeViolations } from './lib/axe.mjs';
import { closeBrowser, launchBrowser, newTab, visit } from './lib/browser.mjs';
import { repoRoot, screenshotDir, siteDir } from './lib/site.mjs';

const publishDir = process.env.PVPP_PUBLISH ? path.resolve(repoRoot, process.env.PVPP_PUBLISH)
  : path.join(path.dirname(siteDir), 'publish');
const indexUrl = pathToFileURL(path.join(publishDir, 'index.html')).href;

let chromium;
let tab;
before(async () => {
  assert.ok(existsSync(path.join(publishDir, 'index.html')), `no index.html in ${publishDir} (PVPP_PUBLISH)`);
  chromium = await launchBrowser();
  // The copy button writes to the clipboard; a test reads it back.
  await chromium.browser.defaultBrowserContext().overridePermissions('file://', ['clipboard-read', 'clipboard-write']);
  tab = await newTab(chromium.browser);
  await visit(tab, indexUrl);
});
after(async () => {
  if (chromium) {
    await closeBrowser(chromium);
  }
});

describe('the publish index', () => {
  it('loads with no console errors and no failed requests', () => {
    assert.deepEqual(tab.problems, []);
  });

  it('passes axe (WCAG 2.1 A and AA)', async () => {
    // axe is injected as a script, which the page's policy rightly refuses: this tab lets it in.
    const axeTab = await newTab(chromium.browser, undefined, { bypassCsp: true });
    try {
      await visit(axeTab, indexUrl);
      const violations = await axeViolations(axeTab.page);
      assert.equal(violations.length, 0, describeViolations(violations));
    } finally {
      await axeTab.page.close();
    }
  });

  it('shows each page in a preview frame with its pictures loaded', async () => {
    const frames = await tab.page.$$eval('iframe.preview', (all) => all.map((f) => ({
      title: f.title,
      text: f.contentDocument.body.textContent.trim().length,
      images: [...f.contentDocument.images].map((i) => [i.getAttribute('src'), i.naturalWidth, i.alt.length]),
    })));
    assert.ok(frames.length >= 10, `${frames.length} preview frames`);
    const broken = frames.flatMap((f) => f.images.filter(([, width, alt]) => width === 0 || alt === 0)
      .map(([src]) => `${f.title}: ${src}`));
    assert.deepEqual(broken, []);
    assert.ok(frames.some((f) => f.images.length > 0), 'no preview shows a picture');
  });

  it('"Kopēt" puts the fragment on the clipboard and says so', async () => {
    const button = await tab.page.$('article.page:nth-of-type(3) button.copy');
    await button.click();
    await tab.page.waitForFunction(
      (b) => b.parentElement.querySelector('.status').textContent !== '', { timeout: 10_000 }, button);
    const [status, source, copied] = await button.evaluate(async (b) => [
      b.parentElement.querySelector('.status').textContent,
      document.getElementById(b.dataset.source).value,
      await navigator.clipboard.readText(),
    ]);
    assert.equal(status, 'Nokopēts');
    assert.ok(source.startsWith('<h2 id="'), source.slice(0, 80));
    assert.equal(copied, source);
  });

  it('is screenshot for people to look at', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    await tab.page.screenshot({ path: path.join(screenshotDir, 'publish-index.png'), fullPage: false });
  });
});
