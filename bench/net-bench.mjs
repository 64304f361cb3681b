// The course's nets (bench/nets/*.py, issue 20) as a reader runs them: each program's setup cell
// and then its training cell through the page's kernel runner in a Chromium Web Worker, with
// loop tracing ("traced") and without ("untraced"), beside the same program in PyTorch
// (torch.set_num_threads(1), OpenBLAS/OpenMP on one thread) timed in the same run. Runs are
// interleaved ROUNDS times and medians compared, since the machine may be shared. Every row
// also checks that the training cell printed PyTorch's final loss (the same float, so the same
// bits) — against one more, untimed PyTorch run with OpenBLAS's default threads: the page sums
// matrix products in the order OpenBLAS uses on a machine with two or more cores (this one,
// Colab; core/openblas-sgemm.ts), and OpenBLAS on one thread splits large products otherwise. A last, separate run per row samples the worker with the DevTools profiler and splits
// its time into the interpreter (src/lib/python), the tensor kernel (src/lib/torch, and the
// SIMD engine's WebAssembly), garbage collection, and the rest.
//
//   node bench/net-bench.mjs              (ROUNDS=3 NETS=a,b,c,d,e PROFILE=1 SIMD=1 by default)
//   SIMD=0 node bench/net-bench.mjs       (the core's JavaScript loops only: the engine off)
//   npm run bench                         (calls runNetBench() after the cell bench)
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openWorkerPage } from './harness/worker-page.mjs';

const NETS_DIR = fileURLToPath(new URL('./nets/', import.meta.url));
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

// The program in PyTorch: its first cell (up to '# %%') untimed, then the rest timed; stdout of
// the timed part captured, as the kernel's worker reports it.
const PYTORCH = String.raw`
import io, json, sys, time
from contextlib import redirect_stdout
import torch
torch.set_num_threads(1)
source = open(sys.argv[1], encoding='utf8').read()
setup, _, rest = source.partition('\n# %%\n')
env = {}
exec(compile(setup, '<cell 1>', 'exec'), env)
out = io.StringIO()
with redirect_stdout(out):
    start = time.perf_counter()
    exec(compile(rest, '<cell 2>', 'exec'), env)
    ms = (time.perf_counter() - start) * 1000
print(json.dumps({'ms': ms, 'stdout': out.getvalue(), 'torch': torch.__version__}))
`;

/** PyTorch's run of one program: timed on one thread, or as the goldens run it (`oneThread` false). */
function runPytorch(file, { oneThread = true } = {}) {
  return new Promise((resolve) => {
    const env = oneThread ? { ...process.env, OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' } : process.env;
    const child = spawn('/usr/bin/python3', ['-c', PYTORCH, file], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', () => resolve(null));
    child.on('close', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)));
      } catch {
        if (err) console.error(`  net bench: PyTorch failed on ${file}: ${err.trim().split('\n').at(-1)}`);
        resolve(null);
      }
    });
  });
}

async function workerBundle() {
  const dir = await mkdtemp(join(tmpdir(), 'net-bench-'));
  const file = join(dir, 'worker.js');
  await build({
    entryPoints: [fileURLToPath(new URL('./harness/net-worker.ts', import.meta.url))],
    bundle: true, platform: 'browser', format: 'iife', outfile: file, logLevel: 'warning',
  });
  return file;
}

/** Which part of the code a bundled line belongs to: esbuild marks each module with a `// path` comment. */
function moduleLines(bundle) {
  const starts = [];
  bundle.split('\n').forEach((line, i) => {
    const m = /^\s*\/\/ (src\/\S+|bench\/\S+|node_modules\/\S+)$/.exec(line);
    if (m) starts.push([i, m[1]]);
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) {
        found = starts[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/** Self time of a CPU profile split into interpreter / kernel / GC / other (natives count for their JS caller). */
function splitProfile(profile, moduleOf, workerUrl) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const categoryOf = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at).callFrame;
      if (functionName === '(garbage collector)') return 'gc';
      if (functionName === '(idle)' || functionName === '(program)') return 'other';
      if (url.startsWith('wasm://') || /^wasm-function/.test(functionName)) return 'kernel';
      if (url === workerUrl) {
        const path = moduleOf(lineNumber) ?? '';
        if (path.startsWith('src/lib/python/')) return 'interpreter';
        if (path.startsWith('src/lib/torch/')) return 'kernel';
        return 'other';
      }
    }
    return 'other';
  };
  const totals = { interpreter: 0, kernel: 0, gc: 0, other: 0 };
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totals[categoryOf(id)] += ms;
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = url === workerUrl ? moduleOf(lineNumber)?.split('/').pop() : url.split('/').pop();
    const key = `${functionName || '(anonymous)'} ${where ?? ''}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  if (process.env.DETAIL === '1') {
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.error(`    ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  }
  return totals;
}

