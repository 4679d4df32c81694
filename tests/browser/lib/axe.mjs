// Runs axe-core (from tests/browser/node_modules) in a page against WCAG 2.0/2.1 A and AA,
// and words its violations so a failure says what to fix and where.
import { createRequire } from 'node:module';

const k_tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const k_axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The axe violations of the page as loaded. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: k_axePath });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      count: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary ?? '',
    }));
  }, k_tags);
}

/** One paragraph per violation: id, impact, help, how many nodes and the first selectors. */
export function describeViolations(violations) {
  return violations.map((v) => `  ${v.id} [${v.impact}] ${v.help} — ${v.count} element(s), e.g.\n` +
    v.targets.map((t) => `      ${t}`).join('\n') +
    (v.summary ? `\n    ${v.summary.replace(/\n/g, '\n    ')}` : '')).join('\n');
}
