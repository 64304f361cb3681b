// torch inside <torch-cell> in real Chromium under the site's CSP: the worker's kernel imports
// the torch subset, and the lecture's data and net cells print exactly what PyTorch printed
// (tests/fixtures/torch-programs/lecture-net.json, from real PyTorch 1.13).
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/page-checks';
import { useBuiltSite } from '../support/built-site';
import { cellsOf, readProgram } from '../support/torch-programs';

const site = useBuiltSite();

interface CellHandle extends HTMLElement {
  code: string;
  run(): Promise<string>;
}

describe('torch in a page cell', () => {
  it("the lecture's data and net cells show PyTorch's output", async () => {
    const { source, fixture } = readProgram('lecture-net');
    const [data, net, params] = cellsOf(source);
    const { page, problems, cspViolations, close } = await openPage(site.browser, `${site.server.origin}/guide/`);
    try {
      await page.locator('torch-cell').first().scrollIntoViewIfNeeded();
      await page.waitForFunction(() => customElements.get('torch-cell') !== undefined);
      const shown = await page.evaluate(async (codes) => {
        const cell = document.querySelector('torch-cell') as CellHandle;
        const texts: string[] = [];
        for (const code of codes) {
          cell.code = code;
          const status = await cell.run();
          if (status !== 'done') return [`status ${status}: ${cell.querySelector('.tc-error')?.textContent ?? ''}`];
          texts.push((cell.querySelector('.tc-stdout')?.textContent ?? '') + (cell.querySelector('.tc-result')?.textContent ?? ''));
        }
        return texts;
      }, [data, net, params]);
      expect(shown.map((t) => t.replace(/\n?$/, '\n')).slice(1).join('')).toBe(fixture.stdout);
      expect(await cspViolations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
