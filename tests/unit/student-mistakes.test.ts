// The mistakes students make in the course's cells (tests/fixtures/student-mistakes, one mistake a
// cell) through the page's kernel against what real PyTorch 1.13, CPython 3.11, numpy, pandas and
// matplotlib give for the same cells (scripts/student-mistakes.py): the error's type, message and
// the cell's line it points at, the warnings under the cell, and whatever the cell prints or shows.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCells, type CourseFixture } from '../support/course-programs';
import { cellsOf } from '../support/torch-programs';

const DIR = fileURLToPath(new URL('../fixtures/student-mistakes/', import.meta.url));
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();

describe('student mistakes give the error PyTorch and CPython give', () => {
  for (const name of names) {
    it(name, () => {
      const source = readFileSync(DIR + name + '.py', 'utf8');
      const fixture = JSON.parse(readFileSync(DIR + name + '.json', 'utf8')) as CourseFixture;
      const cells = runCells(cellsOf(source), { withLine: true });
      expect(cells.length).toBe(fixture.cells.length);
      const mismatches: string[] = [];
      cells.forEach((page, i) => {
        const real = fixture.cells[i];
        const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
        for (const key of ['error', 'stdout', 'shown', 'warnings', 'figures'] as const) {
          if (!same(page[key], real[key])) mismatches.push(`cell ${i} ${key}:\n  page:  ${JSON.stringify(page[key])}\n  torch: ${JSON.stringify(real[key])}`);
        }
      });
      if (process.env.MISTAKES_DUMP) writeFileSync(`/tmp/mm-${name}.txt`, mismatches.join('\n'));
      expect(mismatches.join('\n')).toBe('');
    }, 120_000);
  }
});
