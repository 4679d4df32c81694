// `pvpp serve` in a real browser: the injected reload script reloads the page after a save,
// draws a failed build's diagnostics over the page (as text, never as HTML), and takes them
// away when the file is fixed — under a Content-Security-Policy that forbids inline scripts
// and styles. Writes serve-overlay.png for people to look at.
//
// PVPP_BIN: the pvpp executable; PVPP_SERVE_CORPUS: the project whose content/ and data/ are
// copied (default tests/golden/small); the theme is always the repository's.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { closeBrowser, launchBrowser, newTab, visit } from './lib/browser.mjs';
import { repoRoot, screenshotDir } from './lib/site.mjs';

const k_wait = 120_000; // ms; only so that a broken server cannot hang the test
const k_task = 'content/tasks/PU2-10.toml';
const k_page = '/lv/uzdevumi/pu2-10/';
const k_csp = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; ' +
  'script-src \'self\'; style-src \'self\'; img-src \'self\' data:; object-src \'none\'">';
const k_newName = 'Sadarbības koordinēšana (labots pārlūka testā)';

const pvpp = path.resolve(process.env.PVPP_BIN || path.join(repoRoot, 'build/pvpp'));
const corpus = path.resolve(repoRoot, process.env.PVPP_SERVE_CORPUS || 'tests/golden/small');

// A copy of the corpus, with the theme's pages carrying a strict policy as the safe-HTML theme does.
function makeProject() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pvpp-serve-browser-'));
  for (const folder of ['content', 'data']) {
    cpSync(path.join(corpus, folder), path.join(root, folder), { recursive: true });
  }
  cpSync(path.join(repoRoot, 'themes'), path.join(root, 'themes'), { recursive: true });
  const template = path.join(root, 'themes/default/templates/page.tpl');
  const text = readFileSync(template, 'utf8');
  writeFileSync(template, text.includes('Content-Security-Policy') ? text
    : text.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${k_csp}`));
  return root;
}

// Starts `pvpp serve --port 0` and resolves with the port it prints.
function startServer(root) {
  const server = spawn(pvpp, ['serve', '--port', '0', '--root', root], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.output = '';
  server.stderr.on('data', (d) => { server.output += d; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pvpp serve did not start:\n${server.output}`)), k_wait);
    server.stdout.on('data', (d) => {
      server.output += d;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(server.output);
      if (match) {
        clearTimeout(timer);
        resolve({ server, port: Number(match[1]) });
      }
    });
    server.on('exit', () => reject(new Error(`pvpp serve ended:\n${server.output}`)));
  });
}

function h1Has(page, text) {
  return page.waitForFunction((t) => document.querySelector('h1')?.textContent.includes(t),
    { timeout: k_wait }, text);
}

describe('pvpp serve in the browser', () => {
  let root;
  let running;
  let chromium;
  before(async () => {
    root = makeProject();
    running = await startServer(root);
    chromium = await launchBrowser();
  });
  after(async () => {
    if (chromium) { await closeBrowser(chromium); }
    if (running) {
      running.server.kill('SIGINT');
      await new Promise((resolve) => running.server.once('exit', resolve));
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('reloads after a save, shows the diagnostics of a failed build, and recovers', async () => {
    const file = path.join(root, k_task);
    const original = readFileSync(file, 'utf8');
    const oldName = /^name = "(.*)"$/m.exec(original)[1];
    const tab = await newTab(chromium.browser);
    const { page, problems } = await visit(tab, `http://127.0.0.1:${running.port}${k_page}`);
    await h1Has(page, oldName);

    writeFileSync(file, original.replace(oldName, k_newName));
    await h1Has(page, k_newName);

    // The error quotes markup from the file: it must show as text, never become an element.
    writeFileSync(file, original.replace(/^code = ".*"$/m, 'code = "<img src=x onerror=window.pvppHit=1>"'));
    await page.waitForSelector('.pvpp-overlay', { timeout: k_wait });
    const overlay = await page.$eval('.pvpp-overlay', (el) => ({
      text: el.textContent,
      images: el.querySelectorAll('img').length,
      position: getComputedStyle(el).position,
      hit: window.pvppHit,
    }));
    assert.match(overlay.text, /Saturā ir kļūdas/);
    assert.match(overlay.text, /content\/tasks\/PU2-10\.toml:\d+:\d+: kļūda: .*<img src=x/);
    assert.equal(overlay.images, 0);
    assert.equal(overlay.hit, undefined);
    assert.equal(overlay.position, 'fixed', 'the overlay stylesheet loads under the policy');
    assert.match(await page.$eval('h1', (h) => h.textContent), new RegExp(k_newName.replace(/[()]/g, '\\$&')),
      'the last good page stays');
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'serve-overlay.png') });

    writeFileSync(file, original);
    await h1Has(page, oldName);
    assert.equal(await page.$('.pvpp-overlay'), null);
    // The theme has no favicon; the browser asks for one on its own.
    const real = problems.filter((p) => !p.includes('/favicon.ico'));
    assert.deepEqual(real, [], 'no console errors, policy violations or failed requests');
  });

  it("shows the site's 404 page, styled and whole, at a missing address of any depth", async () => {
    const tab = await newTab(chromium.browser);
    const missing = `http://127.0.0.1:${running.port}/lv/nav/tadas/lapas/`;
    const { page, problems } = await visit(tab, missing);
    const shown = await page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent,
      styled: [...document.styleSheets].some((s) => s.href?.endsWith('/static/style.css') && s.cssRules.length > 0),
    }));
    await page.close();
    assert.equal(shown.h1, 'Lapa nav atrasta');
    assert.ok(shown.styled, 'its stylesheet did not load');
    // Only the page itself answers 404; whatever it loads is found.
    const real = problems.filter((p) => !p.includes('/favicon.ico') && !p.includes(missing));
    assert.deepEqual(real, []);
  });
});
