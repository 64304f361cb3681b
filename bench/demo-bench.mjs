// The demo-level bench: what a reader waits for. For each training demo of the built lecture
// page and each backend, the wall time from pressing ▶ to demo-done, beside the engine alone
// doing the same job (same backend, same n and epochs, a fresh page, no UI) in the same run;
// plus the frames in which the demo drew something, long tasks while training and the longest.
// Also the data demo's redraw after "새 데이터 뽑기". Needs `npm run build`.
//
// Used by bench/run.mjs (section "Demos"); alone: `npm run bench:demos`.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.json': 'application/json' };

/** Serves a folder on 127.0.0.1 (port 0); resolves with its origin and a close(). */
export async function serveFolder(folder) {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    try {
      let file = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
      if (!file.startsWith(root)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

export const DEMO_BACKENDS = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'];
/** The lecture's settings: n 2000, 10 000 epochs (the demos' defaults). */
export const DEMO_CASES = [
  { demo: 'logistic-train-demo', selector: '#logistic-train-1', losses: ['bce'] },
  { demo: 'loss-compare-demo', selector: '#loss-compare-1', losses: ['bce', 'mse'] },
];
export const LECTURE_PATH = '/lectures/01-logistic-regression/';

/**
 * Runs in the page: loads the demo (as scrolling to it does), then presses ▶ and watches until
 * demo-done / demo-error or `timeoutMs`.
 */
async function pressPlayAndWatch({ selector, backend, timeoutMs }) {
  const demo = document.querySelector(selector);
  if (backend === 'auto') demo.removeAttribute('backend');
  else demo.setAttribute('backend', backend);
  demo.scrollIntoView();
  await customElements.whenDefined(demo.localName);
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const loadDeadline = performance.now() + 30_000;
  while (!demo.shadowRoot?.querySelector('button.ll-primary')) {
    if (performance.now() > loadDeadline) return { error: 'demo did not load' };
    await frame();
  }
  // Let the demo finish what it draws after loading (the compare demo's landscapes).
  for (let i = 0; i < 5; i++) await frame();
  await new Promise((done) => requestIdleCallback(() => done(), { timeout: 2000 }));

  let frames = 0;
  let changed = false;
  let drawnFrames = 0;
  let watching = true;
  const countFrames = () => {
    if (!watching) return;
    frames++;
    if (changed) drawnFrames++;
    changed = false;
    requestAnimationFrame(countFrames);
  };
  const mutations = new MutationObserver(() => (changed = true));
  mutations.observe(demo.shadowRoot, { subtree: true, attributes: true, childList: true, characterData: true });
  const longTasks = [];
  let trainingFrom = Infinity;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask' });
  let lastEpoch = 0;
  demo.addEventListener('demo-progress', (event) => {
    lastEpoch = Math.max(lastEpoch, event.detail.epoch);
    if (event.detail.epoch > 0 && trainingFrom === Infinity) trainingFrom = performance.now();
  });
  const t0 = performance.now();
  requestAnimationFrame(countFrames);
  const outcome = await new Promise((done) => {
    demo.addEventListener('demo-done', (event) => done({ type: 'done', detail: event.detail }), { once: true });
    demo.addEventListener('demo-error', (event) => done({ type: 'error', detail: event.detail }), { once: true });
    setTimeout(() => done({ type: 'timeout' }), timeoutMs);
    demo.shadowRoot.querySelector('button.ll-primary').click();
  });
  const ms = performance.now() - t0;
  const trainingMs = performance.now() - trainingFrom;
  watching = false;
  mutations.disconnect();
  await frame();
  longTasks.push(...observer.takeRecords().map((entry) => ({ start: entry.startTime, duration: entry.duration })));
  observer.disconnect();
  const during = longTasks.filter((task) => task.start >= trainingFrom && task.start <= t0 + ms);
  demo.shadowRoot.querySelector('button.ll-primary')?.textContent.includes('❚❚') && demo.pause();
  return {
    outcome: outcome.type,
    message: outcome.detail?.message,
    ms,
    epoch: outcome.detail?.epoch ?? lastEpoch,
    actualBackend: outcome.detail?.backend ?? demo.shadowRoot.querySelector('.ll-backend')?.textContent ?? null,
    backendNote: demo.shadowRoot.querySelector('[data-role="backend-choice"]')?.textContent ?? null,
    trainingMs,
    frames,
    drawnFrames,
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    longTasksAll: longTasks.length,
  };
}

/** Runs in the page: "새 데이터 뽑기" on the data demo, until the new scatter is on screen. */
async function redrawDataDemo({ selector }) {
  const demo = document.querySelector(selector);
  demo.scrollIntoView();
  await customElements.whenDefined(demo.localName);
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  while (!demo.shadowRoot?.querySelector('button')) await frame();
  for (let i = 0; i < 3; i++) await frame();
  // The scatter is a group of density paths (scatter-density.ts): new data means new markup.
  const scatterMarkup = () => demo.shadowRoot.querySelector('[data-role="scatter"]')?.innerHTML;
  const before = scatterMarkup();
  if (before === undefined) return { outcome: 'no scatter found' };
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  demo.shadowRoot.querySelector('button').click();
  const deadline = performance.now() + 30_000;
  while (scatterMarkup() === before) {
    if (performance.now() > deadline) return { outcome: 'timeout' };
    await frame();
  }
  await frame();
  const ms = performance.now() - t0;
  longTasks.push(...observer.takeRecords().map((entry) => entry.duration));
  observer.disconnect();
  return { outcome: 'done', ms, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) };
}

/**
 * The demo rows. `browser` is a Chromium with SwiftShader WebGL/WebGPU; `siteOrigin` serves
 * dist/, `harnessOrigin` the engine harness (bench/harness).
 */
export async function runDemoBench({ browser, siteOrigin, harnessOrigin, timeoutMs = 120_000, backends = DEMO_BACKENDS, log = () => {} }) {
  const rows = [];
  for (const backend of backends) {
    for (const demoCase of DEMO_CASES) {
      const enginePage = await browser.newPage();
      await enginePage.goto(`${harnessOrigin}/index.html`);
      await enginePage.waitForSelector('body[data-ready="true"]');
      const engine = await enginePage
        .evaluate((job) => window.runEngineJob(job), { backend, losses: demoCase.losses, n: 2000, epochs: 10_000 })
        .catch((error) => ({ ms: NaN, error: String(error) }));
      await enginePage.close();

      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${siteOrigin}${LECTURE_PATH}`, { waitUntil: 'networkidle' });
      // The homework's compare demo is folded under 정답 보기 (<Answer>): open it as a reader would.
      await page.evaluate(() => document.querySelectorAll('details.answer').forEach((details) => (details.open = true)));
      const demo = await page
        .evaluate(pressPlayAndWatch, { selector: demoCase.selector, backend, timeoutMs })
        .catch((error) => ({ outcome: 'crashed', message: String(error) }));
      await context.close();
      const row = {
        demo: demoCase.demo, backend, n: 2000, epochs: 10_000, ...demo,
        engineMs: engine.ms, engineBackend: engine.backend ?? null, ratio: demo.ms / engine.ms,
        framesPerSecond: demo.drawnFrames / (demo.trainingMs / 1000),
      };
      rows.push(row);
      log(row);
    }
  }
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${siteOrigin}${LECTURE_PATH}`, { waitUntil: 'networkidle' });
  const redraw = await page.evaluate(redrawDataDemo, { selector: '#logistic-data-1' }).catch((error) => ({ outcome: 'crashed', message: String(error) }));
  await context.close();
  rows.push({ demo: 'logistic-data-demo (새 데이터)', backend: '–', n: 2000, epochs: 0, ...redraw });
  log(rows.at(-1));
  return rows;
}

/** Targets of issue 9, per row: the reader's time and the UI's share of it. */
export function demoTargets(row) {
  if (row.demo === 'logistic-train-demo') return { maxMs: row.backend === 'webgl' ? 15_000 : 3_000, maxRatio: 1.5 };
  if (row.demo === 'loss-compare-demo') return { maxMs: row.backend === 'webgl' ? 30_000 : 6_000, maxRatio: 1.5 };
  return { maxMs: null, maxRatio: null };
}

const fmt = (value, digits = 0) => (value === null || value === undefined || Number.isNaN(value) ? '–' : typeof value === 'number' ? value.toFixed(digits) : String(value));

/** The markdown table of the demo rows, with the targets and whether each is met. */
export function demoTable(rows) {
  const header = ['demo', 'backend', 'used', 'play → done ms', 'target ms', 'engine ms', '× engine (≤ 1.5)', '× PyTorch', 'frames drawn/s (≥ 20)', 'long tasks (= 0)', 'longest ms', 'result'];
  const lines = rows.map((row) => {
    const target = demoTargets(row);
    const met = row.outcome === 'done' && (target.maxMs === null || row.ms <= target.maxMs) && (target.maxRatio === null || row.ratio <= target.maxRatio)
      && (row.longTasks ?? 0) === 0 && (row.framesPerSecond === undefined || row.framesPerSecond >= 20);
    const reached = row.outcome === 'done' ? '' : ` (${row.outcome}${row.epoch !== undefined ? ` at epoch ${row.epoch}` : ''})`;
    return [row.demo, row.backend, row.actualBackend ?? '–', `${fmt(row.ms)}${reached}`, fmt(target.maxMs), fmt(row.engineMs), fmt(row.ratio, 2), fmt(row.pytorchRatio, 2),
      fmt(row.framesPerSecond, 0), fmt(row.longTasks), fmt(row.longestTaskMs), met ? 'ok' : 'MISSED'];
  });
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((line) => `| ${line.join(' | ')} |`)].join('\n');
}

export const swiftShaderArgs = [
  '--no-sandbox', '--headless', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--enable-unsafe-webgpu', '--enable-features=Vulkan',
  '--use-vulkan=swiftshader', '--use-webgpu-adapter=swiftshader',
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('playwright-core');
  const { buildHarness } = await import('./harness/build.mjs');
  const harness = await buildHarness();
  const site = await serveFolder('dist');
  const harnessServer = await serveFolder(harness.web);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: swiftShaderArgs, headless: true });
  const only = process.env.DEMO_BACKENDS?.split(',');
  const rows = await runDemoBench({
    browser, siteOrigin: site.origin, harnessOrigin: harnessServer.origin,
    timeoutMs: Number(process.env.DEMO_TIMEOUT_MS ?? 120_000), backends: only ?? DEMO_BACKENDS,
    log: (row) => console.error(`  ${row.demo} ${row.backend}: ${fmt(row.ms)} ms (${row.outcome}, epoch ${row.epoch}) engine ${fmt(row.engineMs)} ms, frames ${row.frames} drawn ${row.drawnFrames} in ${fmt(row.trainingMs)} ms`),
  });
  await browser.close();
  await site.close();
  await harnessServer.close();
  console.log(demoTable(rows));
  if (process.env.DEMO_JSON) (await import('node:fs')).writeFileSync(process.env.DEMO_JSON, JSON.stringify(rows, null, 2));
}
