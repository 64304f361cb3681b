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

// Epochs: the full lecture run where it takes seconds; autodiff on GPU backends costs ~5 ms per
// epoch under SwiftShader, so it runs 300 epochs against a 300-epoch reference.
const cases: Array<[string, CaseConfig['mode'], CaseConfig['loss'], number]> = [
  ['wasm', 'fused', 'bce', 10000],
  ['wasm', 'autodiff', 'mse', 10000],
  ['webgl', 'fused', 'bce', 10000],
  ['webgl', 'fused', 'mse', 3000],
  ['webgl', 'autodiff', 'bce', 300],
];

describe('engine in Chromium', () => {
  test.each(cases)('%s %s %s, %i epochs, agrees with the reference', async (backend, mode, loss, epochs) => {
    const result = await run({ backend: backend as CaseConfig['backend'], mode, loss, n: 2000, epochs });
    console.log(`${backend} ${mode} ${loss} ${epochs}: ${result.ms.toFixed(0)} ms (${result.ratio.toFixed(1)}× floor), error ${result.maxParamError.toExponential(1)}, dispatches/epoch ${result.dispatchesPerEpoch}`);
    expectAgreement(result, backend);
    if (backend === 'webgl' && mode === 'fused') expect(result.dispatchesPerEpoch).toBeLessThanOrEqual(2);
  });

  test('webgpu fused (lecture run) agrees with the reference', async (context) => {
    if (webgpuAdapter === null) {
      console.log('SKIPPED webgpu: navigator.gpu has no adapter in this Chromium');
      context.skip();
    }
    console.log(`webgpu adapter: ${webgpuAdapter}`);
    for (const loss of ['bce', 'mse'] as const) {
      const result = await run({ backend: 'webgpu', mode: 'fused', loss, n: 2000, epochs: 10000 });
      console.log(`webgpu fused ${loss}: ${result.ms.toFixed(0)} ms (${result.ratio.toFixed(1)}× floor), dispatches/epoch ${result.dispatchesPerEpoch}`);
      expectAgreement(result, 'webgpu');
      expect(result.dispatchesPerEpoch).toBeLessThanOrEqual(2);
    }
  });

  test('divergence in the browser is an error with the Korean message first', async () => {
    const result = await run({ backend: 'webgl', mode: 'fused', loss: 'bce', n: 2000, epochs: 50, lr: 1e6 });
    expect(result.status).toBe('error');
    expect(result.error).toMatch(/^발산했습니다 \(epoch 1\)/);
    expect(result.leakedTensors).toBe(0);
  });
});
