// Same code, same numbers, in real Chromium: a demo with seed="S" holds the data PyTorch draws
// after torch.manual_seed(S) in the lecture's cell, starts from the nn.Linear(1, 1) PyTorch
// creates next, and after 10000 epochs lands within 5e-5 of PyTorch's trained parameters, on
// every tfjs backend. Expected values: src/data/torch/lecture.json (real PyTorch 1.13).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { distDir } from '../support/site';
import type { DemoDetail } from '../support/demo-page';
import { hexValue, readLectureRuns, toBits, toHex } from '../support/torch-fixtures';
import compareRuns from '../../src/data/runs/02-bce-vs-mse.json';

const fixture = readLectureRuns();
const TOLERANCE = 5e-5;
const hostPath = '/pytorch-parity/';
const hostPage = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>PyTorch</title></head>
<body><main id="demos"></main><script type="module" src="/embed/demos.js"></script></body></html>`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(distDir, { pages: { [hostPath]: hostPage } });
  browser = await launchChromium(); // SwiftShader: WebGL and WebGPU exist
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openHost(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.origin + hostPath);
  return { page, problems };
}

/** Puts one demo element with these attributes on the page (replacing the previous one). */
async function placeDemo(page: Page, tag: string, attributes: Record<string, string>): Promise<void> {
  await page.evaluate(async ({ tag, attributes }) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.getElementById('demos')!.replaceChildren(element);
    await customElements.whenDefined(tag);
  }, { tag, attributes });
}

describe('<logistic-data-demo seed="S">', () => {
  it('getData() returns PyTorch\'s X and y for every seed and n in the fixtures', async () => {
    const { page, problems } = await openHost();
    for (const c of fixture.cases) {
      await placeDemo(page, 'logistic-data-demo', { seed: String(c.seed), n: String(c.n) });
      const data = await page.locator('logistic-data-demo').evaluate((element) => (element as HTMLElement & { getData(): { x: number[]; y: number[] } }).getData());
      expect(toHex(data.x), `X for seed ${c.seed}, n ${c.n}`).toEqual(c.x);
      expect(toBits(data.y), `y for seed ${c.seed}, n ${c.n}`).toBe(c.y);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** WebGPU exists in this Chromium only where SwiftShader's Vulkan adapter comes up; the test says so when it skips. */
async function skipWithoutWebGPU(page: Page, backend: string, skip: () => void): Promise<void> {
  if (backend === 'webgpu' && !(await page.evaluate(async () => Boolean(await navigator.gpu?.requestAdapter())))) {
    console.log('SKIPPED webgpu: navigator.gpu has no adapter in this Chromium');
    await page.close();
    skip();
  }
}

/** Starts the demo on the page and resolves with the detail of its demo-done (or demo-error). */
function playToEnd(page: Page, tag: string): Promise<{ type: string; detail: DemoDetail }> {
  return page.locator(tag).evaluate(async (element: HTMLElement & { start(): Promise<void> }) => new Promise((resolve) => {
    for (const type of ['demo-done', 'demo-error']) {
      element.addEventListener(type, (event) => resolve({ type, detail: (event as CustomEvent).detail }), { once: true });
    }
    void element.start();
  }));
}

// 05wk-1's 시각화 1–4 (MSE and BCE from the good and the bad start, SGD) and its homework (the
// same with Adam), as lecture 2 shows them: PyTorch's numbers from src/data/runs/02-bce-vs-mse.json.
describe('<loss-compare-demo> from 05wk-1\'s starts, 1000 epochs, SGD and Adam', () => {
  const backends = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
  const starts = { good: { 'init-w0': '-3', 'init-w1': '-1' }, bad: { 'init-w0': '-10', 'init-w1': '-1' } };
  const cases = backends.flatMap((backend) => (['sgd', 'adam'] as const).flatMap((optimizer) => (['good', 'bad'] as const).map((start) => [backend, optimizer, start] as const)));

  it.for(cases)('on %s, %s from the %s start: BCE and MSE end within 5e-5 of PyTorch', async ([backend, optimizer, start], context) => {
    const { page, problems } = await openHost();
    await skipWithoutWebGPU(page, backend, () => context.skip());
    await placeDemo(page, 'loss-compare-demo', { ...starts[start], epochs: '1000', optimizer, backend, speed: '500' });
    const end = await playToEnd(page, 'loss-compare-demo');
    expect(end.type, end.detail.message).toBe('demo-done');
    for (const loss of ['bce', 'mse'] as const) {
      const ours = end.detail.runs![loss];
      const torch = compareRuns.runs[optimizer].results[`${loss}_${start}`];
      expect(ours.backend).toBe(backend);
      expect(ours.epoch).toBe(1000);
      expect(Math.abs(ours.w0 - torch.w0), `${loss} ŵ0`).toBeLessThan(TOLERANCE);
      expect(Math.abs(ours.w1 - torch.w1), `${loss} ŵ1`).toBeLessThan(TOLERANCE);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('<logistic-train-demo seed="S"> for 10000 epochs', () => {
  const runs: Array<[string, number]> = [['webgpu', 43052], ['webgl', 43052], ['wasm', 43052], ['cpu', 43052], ['wasm', 7], ['cpu', 2022]];

  it.for(runs)('on %s, seed %i: starts at PyTorch\'s initial weights and ends within 5e-5 of PyTorch', async ([backend, seed], context) => {
    const c = fixture.cases.find((k) => k.seed === seed && k.n === 2000)!;
    const { page, problems } = await openHost();
    await skipWithoutWebGPU(page, backend, () => context.skip());
    // speed (epochs per frame) only paces the animation; SwiftShader's software raster makes each
    // frame slow here, so fewer, larger chunks keep the run short. The numbers do not depend on it.
    await placeDemo(page, 'logistic-train-demo', { seed: String(seed), backend, speed: '2500' });
    const events = await page.locator('logistic-train-demo').evaluate(async (element: HTMLElement & { start(): Promise<void> }) => {
      const seen: Array<{ type: string; detail: DemoDetail }> = [];
      return new Promise<typeof seen>((resolve) => {
        element.addEventListener('demo-progress', (event) => seen.push({ type: 'progress', detail: (event as CustomEvent).detail }));
        for (const type of ['demo-done', 'demo-error']) {
          element.addEventListener(type, (event) => resolve([...seen, { type, detail: (event as CustomEvent).detail }]), { once: true });
        }
        void element.start();
      });
    });
    const first = events[0].detail;
    const last = events.at(-1)!;
    expect(last.type, last.detail.message).toBe('demo-done');
    expect(last.detail.backend).toBe(backend);
    expect(first.epoch).toBe(0);
    expect({ w1: toHex([first.w1])[0], w0: toHex([first.w0])[0] }).toEqual(c.init);
    const torch = c.bce.find((s) => s.epochs === 10000)!;
    expect(last.detail.epoch).toBe(10000);
    expect(Math.abs(last.detail.w1 - hexValue(torch.w1))).toBeLessThan(TOLERANCE);
    expect(Math.abs(last.detail.w0 - hexValue(torch.w0))).toBeLessThan(TOLERANCE);
    expect(problems).toEqual([]);
    await page.close();
  });
});
