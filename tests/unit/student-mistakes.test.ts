// The mistakes students make in the course's cells (tests/fixtures/student-mistakes, one mistake a
// cell) through the page's kernel against what real PyTorch 1.13, CPython 3.11, numpy, pandas and
// matplotlib give for the same cells (scripts/student-mistakes.py): the error's type, message and
// the cell's line it points at, the warnings under the cell, and whatever the cell prints or shows.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCells, type CellRecord, type CourseFixture } from '../support/course-programs';
import { cellsOf } from '../support/torch-programs';

const DIR = fileURLToPath(new URL('../fixtures/student-mistakes/', import.meta.url));
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();

/** Cells the page answers with NotImplementedError (Korean first) where the library has an answer. */
const NOT_SUPPORTED_YET: Record<string, Record<number, string>> = {
  'python-data': { 18: 'numpy @ (matmul) is not in the numpy subset' },
  'training-loop': { 39: "BCELoss's weight= is not computed yet" },
};

/**
 * Cells where the page still differs from the library, with why. The test fails when one of them
 * starts to match, so the list only ever shrinks.
 */
const KNOWN_DIFFERENCES: Record<string, Record<number, string>> = {
  'python-data': { 17: "an object's AttributeError has no 'Did you mean' yet (needs dir() of the object)" },
  'shapes-dtypes': {
    19: 'torch.manual_seed takes an index, not int(seed): a str seed is a TypeError, not int()\'s ValueError',
    27: "a missing argument of a native torch function is worded as CPython's, not PyTorch's arg parser's",
    28: 'the last digit of a 1×2000 @ 2000×1 product of transposed operands (OpenBLAS sums in another order)',
  },
  'training-loop': {
    11: 'BCELoss has no gradient for its target (BCELoss()(y, yhat).backward())',
    17: "an object's AttributeError has no 'Did you mean' yet (needs dir() of the object)",
    23: "nn classes are functions on the page: an nn class put in Sequential is named 'builtin_function_or_method'",
  },
};

const FIELDS = ['error', 'stdout', 'shown', 'warnings', 'figures'] as const;

function differences(page: CellRecord, real: CellRecord): string[] {
  return FIELDS.filter((key) => JSON.stringify(page[key]) !== JSON.stringify(real[key])).map(
    (key) => `${key}:\n  page:    ${JSON.stringify(page[key])}\n  library: ${JSON.stringify(real[key])}`,
  );
}

describe('student mistakes give the error PyTorch and CPython give', () => {
  for (const name of names) {
    it(name, () => {
      const source = readFileSync(DIR + name + '.py', 'utf8');
      const fixture = JSON.parse(readFileSync(DIR + name + '.json', 'utf8')) as CourseFixture;
      const cells = runCells(cellsOf(source), { withLine: true });
      expect(cells.length).toBe(fixture.cells.length);
      const unsupported = NOT_SUPPORTED_YET[name] ?? {};
      const known = KNOWN_DIFFERENCES[name] ?? {};
      const problems: string[] = [];
      cells.forEach((page, i) => {
        const diff = differences(page, fixture.cells[i]);
        if (i in unsupported) {
          if (page.error?.type !== 'NotImplementedError' || !/아직 지원하지 않습니다/.test(page.error.message)) problems.push(`cell ${i}: expected NotImplementedError (${unsupported[i]})`);
        } else if (i in known) {
          if (diff.length === 0) problems.push(`cell ${i} now matches: remove it from KNOWN_DIFFERENCES (${known[i]})`);
        } else if (diff.length > 0) {
          problems.push(`cell ${i} ${diff.join('\n')}`);
        }
      });
      expect(problems.join('\n')).toBe('');
    }, 120_000);
  }
});
