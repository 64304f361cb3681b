// axe-core finds no accessibility violations on the site's pages, in light and dark themes
// (contrast is checked per theme). Pages: tests/support/pages.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/page-checks';
import { auditedPages } from '../support/pages';
import { useBuiltSite } from '../support/built-site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

const site = useBuiltSite();

const cases = auditedPages.flatMap((page) => (['light', 'dark'] as const).map((theme) => ({ ...page, theme })));

describe('accessibility (axe-core)', () => {
  it.each(cases)('$name page in $theme theme has no violations', async ({ path, theme }) => {
    const { page, close } = await openPage(site.browser, site.server.origin + path, { colorScheme: theme, bypassCSP: true });
    // Open the folded answers and scroll through, so every demo swaps its static figure for the
    // live controls, which are audited too.
    await page.evaluate(async () => {
      document.querySelectorAll<HTMLDetailsElement>('details.answer').forEach((details) => (details.open = true));
      for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('logistic-data-demo, logistic-train-demo, loss-compare-demo')].every((demo) => demo.shadowRoot !== null),
    );
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      // WCAG 2.x A and AA, the standard students and institutions hold a course site to, plus
      // axe's best practices (heading order, landmarks).
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => ({ target: node.target, summary: (node as { failureSummary?: string }).failureSummary?.slice(0, 160) })),
      }));
    });
    expect(violations).toEqual([]);
    await close();
  });
});
