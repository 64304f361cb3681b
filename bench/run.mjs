// npm run bench: training-engine speed in headless Chromium (SwiftShader WebGL/WebGPU, WASM, CPU)
// and in Node (cpu, wasm). Prints a table and writes bench/results/latest.json.
//
// Rows: the lecture run (BCE, n = 2000, lr 0.05, 10000 epochs) per backend, then n = 10^4, 10^5,
// 10^6. To keep the whole bench under ~10 minutes on two cores, the large-n rows run fewer
// epochs (column "epochs"); every ratio compares against the plain-JS float64 reference timed on
// the same data, same epochs, same page (or same Node process). When a python3 with torch is
// installed, the lecture's own PyTorch loop (BCE, n = 2000, 10000 epochs, 1 thread) is timed in
// the same run and every lecture row is also quoted as a ratio to it (per epoch). Then the
// lecture cell (bench/cell-bench.mjs) and the course's nets (bench/net-bench.mjs: bench/nets/*.py
// in a Chromium worker, traced and untraced, beside the same programs in PyTorch) run as cells.
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { buildHarness } from './harness/build.mjs';
import { pytorchBaseline } from './pytorch-baseline.mjs';
import { demoTable, runDemoBench, serveFolder } from './demo-bench.mjs';
import { existsSync } from 'node:fs';

const chromiumArgs = [
  '--no-sandbox', '--headless', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--enable-unsafe-webgpu', '--enable-features=Vulkan',
  '--use-vulkan=swiftshader', '--use-webgpu-adapter=swiftshader',
];

const lecture = { loss: 'bce', n: 2000 };
const browserCases = [];
for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu']) {
  browserCases.push({ ...lecture, backend, epochs: 10000, table: 'lecture' });
}
for (const [n, epochs] of [[1e4, 1000], [1e5, 100], [1e6, 20]]) {
  for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu']) browserCases.push({ loss: 'bce', n, backend, epochs, table: 'scaling' });
}
const nodeCases = [];
for (const backend of ['wasm', 'cpu']) {
  nodeCases.push({ ...lecture, backend, epochs: 10000, table: 'lecture' });
}

const { createServer } = await import('node:http');
const { readFile } = await import('node:fs/promises');
const { join, extname } = await import('node:path');

