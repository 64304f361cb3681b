// The lecture's step 1–4 cell (BCE, n = 2000, 10 000 epochs) through the Python interpreter,
// interpreted and compiled (loop tracing), in Node and in a Chromium Web Worker, each as a
// ratio to PyTorch's own loop (1 thread) timed in the same run. Runs are interleaved ROUNDS
// times and medians compared, since the machine is shared; CPU time of the Node process is
// reported next to wall time for the same reason. Ratios < 1 mean faster than PyTorch.
//
//   node bench/cell-bench.mjs            (EPOCHS=10000 ROUNDS=3 CHROMIUM=1 by default)
//   npm run bench                        (calls runCellBench() at the end)
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openWorkerPage } from './harness/worker-page.mjs';
import { pytorchBaseline } from './pytorch-baseline.mjs';

const harness = (name) => fileURLToPath(new URL(`./harness/${name}`, import.meta.url));
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

async function bundles() {
  const dir = await mkdtemp(join(tmpdir(), 'cell-bench-'));
  await build({ entryPoints: [harness('cell-case.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'case.mjs'), logLevel: 'warning' });
  await build({ entryPoints: [harness('cell-worker.ts')], bundle: true, platform: 'browser', format: 'iife', outfile: join(dir, 'worker.js'), logLevel: 'warning' });
  return dir;
}

/** A page whose worker runs the cell; null when Chromium cannot start here. */
async function chromiumWorker(dir) {
  try {
    const { page, close } = await openWorkerPage(await readFile(join(dir, 'worker.js')), 'cell bench');
    const run = (epochs, compiled) =>
      page.evaluate(
        ({ epochs, compiled }) =>
          new Promise((resolve) => {
            const w = new Worker('/worker.js');
            w.onmessage = (e) => {
              w.terminate();
              resolve(e.data);
            };
            w.postMessage({ epochs, compiled });
          }),
        { epochs, compiled },
      );
    return { run, close };
  } catch (error) {
    console.error(`  cell bench: Chromium worker skipped (${String(error).split('\n')[0]})`);
    return null;
  }
}

export async function runCellBench({ epochs = Number(process.env.EPOCHS ?? 10000), rounds = Number(process.env.ROUNDS ?? 3), withChromium = process.env.CHROMIUM !== '0' } = {}) {
  const dir = await bundles();
  const { runLectureCell } = await import(pathToFileURL(join(dir, 'case.mjs')).href);
  const browser = withChromium ? await chromiumWorker(dir) : null;
  const runs = {
    'node interpreted': () => runLectureCell(epochs, false),
    'node compiled': () => runLectureCell(epochs, true),
    ...(browser && {
      'chromium worker interpreted': () => browser.run(epochs, false),
      'chromium worker compiled': () => browser.run(epochs, true),
    }),
  };
  const times = Object.fromEntries(Object.keys(runs).map((k) => [k, { ms: [], cpuMs: [], last: null }]));
  const torch = { ms: [], last: null };
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(runs)) {
      const cpu = process.cpuUsage();
      const r = await fn();
      const used = process.cpuUsage(cpu);
      if (r.error) throw new Error(`${name}: ${r.error}`);
      times[name].ms.push(r.ms);
      if (name.startsWith('node')) times[name].cpuMs.push((used.user + used.system) / 1000);
      times[name].last = r;
      console.error(`  cell bench round ${round + 1}: ${name} ${r.ms.toFixed(0)} ms${r.compiled ? ' (compiled)' : ''}`);
    }
    const p = await pytorchBaseline({ n: 2000, epochs, loss: 'bce' });
    if (p) {
      torch.ms.push(p.ms);
      torch.last = p;
      console.error(`  cell bench round ${round + 1}: pytorch ${p.ms.toFixed(0)} ms`);
    }
  }
  await browser?.close();
  const torchMs = median(torch.ms);
  const rows = Object.entries(times).map(([name, t]) => ({
    run: name, ms: median(t.ms), cpuMs: median(t.cpuMs), ratio: torchMs ? median(t.ms) / torchMs : null,
    compiled: t.last.compiled, reason: t.last.reason, w1: t.last.w1, w0: t.last.w0,
  }));
  const fmt = (v, d = 0) => (v === null || v === undefined ? '–' : v.toFixed(d));
  const lines = [
    `\nLecture step 1–4 cell through the interpreter (BCE, n = 2000, ${epochs} epochs; median of ${rounds} interleaved rounds)`,
    '| run | ms | Node CPU ms | × PyTorch | traced | ŵ1 | ŵ0 |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.run} | ${fmt(r.ms)} | ${fmt(r.cpuMs)} | ${fmt(r.ratio, 2)} | ${r.compiled ? 'compiled' : `no${r.reason && r.reason !== 'not traced' ? ` (${r.reason})` : ''}`} | ${r.w1.toFixed(6)} | ${r.w0.toFixed(6)} |`),
    torchMs
      ? `| pytorch ${torch.last.torch} (1 thread) | ${fmt(torchMs)} | – | 1.00 | – | ${torch.last.w1.toFixed(6)} | ${torch.last.w0.toFixed(6)} |`
      : '| pytorch | skipped: no python3 with torch | | | | | |',
  ];
  console.log(lines.join('\n'));
  const report = { date: new Date().toISOString(), node: process.version, epochs, rounds, pytorch: torch.last && { ...torch.last, medianMs: torchMs }, rows };
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(new URL('./results/cell-latest.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runCellBench();
