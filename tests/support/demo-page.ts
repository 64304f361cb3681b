// Helpers for driving demo elements in Chromium and checking them against the reference engine.
import type { Locator, Page } from 'playwright-core';
import { parseDemoParams, readFromRecord } from '../../src/lib/params';
import { prepareScenario } from '../../src/lib/scenario';
import { trainReference } from '../../src/lib/reference';

export interface DemoDetail {
  epoch: number;
  loss: number;
  w0: number;
  w1: number;
  backend: string;
  elapsedMs: number;
  message?: string;
}

/** Starts a demo and resolves with the detail of the first demo-done or demo-error it fires. */
export function startAndWait(demo: Locator): Promise<{ type: string; detail: DemoDetail }> {
  return demo.evaluate(
    (element: HTMLElement & { start(): Promise<void> }) =>
      new Promise((resolve) => {
        for (const type of ['demo-done', 'demo-error']) {
          element.addEventListener(type, (event) => resolve({ type, detail: (event as CustomEvent).detail }), { once: true });
        }
        void element.start();
      }),
  );
}

/** ŵ0, ŵ1 the float64 reference reaches for a demo with these attributes. */
export function referenceFor(attributes: Record<string, string>): { w0: number; w1: number } {
  const parsed = parseDemoParams(readFromRecord(attributes));
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  const { data, init } = prepareScenario(parsed.params);
  const result = trainReference({
    x: data.x, y: data.y, loss: parsed.params.loss, lr: parsed.params.lr, epochs: parsed.params.epochs,
    initW0: init.w0, initW1: init.w1,
  });
  return { w0: result.w0, w1: result.w1 };
}

/** Records main-thread tasks over 50 ms from now on; read them with `longTasks(page)`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => Math.round(entry.duration)))).observe({ type: 'longtask' });
  });
}

export const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
