// <torch-cell> in real Chromium on the authoring guide's live example, under the site's CSP:
// cells share a kernel in order, edits run, errors show their line, Stop ends an endless loop.
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/page-checks';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();

interface CellHandle extends HTMLElement {
  code: string;
  run(): Promise<string>;
  stop(): void;
  reset(): void;
}

describe('<torch-cell> on the guide page', () => {
  it('runs the second cell after the first, draws the plot, shows errors with the line, and stops while True', async () => {
    const { page, problems, cspViolations, close } = await openPage(site.browser, `${site.server.origin}/guide/`);
    try {
      await page.locator('torch-cell').nth(1).scrollIntoViewIfNeeded();
      await page.waitForFunction(() => customElements.get('torch-cell') !== undefined);

      // Running the second cell runs the first one first (it defines xs, ys and plt).
      const second = await page.evaluate(async () => {
        const cells = document.querySelectorAll('torch-cell');
        const cell = cells[1] as CellHandle;
        const done = new Promise<{ figures: unknown[]; elapsedMs: number }>((resolve) =>
          cell.addEventListener('cell-done', (event) => resolve((event as CustomEvent).detail), { once: true }),
        );
        await cell.run();
        const detail = await done;
        return {
          first: cells[0].querySelector('.tc-stdout')?.textContent,
          statuses: [...cells].map((c) => c.getAttribute('status')),
          figures: detail.figures.length,
          svgPaths: cell.querySelectorAll('.tc-figure svg path.line').length,
          colors: [...cell.querySelectorAll('.tc-figure svg path.line')].map((p) => p.getAttribute('stroke')),
          result: cell.querySelector('.tc-result')?.textContent,
        };
      });
      expect(second.first).toBe('41개 점, 최솟값 0.0000\n');
      expect(second.statuses).toEqual(['done', 'done']);
      expect(second.figures).toBe(1);
      expect(second.colors).toEqual(['#1f77b4', '#ff0000']);
      expect(second.result).toBe("Text(0.5, 1.0, 'x^2 와 |x|')");

      // An edited cell with a mistake: the error names the line, in English and Korean.
      const error = await page.evaluate(async () => {
        const cell = document.querySelectorAll('torch-cell')[0] as CellHandle;
        const failed = new Promise<{ message: string; line: number }>((resolve) =>
          cell.addEventListener('cell-error', (event) => resolve((event as CustomEvent).detail), { once: true }),
        );
        cell.code = 'a = 1\nb = 2\nloss = yhat - b';
        await cell.run();
        return { detail: await failed, status: cell.getAttribute('status'), korean: cell.querySelector('.tc-error-ko')?.textContent };
      });
      expect(error.detail).toEqual({ message: "NameError: name 'yhat' is not defined", line: 3 });
      expect(error.status).toBe('error');
      expect(error.korean).toBe("3행: 'yhat'이 정의되지 않았습니다");

      // A syntax error shows its line too; Reset brings the lecture's code back.
      const syntax = await page.evaluate(async () => {
        const cell = document.querySelectorAll('torch-cell')[0] as CellHandle;
        const failed = new Promise<{ message: string; line: number }>((resolve) =>
          cell.addEventListener('cell-error', (event) => resolve((event as CustomEvent).detail), { once: true }),
        );
        cell.code = 'x = 1\nfor i in range(3)\n    print(i)';
        await cell.run();
        const detail = await failed;
        cell.reset();
        return { detail, restored: cell.code.startsWith('import matplotlib.pyplot as plt') };
      });
      expect(syntax.detail).toEqual({ message: "SyntaxError: expected ':'", line: 2 });
      expect(syntax.restored).toBe(true);

      // Stop ends `while True: pass` within a second, and the page kept responding meanwhile.
      const stopped = await page.evaluate(async () => {
        const cell = document.querySelectorAll('torch-cell')[0] as CellHandle;
        cell.code = 'while True:\n    pass';
        const running = cell.run();
        await new Promise((resolve) => setTimeout(resolve, 500));
        let ticks = 0;
        await new Promise<void>((resolve) => {
          const tick = () => (++ticks < 5 ? requestAnimationFrame(tick) : resolve());
          requestAnimationFrame(tick);
        });
        const start = performance.now();
        cell.stop();
        const outcome = await running;
        return { outcome, stopMs: performance.now() - start, ticks, status: cell.getAttribute('status') };
      });
      expect(stopped.outcome).toBe('stopped');
      expect(stopped.stopMs).toBeLessThan(1000);
      expect(stopped.status).toBe('stopped');

      // After a stop the kernel is fresh: a cell runs again.
      const again = await page.evaluate(async () => {
        const cell = document.querySelectorAll('torch-cell')[0] as CellHandle;
        cell.code = 'print(sum(range(10)))';
        await cell.run();
        return cell.querySelector('.tc-stdout')?.textContent;
      });
      expect(again).toBe('45\n');
      expect(await cspViolations()).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runs with Shift+Enter from the editor', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/guide/`);
    try {
      const editor = page.locator('torch-cell .tc-editor').first();
      await editor.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => customElements.get('torch-cell') !== undefined);
      await editor.click();
      await page.keyboard.press('Shift+Enter');
      await page.waitForFunction(() => document.querySelector('torch-cell')?.getAttribute('status') === 'done');
      expect(await page.locator('torch-cell .tc-stdout').first().textContent()).toBe('41개 점, 최솟값 0.0000\n');
    } finally {
      await close();
    }
  });
});
