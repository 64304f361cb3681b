// One of the course's nets (bench/nets/*.py) as a reader runs it: the page's kernel runner
// (src/lib/python/kernel/runner.ts, what the cell worker runs) with the course kernel
// (courseKernelSetup), loop tracing on ("traced") or off, the setup cell and then the training
// cell. Only the training cell is timed. Used by bench/net-bench.mjs in Node and, bundled, in a
// Chromium Web Worker (net-worker.ts).
import type { LoopTraceStats } from '../../src/lib/python/eval/loop-trace';
import { createKernelRunner, type KernelEvent } from '../../src/lib/python/kernel/runner';
import { courseKernelSetup } from '../../src/lib/course-kernel';
import { setSimdEnabled } from '../../src/lib/torch/core/simd/engine';
import { cellsOf } from '../../tests/support/program-cells';

export interface NetJob {
  source: string;
  traced: boolean;
  /** false: the core's JavaScript loops only (the SIMD engine switched off), for A/B runs. */
  simd?: boolean;
}

export interface NetResult {
  ms: number;
  /** What the training cell printed (the final loss). */
  stdout: string;
  traced: boolean;
  reason: string;
  error?: string;
}

export function runNetCell({ source, traced, simd = true }: NetJob): NetResult {
  const wasSimd = setSimdEnabled(simd);
  let loop: LoopTraceStats | undefined;
  let stdout = '';
  let error: string | undefined;
  const runner = createKernelRunner(courseKernelSetup({ loopTracing: traced, onLoop: (stats) => (loop = stats) }), (event: KernelEvent) => {
    if (event.type === 'stdout') stdout += event.text;
    if (event.type === 'error') error = event.message;
  });
  try {
    const [setup, ...rest] = cellsOf(source);
    runner.handle({ type: 'run', id: 1, code: setup, filename: '<cell 1>' });
    stdout = '';
    const start = performance.now();
    rest.forEach((code, i) => runner.handle({ type: 'run', id: i + 2, code, filename: `<cell ${i + 2}>` }));
    const ms = performance.now() - start;
    return { ms, stdout, traced: loop?.compiled ?? false, reason: loop?.reason ?? 'not traced', ...(error && { error }) };
  } finally {
    setSimdEnabled(wasSimd);
  }
}
