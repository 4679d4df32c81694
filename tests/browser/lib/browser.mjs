// Launching Debian's Chromium headless with puppeteer-core (never a downloaded browser),
// and opening a page while recording what went wrong on it: console errors, script errors,
// failed requests, Content-Security-Policy violations and dialogs (alert, confirm, prompt).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Keeps Chromium off the network at start-up: no component updates, sync or first-run pages.
const k_args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--no-first-run', '--disable-component-update', '--disable-sync'];

async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch (err) {
    throw new Error('puppeteer-core is not installed in tests/browser: run `make browser-deps` ' +
      `(npm ci in tests/browser) — ${err.message}`);
  }
}

/** Starts Chromium with a fresh profile; close it with closeBrowser. */
export async function launchBrowser() {
  const puppeteer = await loadPuppeteer();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'pvpp-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.PVPP_CHROMIUM || '/usr/bin/chromium',
    headless: false, // --headless=new is in k_args, exactly as the brief for CI asks
    args: [...k_args, `--user-data-dir=${profile}`],
    defaultViewport: { width: 1280, height: 900, deviceScaleFactor: 1 },
    protocolTimeout: 60_000,
  });
  return { browser, profile };
}

/** Closes the browser and removes its profile folder. */
export async function closeBrowser({ browser, profile }) {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

function recordProblems(page, problems) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location()?.url;
      problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`script error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) {
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
    }
  });
}

// The page's own securitypolicyviolation events, reported through a binding: CDP puts the
// listener in place before any of the page's script runs, and the policy cannot block it.
async function recordPolicyViolations(page, problems) {
  await page.exposeFunction('__pvppPolicyViolation', (what) => problems.push(`CSP violation: ${what}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__pvppPolicyViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} on line ${e.lineNumber}`);
    });
  });
}

// A dialog means some text ran as script (the pages themselves never open one); it is
// dismissed so that the page does not hang.
function recordDialogs(page, problems) {
  page.on('dialog', async (dialog) => {
    problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    await dialog.dismiss().catch(() => {});
  });
}

/**
 * A new tab whose `problems` collects what goes wrong on the page it shows. bypassCsp lets
 * a test inject its own script (axe) into a page whose policy forbids inline script.
 */
export async function newTab(browser, viewport, { bypassCsp = false } = {}) {
  const page = await browser.newPage();
  const tab = { page, problems: [] };
  recordProblems(page, tab.problems);
  recordDialogs(page, tab.problems);
  await recordPolicyViolations(page, tab.problems);
  if (bypassCsp) {
    await page.setBypassCSP(true);
  }
  if (viewport) {
    await page.setViewport(viewport);
  }
  return tab;
}

/** Shows url in the tab and waits for its load event; problems then holds only this page's. */
export async function visit(tab, url) {
  tab.problems.length = 0;
  await tab.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  // Violation events are queued tasks: one more turn of the page's event loop delivers them.
  await tab.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return tab;
}

/** Calls work(tab, item) for every item on `width` reused tabs; results keep the items' order. */
export async function mapTabs(browser, items, width, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    const tab = await newTab(browser);
    while (next < items.length) {
      const i = next++;
      results[i] = await work(tab, items[i]);
    }
    await tab.page.close();
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
