// One of the course's nets (bench/nets/*.py) as a reader runs it: the setup cell, then the
// training-loop cell, through the page's kernel (courseKernelSetup) with loop tracing on
// ("traced") or off. Only the loop cell is timed. Used by bench/net-bench.mjs in Node and,
// bundled, in a Chromium Web Worker (net-worker.ts).
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import type { LoopTraceStats } from '../../src/lib/python/eval/loop-trace';
import { courseKernelSetup } from '../../src/lib/course-kernel';

export interface NetResult {
  ms: number;
  /** What the loop cell printed (the final loss). */
  stdout: string;
  traced: boolean;
  reason: string;
}

/** Cells split at lines '# %%', as the golden scripts do. */
function cellsOf(source: string): string[] {
  const cells: string[][] = [[]];
  for (const line of source.split('\n')) {
    if (line.trim() === '# %%') cells.push([]);
    else cells[cells.length - 1].push(line);
  }
  return cells.map((c) => c.join('\n'));
}

export function runNetCell(source: string, traced: boolean): NetResult {
  let loop: LoopTraceStats | undefined;
  let stdout = '';
  const interpreter = new Interpreter({ ...courseKernelSetup({ loopTracing: traced, onLoop: (stats) => (loop = stats) }), write: (t) => (stdout += t) });
  const [setup, ...rest] = cellsOf(source);
  interpreter.runCell(setup);
  stdout = '';
  const start = performance.now();
  for (const cell of rest) interpreter.runCell(cell);
  const ms = performance.now() - start;
  return { ms, stdout, traced: loop?.compiled ?? false, reason: loop?.reason ?? 'not traced' };
}
