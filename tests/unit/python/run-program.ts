// Test helper: runs Python source through one fresh kernel and returns what a user would see.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Interpreter } from '../../../src/lib/python/eval/interpreter';
import { PyException, type DisplayItem, type FileSource, type ModuleRegistry } from '../../../src/lib/python/objects/host';
import { createStandardModules } from '../../../src/lib/python/modules/index';

export interface ProgramResult {
  stdout: string;
  error: { type: string; message: string; line: number } | null;
  traceback: string | null;
  displays: DisplayItem[];
  /** Jupyter's text for the last expression, when the cell ends with one. */
  shown: string | null;
}

export function runProgram(source: string, modules: ModuleRegistry = createStandardModules(), files?: FileSource): ProgramResult {
  let stdout = '';
  const displays: DisplayItem[] = [];
  const kernel = new Interpreter({ modules, files, write: (text) => (stdout += text), display: (item) => displays.push(item) });
  return runIn(kernel, source, () => stdout, displays);
}

export function runIn(kernel: Interpreter, source: string, stdout: () => string, displays: DisplayItem[] = []): ProgramResult {
  try {
    const { shown } = kernel.runCell(source, '<cell 1>');
    return { stdout: stdout(), error: null, traceback: null, displays, shown };
  } catch (error) {
    if (!(error instanceof PyException)) throw error;
    return {
      stdout: stdout(),
      error: { type: error.pyType, message: error.pyMessage, line: error.line },
      traceback: kernel.formatTraceback(error),
      displays,
      shown: null,
    };
  }
}

/** The files of one folder as a kernel's FileSource (the working folder CPython ran the goldens in). */
export function folderFiles(folder: URL): FileSource {
  return {
    read(name) {
      if (name === '' || name.includes('..') || name.startsWith('/')) return null;
      const file = new URL(name, folder);
      return existsSync(file) && statSync(file).isFile() ? new Uint8Array(readFileSync(file)) : null;
    },
  };
}
