// Test helper: a kernel with torch and the course's CSV files (tests/fixtures/pandas/) as its
// files, running a program after `import pandas as pd` and `import numpy as np`.
import { readFileSync } from 'node:fs';
import { Interpreter } from '../../../src/lib/python/eval/interpreter';
import type { DisplayItem, FileSource } from '../../../src/lib/python/objects/host';
import { createStandardModules } from '../../../src/lib/python/modules/index';
import { registerTorch } from '../../../src/lib/torch/python/module';
import { runIn, type ProgramResult } from './run-program';

export const PANDAS_FIXTURES = new URL('../../fixtures/pandas/', import.meta.url);

/** The fixture CSVs by file name, as a lecture's files. */
export const fixtureFiles: FileSource = {
  read: (name) => {
    if (!/^[\w.-]+\.csv$/.test(name)) return null;
    try {
      return readFileSync(new URL(name, PANDAS_FIXTURES));
    } catch {
      return null;
    }
  },
};

export function runPandas(source: string): ProgramResult {
  let stdout = '';
  const displays: DisplayItem[] = [];
  const kernel = new Interpreter({
    modules: registerTorch(createStandardModules()),
    files: fixtureFiles,
    write: (text) => (stdout += text),
    display: (item) => displays.push(item),
  });
  return runIn(kernel, `import pandas as pd\nimport numpy as np\n${source}`, () => stdout, displays);
}
