// The one seam between the worker and the Python interpreter (src/lib/python) with its modules
// (torch, matplotlib.pyplot, graphviz). The worker only knows this interface: a kernel runs
// one cell at a time in a state shared by all cells of the page, like a notebook kernel.
import type { DisplayItem, ProgressReport, TraceFrame } from '../lib/python/host';

export interface KernelOutput {
  write(text: string): void;
  display(item: DisplayItem): void;
  progress(report: ProgressReport): void;
}

/** How a cell failed, from the interpreter's exception. */
export interface KernelFailure {
  type: string;
  message: string;
  frames: readonly TraceFrame[];
  syntaxAt?: { line: number; column: number };
}

export interface Kernel {
  /** Runs `code` as the cell named `cellName`; throws a KernelFailure-shaped error when Python raises. */
  run(code: string, cellName: string, output: KernelOutput): void;
  /** Reads a thrown value as a Python failure (anything else is an internal error). */
  failureOf(error: unknown): KernelFailure;
}

export function createKernel(): Kernel {
  // Until the interpreter lands (branch py-interp), every cell fails with a clear message.
  return {
    run() {
      throw Object.assign(new Error('interpreter not available'), { pyType: 'NotImplementedError' });
    },
    failureOf(error) {
      return { type: 'NotImplementedError', message: error instanceof Error ? error.message : String(error), frames: [] };
    },
  };
}
