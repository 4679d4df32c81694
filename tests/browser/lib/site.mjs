// Where the generated site under test is, and which of its pages the tests name.
// PVPP_SITE picks the site folder (default <repo>/output/site); pages load by file:// URL.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (tests/browser/lib is three levels below it). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The site folder under test. */
export const siteDir = path.resolve(repoRoot, process.env.PVPP_SITE || 'output/site');

/** The printable cards of the same build: PVPP_CARDS, or cards/ next to the site folder. */
export const cardsDir = path.resolve(repoRoot, process.env.PVPP_CARDS || path.join(siteDir, '..', 'cards'));

/** The absolute paths of the cards' HTML files, sorted; none when the folder is missing. */
export function cardPages() {
  if (!existsSync(cardsDir)) {
    return [];
  }
  return readdirSync(cardsDir).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(cardsDir, f));
}

/** The folder screenshots go to (relative paths are taken from the repository root). */
export const screenshotDir = path.resolve(repoRoot, process.env.PVPP_SCREENSHOTS || 'build/screenshots');

/** The file:// URL of a site-relative page path, with an optional query string. */
export function pageUrl(relPath, query = '') {
  return pathToFileURL(path.join(siteDir, relPath)).href + query;
}

/** Every HTML page of the site, as sorted site-relative paths with '/' separators; not the
 * downloads the site carries (datnes/: the printable cards, tested as cards). */
export function allPages(dir = siteDir, prefix = '') {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    // The downloads are not pages; 404.html links from the server's root, which file:// cannot
    // follow (serve_test.mjs shows it at a missing address).
    if ((entry.isDirectory() && rel === 'datnes') || rel === '404.html') {
      continue;
    }
    if (entry.isDirectory()) {
      found.push(...allPages(path.join(dir, entry.name), rel + '/'));
    } else if (entry.name.endsWith('.html')) {
      found.push(rel);
    }
  }
  return found.sort();
}

// The live site's slug of chapter 1.4; until the chapter pages exist, the first plan chapter stands in.
const k_chapterPage = 'lv/14-apaksnodala-pakalpojumu-parvaldibas-dalibnieku-lomas-un-pienakumi/index.html';

function chapterPage() {
  if (existsSync(path.join(siteDir, k_chapterPage))) {
    return k_chapterPage;
  }
  const lv = path.join(siteDir, 'lv');
  const plan = existsSync(lv) ? readdirSync(lv).filter((d) => d.startsWith('pvpp-')).sort() : [];
  return plan.length > 0 ? `lv/${plan[0]}/index.html` : k_chapterPage;
}

/** The five pages checked with axe and photographed: name (for file names), path, what it is. */
export function namedPages() {
  return [
    { name: 'sakums', path: 'index.html', what: 'the home page' },
    { name: 'nodala', path: chapterPage(), what: 'a chapter page' },
    { name: 'pu2-10', path: 'lv/uzdevumi/pu2-10/index.html', what: 'the page of task PU2-10' },
    { name: 'atbildibas-matrica', path: 'lv/atbildibas-matrica/index.html', what: 'the responsibility matrix' },
    { name: 'darba-plans', path: 'lv/darba-plans/index.html', what: 'the work plan' },
  ];
}

/** Throws a message that says which contract page is missing, so its test fails and says why. */
export function requirePage(relPath, what) {
  if (!existsSync(path.join(siteDir, relPath))) {
    throw new Error(`${what} (${relPath}) is not in ${siteDir}: the generator does not write it yet ` +
      '(its DOM contract is in docs/site-contracts.md)');
  }
}
