// npm run bench:torch — the lecture's 10 000-epoch loop on the torch subset (src/lib/torch) in
// Node: called from TypeScript ("library") and as the lecture's Python cell through the
// interpreter ("interpreter"), against PyTorch's own loop (1 thread) timed in the same run.
// Runs are interleaved (library, interpreter, PyTorch) ROUNDS times and the medians compared,
// since the machine is shared. Ratios > 1 mean slower than PyTorch. Node 20 has no relaxed SIMD
// unless flagged, so the core runs the SIMD engine's plain module here (sigmoid, SLEEF's logs and
// the element-wise ops in WebAssembly; the products in JavaScript), not the page's full one.
import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { pytorchBaseline } from './pytorch-baseline.mjs';

const EPOCHS = Number(process.env.EPOCHS ?? 10000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

const out = join(await mkdtemp(join(tmpdir(), 'torch-loop-')), 'case.mjs');
await build({
  entryPoints: [fileURLToPath(new URL('./harness/torch-loop-case.ts', import.meta.url))],
  bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning',
});
const { libraryLoop, interpreterLoop } = await import(pathToFileURL(out).href);

const times = { library: [], interpreter: [], pytorch: [] };
let last = {};
for (let round = 0; round < ROUNDS; round++) {
  last.library = libraryLoop(EPOCHS);
  times.library.push(last.library.ms);
  last.interpreter = interpreterLoop(EPOCHS);
  times.interpreter.push(last.interpreter.ms);
  const torch = await pytorchBaseline({ epochs: EPOCHS });
  if (torch) {
    last.pytorch = torch;
    times.pytorch.push(torch.ms);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const torchMs = times.pytorch.length ? median(times.pytorch) : null;
console.log(`lecture loop, BCE, n = 2000, ${EPOCHS} epochs, median of ${ROUNDS} interleaved rounds`);
console.log('run'.padEnd(14) + 'ms'.padStart(9) + '  ×PyTorch' + '   ŵ1         ŵ0');
for (const name of ['library', 'interpreter', 'pytorch']) {
  if (!times[name].length) {
    console.log(`${name.padEnd(14)}  skipped (no python3 with torch)`);
    continue;
  }
  const ms = median(times[name]);
  const ratio = torchMs ? (ms / torchMs).toFixed(2) : '—';
  const r = last[name];
  console.log(`${name.padEnd(14)}${ms.toFixed(0).padStart(9)}  ${ratio.padStart(8)}   ${r.w1.toFixed(6)}  ${r.w0.toFixed(6)}`);
}