const started = Date.now();
const harness = await buildHarness();
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  try {
    const path = new URL(req.url, 'http://x').pathname;
    const body = await readFile(join(harness.web, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const rows = [];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs, headless: true });
const userAgent = browser.version();
for (const config of browserCases) {
  // A fresh page per case: no backend state or cached programs carried between rows.
  const page = await browser.newPage();
  await page.goto(`${origin}/index.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const { table, ...caseConfig } = config;
  const result = await page.evaluate((c) => window.runCase(c), caseConfig).catch((error) => ({ ...caseConfig, error: String(error), status: 'crashed' }));
  rows.push({ where: 'chromium', table, ...result });
  progress(rows.at(-1));
  await page.close();
}
// The demos as a reader presses them, in the built site (npm run build first), same browser.
let demoRows = [];
if (existsSync('dist/index.html')) {
  const site = await serveFolder('dist');
  demoRows = await runDemoBench({
    browser, siteOrigin: site.origin, harnessOrigin: origin,
    log: (row) => console.error(`  demo ${row.demo} ${row.backend}: ${row.ms?.toFixed(0)} ms (${row.outcome}) engine ${row.engineMs?.toFixed(0) ?? '–'} ms`),
  });
  await site.close();
} else {
  console.error('  dist/ is missing: run `npm run build` for the demo rows');
}
await browser.close();
server.close();

const { runCase } = await import(harness.node);
for (const config of nodeCases) {
  const { table, ...caseConfig } = config;
  const wasmPaths = new URL('../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url).pathname;
  const result = await runCase({ ...caseConfig, wasmPaths }).catch((error) => ({ ...caseConfig, error: String(error), status: 'crashed' }));
  rows.push({ where: 'node', table, ...result });
  progress(rows.at(-1));
}

// After the browser and Node rows, so PyTorch's one thread does not compete with them.
const pytorch = await pytorchBaseline({ n: lecture.n, epochs: 10000, loss: lecture.loss });
if (pytorch) console.error(`  pytorch ${pytorch.torch} (1 thread): ${pytorch.ms.toFixed(0)} ms`);

function progress(row) {
  console.error(`  ${row.where} ${row.backend} n=${row.n}: ${row.ms?.toFixed(0)} ms ${row.error ?? ''}`);
}

const fmt = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '–' : typeof v === 'number' ? v.toFixed(digits) : String(v));
function table(title, list) {
  const header = ['where', 'backend', 'n', 'epochs', 'ms', 'floor ms', '× floor', 'kernels/ep', 'dispatches/ep', 'readbacks', 'long tasks', 'max |Δw|'];
  const lines = list.map((r) => [r.where, r.actualBackend ?? r.backend, r.n, r.epochs, fmt(r.ms, 0), fmt(r.referenceMs, 0), fmt(r.ratio, 2),
    fmt(r.kernelsPerEpoch, 2), fmt(r.dispatchesPerEpoch, 2), fmt(r.readbacks, 0), r.longTasks === null ? 'n/a' : `${r.longTasks} (max ${fmt(r.longestTaskMs, 0)} ms)`,
    r.error ? `ERROR ${r.error.slice(0, 40)}` : fmt(r.maxParamError, 7)]);
  const out = [`\n${title}`, `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((l) => `| ${l.join(' | ')} |`)];
  console.log(out.join('\n'));
}
table('Lecture run (BCE, n = 2000, lr 0.05, 10000 epochs)', rows.filter((r) => r.table === 'lecture'));
table('n-scaling (BCE; epochs reduced for large n, ratios against the floor at the same epochs)', rows.filter((r) => r.table === 'scaling'));
pytorchTable(rows.filter((r) => r.table === 'lecture'));

function pytorchTable(list) {
  if (!pytorch) {
    console.log('\nPyTorch-relative table skipped: no python3 with torch on this machine (Debian: apt-get install python3-torch).');
    return;
  }
  const perEpoch = pytorch.ms / pytorch.epochs;
  console.log(`\nLecture run relative to PyTorch ${pytorch.torch} (CPU, 1 thread, same loop): ${fmt(pytorch.ms, 0)} ms for ${pytorch.epochs} epochs = ${fmt(1000 * perEpoch, 1)} µs/epoch; ends at w1 = ${pytorch.w1.toFixed(6)}, w0 = ${pytorch.w0.toFixed(6)}`);
  const header = ['where', 'backend', 'epochs', 'engine ms', 'µs/epoch', '× PyTorch', '|Δw| vs PyTorch'];
  const sameRun = (r) => r.epochs === pytorch.epochs && r.n === pytorch.n && Number.isFinite(r.w0);
  const lines = list.map((r) => [r.where, r.actualBackend ?? r.backend, r.epochs, fmt(r.ms, 0), fmt((1000 * r.ms) / r.epochs, 1),
    fmt(r.ms / r.epochs / perEpoch, 2), sameRun(r) ? fmt(Math.max(Math.abs(r.w0 - pytorch.w0), Math.abs(r.w1 - pytorch.w1)), 7) : '–']);
  const out = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((l) => `| ${l.join(' | ')} |`)];
  console.log(out.join('\n'));
}

if (demoRows.length > 0) {
  // × PyTorch: the demo's press-play-to-done time against PyTorch doing the same job (the compare
  // demo trains twice, BCE and MSE, so it is measured against two PyTorch loops).
  if (pytorch) for (const row of demoRows.filter((r) => r.epochs > 0)) row.pytorchRatio = row.ms / (pytorch.ms * (row.demo === 'loss-compare-demo' ? 2 : 1));
  console.log('\nDemos: press ▶ → demo-done in the built lecture page (n 2000, 10000 epochs), beside the engine alone on the same job; targets in the headers');
  console.log(demoTable(demoRows));
}

await (await import('./cell-bench.mjs')).runCellBench(); // the lecture cell, interpreted and compiled (bench/cell-bench.mjs)
await (await import('./net-bench.mjs')).runNetBench(); // the course's nets in a worker beside PyTorch (bench/net-bench.mjs)
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
const report = { date: new Date().toISOString(), chromium: userAgent, node: process.version, totalSeconds: (Date.now() - started) / 1000, pytorch, rows, demos: demoRows };
await writeFile(new URL('./results/latest.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
console.log(`\nwrote bench/results/latest.json in ${report.totalSeconds.toFixed(0)} s`);
