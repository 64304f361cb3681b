// The training engine in real Chromium (SwiftShader for WebGL/WebGPU): every backend the
// machine offers trains the lecture's model and agrees with the float64 reference.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { buildHarness } from '../../bench/harness/build.mjs';
import type { CaseConfig, CaseResult } from '../../bench/harness/engine-case';

let browser: Browser;
let server: StaticServer;
let page: Page;
let webgpuAdapter: string | null = null;

beforeAll(async () => {
  const { web } = (await buildHarness()) as { web: string };
  server = await serveStatic(web);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  webgpuAdapter = await page.evaluate(() => window.webgpuAdapter());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const run = (config: CaseConfig): Promise<CaseResult> => page.evaluate((c) => window.runCase(c), config);

function expectAgreement(result: CaseResult, backend: string): void {
  expect(result.error).toBeNull();
  expect(result.status).toBe('done');
  expect(result.actualBackend).toBe(backend);
  expect(result.maxParamError).toBeLessThan(1e-3);
  expect(result.leakedTensors).toBe(0);
}

// Epochs: the full lecture run where it takes seconds.
const cases: Array<[string, CaseConfig['loss'], number]> = [
  ['wasm', 'bce', 10000],
  ['wasm', 'mse', 10000],
  ['webgl', 'bce', 10000],
  ['webgl', 'mse', 3000],
];

describe('engine in Chromium', () => {
  test.each(cases)('%s %s, %i epochs, agrees with the reference', async (backend, loss, epochs) => {
    const result = await run({ backend: backend as CaseConfig['backend'], loss, n: 2000, epochs });
    console.log(`${backend} ${loss} ${epochs}: ${result.ms.toFixed(0)} ms (${result.ratio.toFixed(1)}× floor), error ${result.maxParamError.toExponential(1)}, dispatches/epoch ${result.dispatchesPerEpoch}`);
    expectAgreement(result, backend);
    if (backend === 'webgl') expect(result.dispatchesPerEpoch).toBeLessThanOrEqual(2);
  });

  test('webgpu (lecture run) agrees with the reference', async (context) => {
    if (webgpuAdapter === null) {
      console.log('SKIPPED webgpu: navigator.gpu has no adapter in this Chromium');
      context.skip();
    }
    console.log(`webgpu adapter: ${webgpuAdapter}`);
    for (const loss of ['bce', 'mse'] as const) {
      const result = await run({ backend: 'webgpu', loss, n: 2000, epochs: 10000 });
      console.log(`webgpu ${loss}: ${result.ms.toFixed(0)} ms (${result.ratio.toFixed(1)}× floor), dispatches/epoch ${result.dispatchesPerEpoch}`);
      expectAgreement(result, 'webgpu');
      expect(result.dispatchesPerEpoch).toBeLessThanOrEqual(2);
    }
  });

  test('divergence in the browser is an error with the Korean message first', async () => {
    const result = await run({ backend: 'webgl', loss: 'bce', n: 2000, epochs: 50, lr: 1e6 });
    expect(result.status).toBe('error');
    expect(result.error).toMatch(/^발산했습니다 \(epoch 1\)/);
    expect(result.leakedTensors).toBe(0);
  });
});
