// The one seam between the worker and the Python interpreter (src/lib/python) with its modules
// (torch, matplotlib.pyplot, graphviz). The worker only knows this interface: a kernel runs
// one cell at a time in a state shared by all cells of the page, like a notebook kernel; the
// interpreter shows a cell's last expression the way Jupyter does (its repr, or a figure / a graph).
import { ModuleRegistry, PyException, type DisplayItem, type ProgressReport } from '../lib/python/host';
import { Interpreter, toPyException } from '../lib/python/interpreter';
import { createStandardModules } from '../lib/python/modules';
import { registerTorch } from '../lib/torch/python-module';
import type { CellFailure } from './protocol';

export interface KernelOutput {
  write(text: string): void;
  display(item: DisplayItem): void;
  progress(report: ProgressReport): void;
}

export interface Kernel {
  /** Runs `code` as the cell named `cellName`; throws when Python raises (see failure()). */
  run(code: string, cellName: string, output: KernelOutput): void;
  /** A thrown error as a Python traceback, its line in the cell and its message. */
  failure(error: unknown, cellName: string): CellFailure;
}

/** The importable modules: math, matplotlib.pyplot, graphviz, and torch (with torch.nn, torch.optim). */
function moduleRegistry(): ModuleRegistry {
  return registerTorch(createStandardModules());
}

export function createKernel(): Kernel {
  let output: KernelOutput | null = null;
  const interpreter = new Interpreter({
    modules: moduleRegistry(),
    write: (text) => output?.write(text),
    display: (item) => output?.display(item),
    hooks: { onProgress: (report) => output?.progress(report), progressIntervalMs: 100 },
  });
  return {
    run(code, cellName, cellOutput) {
      output = cellOutput;
      try {
        // The interpreter shows the cell's last expression itself (display 'text' or a figure).
        interpreter.runCell(code, cellName);
      } finally {
        output = null;
      }
    },
    failure(error, cellName) {
      const exception: PyException = toPyException(error);
      const inCell = exception.frames.filter((frame) => frame.filename === cellName);
      const line = inCell.at(-1)?.line ?? null;
      return {
        type: exception.pyType,
        message: exception.pyMessage,
        line: line && line > 0 ? line : null,
        traceback: interpreter.formatTraceback(exception),
      };
    },
  };
}
