// Running a lecture page's code cells from a browser test, as a reader's Run does.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface CellResult {
  type: 'cell-done' | 'cell-error';
  detail: { stdout?: string; elapsedMs?: number; message?: string; line?: number | null };
}

/** The code of each ```python run fence in an MDX file, in order. */
export function runnableCells(mdxFile: string): string[] {
  return [...readFileSync(mdxFile, 'utf8').matchAll(/^```python run\n([\s\S]*?)\n```$/gm)].map((match) => match[1]);
}

/** Runs cell `index` (optionally with new code) and resolves with its cell-done or cell-error. */
export function runCell(page: Page, index: number, code?: string): Promise<CellResult> {
  return page.evaluate(async ({ index, code }) => {
    const cell = document.querySelectorAll('torch-cell')[index] as HTMLElement & { code: string; run(): Promise<void> };
    cell.scrollIntoView();
    await customElements.whenDefined('torch-cell');
    if (code !== undefined) cell.code = code;
    return new Promise<CellResult>((resolve) => {
      for (const type of ['cell-done', 'cell-error'] as const) {
        cell.addEventListener(type, (event) => resolve({ type, detail: (event as CustomEvent).detail }), { once: true });
      }
      void cell.run();
    });
  }, { index, code });
}
