// A lecture's ```python run cells, in order, through the page's kernel against what real PyTorch
// 1.13, pandas 1.5 and matplotlib 3.6 showed for the same cells (tests/fixtures/lecture-cells/
// LECTURE.json, scripts/lecture-cells.py): printed text, the last expression as Jupyter shows it,
// errors, warnings and how many figures each cell draws. The kernel reads the lecture's data
// files as the page does: by name or through the addresses its frontmatter maps, from
// content/data/LECTURE/. With relaxed SIMD on, as in Chromium (Node 20 has it behind a flag), the
// kernel runs the SIMD engine as the page does; it logs its slowest cells against PyTorch's time.
import { readdirSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { runCells, type CellRecord } from '../support/course-programs';
import { runnableCells } from '../support/cells';
import { lectureFileSourceInRepo } from '../support/lecture-data';

setFlagsFromString('--experimental-wasm-relaxed-simd');

const FIXTURES = new URL('../fixtures/lecture-cells/', import.meta.url);
const ROOT = new URL('../../', import.meta.url);

interface LectureCellsFixture {
  lecture: string;
  cells: Array<CellRecord & { seconds: number }>;
}

const lectures = readdirSync(FIXTURES).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -5));

describe.each(lectures)('%s: every cell as PyTorch showed it', (lecture) => {
  const fixture = JSON.parse(readFileSync(new URL(`${lecture}.json`, FIXTURES), 'utf8')) as LectureCellsFixture;
  const mdx = new URL(`content/lectures/${lecture}.mdx`, ROOT).pathname;

  it('the page kernel shows what PyTorch showed, cell by cell', () => {
    const cells = runnableCells(mdx);
    expect(cells.length, 'cells changed: run scripts/lecture-cells.py').toBe(fixture.cells.length);
    const files = lectureFileSourceInRepo(lecture);
    const times: number[] = [];
    const page = runCells(cells, { files, onCell: (index, ms) => (times[index] = ms) });
    const slowest = times.map((ms, i) => [ms, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 6);
    console.log(`${lecture}: slowest cells ${slowest.map(([ms, i]) => `#${i} ${Math.round(ms)} ms (PyTorch ${fixture.cells[i].seconds} s)`).join(', ')}`);
    page.forEach((cell, i) => {
      const { seconds: _, ...torch } = fixture.cells[i];
      expect.soft(cell, `${lecture} cell ${i}:\n${cells[i]}`).toEqual(torch);
    });
  }, 300_000);
});