/** A page whose workers run nets, and a DevTools session that can profile them; null when Chromium cannot start. */
async function chromiumWorkers(workerFile) {
  try {
    const worker = await readFile(workerFile);
    const { page, origin, version, close } = await openWorkerPage(worker, 'net bench');
    const cdp = await page.context().newCDPSession(page);
    // Workers attach to this session (non-flattened): messages to them go through Target.sendMessageToTarget.
    let workerSession = null;
    let nextId = 1;
    const pending = new Map();
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') workerSession = e.sessionId;
    });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const message = JSON.parse(e.message);
      if (message.id && pending.has(message.id)) {
        pending.get(message.id)(message.result ?? { error: message.error });
        pending.delete(message.id);
      }
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const toWorker = (method, params = {}) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        cdp.send('Target.sendMessageToTarget', { sessionId: workerSession, message: JSON.stringify({ id, method, params }) }).catch(() => resolve(null));
      });
    const run = async (job, { profile = false } = {}) => {
      workerSession = null;
      await page.evaluate(() => {
        window.netWorker?.terminate();
        window.netWorker = new Worker('/worker.js');
      });
      let profiling = false;
      if (profile) {
        for (let i = 0; i < 100 && !workerSession; i++) await new Promise((r) => setTimeout(r, 20));
        if (workerSession) {
          await toWorker('Profiler.enable');
          await toWorker('Profiler.setSamplingInterval', { interval: 500 });
          profiling = (await toWorker('Profiler.start')) !== null;
        }
      }
      const result = await page.evaluate(
        (j) =>
          new Promise((resolve) => {
            window.netWorker.onmessage = (e) => resolve(e.data);
            window.netWorker.postMessage(j);
          }),
        job,
      );
      if (profiling) {
        const stopped = await toWorker('Profiler.stop');
        if (stopped?.profile) result.split = splitProfile(stopped.profile, moduleLines(worker.toString()), `${origin}/worker.js`);
      }
      await page.evaluate(() => window.netWorker.terminate());
      return result;
    };
    return { run, version, close };
  } catch (error) {
    console.error(`  net bench: Chromium worker skipped (${String(error).split('\n')[0]})`);
    return null;
  }
}

export async function runNetBench({
  rounds = Number(process.env.ROUNDS ?? 3),
  nets = (process.env.NETS ?? 'a,b,c,d,e').split(','),
  profile = process.env.PROFILE !== '0',
  simd = process.env.SIMD !== '0',
} = {}) {
  const files = (await readdir(NETS_DIR)).filter((f) => f.endsWith('.py') && nets.includes(f[0])).sort();
  const browser = await chromiumWorkers(await workerBundle());
  if (!browser) return null;
  const rows = [];
  for (const file of files) {
    const source = await readFile(join(NETS_DIR, file), 'utf8');
    const title = source.split('\n')[0].replace(/^#\s*/, '');
    const times = { traced: [], untraced: [], pytorch: [] };
    const last = {};
    for (let round = 0; round < rounds; round++) {
      for (const mode of ['traced', 'untraced']) {
        const r = await browser.run({ source, traced: mode === 'traced', simd });
        if (r.error) throw new Error(`${file} ${mode}: ${r.error}`);
        times[mode].push(r.ms);
        last[mode] = r;
        console.error(`  net bench round ${round + 1}: ${file} ${mode} ${r.ms.toFixed(0)} ms${r.traced ? ' (traced)' : ` (${r.reason})`}`);
      }
      const p = await runPytorch(join(NETS_DIR, file));
      if (p) {
        times.pytorch.push(p.ms);
        last.pytorch = p;
        console.error(`  net bench round ${round + 1}: ${file} pytorch ${p.ms.toFixed(0)} ms`);
      }
    }
    const split = {};
    if (profile) for (const mode of ['traced', 'untraced']) split[mode] = (await browser.run({ source, traced: mode === 'traced', simd }, { profile: true })).split ?? null;
    const torchMs = median(times.pytorch);
    const reference = await runPytorch(join(NETS_DIR, file), { oneThread: false });
    for (const mode of ['traced', 'untraced']) {
      const ms = median(times[mode]);
      rows.push({
        net: file.replace(/\.py$/, ''), title, mode, ms, pytorchMs: torchMs, ratio: torchMs ? ms / torchMs : null,
        tracedLoop: last[mode].traced, reason: last[mode].reason, loss: last[mode].stdout.trim(), pytorchLoss: reference?.stdout.trim() ?? null,
        sameLoss: reference ? last[mode].stdout === reference.stdout : null, split: split[mode] ?? null,
      });
    }
  }
  await browser.close();
  const fmt = (v, d = 0) => (v === null || v === undefined ? '–' : v.toFixed(d));
  const pct = (s, part) => (s ? `${Math.round((100 * s[part]) / (s.interpreter + s.kernel + s.gc + s.other))}%` : '–');
  const lines = [
    `\nThe course's nets in a Chromium worker (Chromium ${browser.version}; ${simd ? 'SIMD engine on' : 'SIMD engine off'}), beside PyTorch ${rows.find((r) => r.pytorchMs)?.pytorchMs ? '1.13 (1 thread)' : '(skipped)'}; median of ${rounds} interleaved rounds; time split from a separate profiled run`,
    '| net | loop | ms | PyTorch ms | × PyTorch | interp. | kernel | GC | other | final loss (ours / PyTorch) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.net} | ${r.mode}${r.mode === 'traced' && !r.tracedLoop ? ` (runs untraced: ${r.reason})` : ''} | ${fmt(r.ms)} | ${fmt(r.pytorchMs)} | ${fmt(r.ratio, 2)} | ${pct(r.split, 'interpreter')} | ${pct(r.split, 'kernel')} | ${pct(r.split, 'gc')} | ${pct(r.split, 'other')} | ${r.sameLoss ? `${r.loss} (same)` : `${r.loss} / ${r.pytorchLoss ?? '–'}`} |`),
  ];
  console.log(lines.join('\n'));
  const report = { date: new Date().toISOString(), chromium: browser.version, rounds, simd, rows };
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(new URL('./results/nets-latest.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runNetBench();
