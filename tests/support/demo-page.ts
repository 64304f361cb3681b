// Helpers for driving demo elements in Chromium and checking them against the reference engine.
import type { Locator, Page } from 'playwright-core';
import { parseDemoParams, readFromRecord } from '../../src/lib/params';
import { prepareScenario } from '../../src/lib/scenario';
import { trainReference } from '../../src/lib/reference';
import type { DemoProgressDetail } from '../../src/lib/demo-events';

/** The detail of demo-done (progress fields) or demo-error (message). */
export type DemoDetail = DemoProgressDetail & { message?: string };

/** Starts a demo and resolves with the detail of the first demo-done or demo-error it fires. */
export function startAndWait(demo: Locator): Promise<{ type: string; detail: DemoDetail }> {
  return demo.evaluate(
    async (element: HTMLElement & { start(): Promise<void> }) => {
      // Lecture pages define the elements only once a demo nears the viewport.
      element.scrollIntoView();
      await customElements.whenDefined(element.localName);
      return new Promise((resolve) => {
        for (const type of ['demo-done', 'demo-error']) {
          element.addEventListener(type, (event) => resolve({ type, detail: (event as CustomEvent).detail }), { once: true });
        }
        void element.start();
      });
    },
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

/**
 * Records main-thread tasks over 50 ms that start while `demo` trains: from its first progress
 * report past epoch 0 (loading tfjs and compiling a backend come before) to demo-done.
 * Read them with `longTasks(page)`.
 */
export async function watchLongTasks(demo: Locator): Promise<void> {
  await demo.evaluate((element) => {
    const state = { tasks: [] as number[], from: Infinity, to: Infinity };
    (window as unknown as { longTaskWatch: typeof state }).longTaskWatch = state;
    element.addEventListener('demo-progress', (event) => {
      if ((event as CustomEvent).detail.epoch > 0 && state.from === Infinity) state.from = performance.now();
    });
    element.addEventListener('demo-done', () => (state.to = performance.now()));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= state.from && entry.startTime <= state.to) state.tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}

export const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTaskWatch: { tasks: number[] } }).longTaskWatch.tasks);

/**
 * The main-thread budget a training run must keep, over the whole fixed run: no single task may
 * hold back a click for more than 100 ms (RAIL's response budget), and the blocking time added up
 * (each long task's time past 50 ms, as Lighthouse's TBT counts it) stays under 200 ms. A run that
 * trained in one long task, or in many 60 ms ones, fails; one stretched chunk on a busy 2-core
 * machine does not.
 */
export const MAIN_THREAD_BUDGET = { longestTaskMs: 100, totalBlockingMs: 200 };

export function mainThreadUse(tasks: number[]): { longestTaskMs: number; totalBlockingMs: number } {
  return {
    longestTaskMs: Math.max(0, ...tasks),
    totalBlockingMs: tasks.reduce((total, duration) => total + Math.max(0, duration - 50), 0),
  };
}

/** Opens every folded answer (<Answer>, "정답 보기"): a demo inside a closed <details> never comes into view. */
export const openAnswers = (page: Page) =>
  page.locator('details.answer > summary').evaluateAll((summaries) => summaries.forEach((summary) => (summary as HTMLElement).click()));
