// The course's notebooks made runnable (tests/fixtures/course-programs/NAME.py, cells at '# %%')
// and what real PyTorch showed for each cell (NAME.json, scripts/course-programs.py); and the
// same cells run through the page's kernel, recorded the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { courseKernelSetup } from '../../src/lib/course-kernel';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import { PyException } from '../../src/lib/python/objects/errors';
import type { FileSource } from '../../src/lib/python/objects/host';
import type { TableSpec } from '../../src/lib/python/objects/display';
import { displayRepr } from '../../src/lib/python/objects/repr';
import { cellsOf } from './torch-programs';
import { lectureFileSourceInRepo } from './lecture-data';

export const COURSE_PROGRAMS_DIR = fileURLToPath(new URL('../fixtures/course-programs/', import.meta.url));

/** What a notebook shows for one cell. */
export interface CellRecord {
  stdout: string;
  /** The last expression as IPython shows it, addresses masked as 0x…; null for None, ';' or a figure. */
  shown: string | null;
  /** `line`: the cell's line the traceback points at (recorded with `withLine`). */
  error: { type: string; message: string; line?: number } | null;
  /** 'UserWarning: …' of each distinct warning. */
  warnings: string[];
  figures: number;
  /** The DataFrame table the cell shows (as Jupyter's HTML); recorded by runCells, null when none. */
  table?: TableSpec | null;
}

export interface CourseFixture {
  program: string;
  torch: string;
  cells: CellRecord[];
  seconds: number;
}

export function courseProgramNames(): string[] {
  return readdirSync(COURSE_PROGRAMS_DIR)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function readCourseProgram(name: string): { source: string; fixture: CourseFixture | null } {
  const source = readFileSync(COURSE_PROGRAMS_DIR + name + '.py', 'utf8');
  let fixture: CourseFixture | null = null;
  try {
    fixture = JSON.parse(readFileSync(COURSE_PROGRAMS_DIR + name + '.json', 'utf8')) as CourseFixture;
  } catch {
    fixture = null;
  }
  return { source, fixture };
}

/** IPython's `<m.Class at 0x…>` for a default repr, addresses masked (as the golden script does). */
function masked(text: string): string {
  return text.replace(/<([\w.]+) object at (0x[0-9a-f]+)>/g, '<$1 at $2>').replace(/\b0x[0-9a-f]+/g, '0x…');
}

/**
 * Runs a program's cells in one page kernel (loop tracing on, as on the page). A program with a
 * line `# files: <lecture>` reads that lecture's data files, by name or by their course addresses.
 */
export function runCourseProgram(source: string, onCell?: (index: number, ms: number) => void): CellRecord[] {
  const lecture = /^# files: (\S+)$/m.exec(source)?.[1];
  return runCells(cellsOf(source), { onCell, files: lecture ? lectureFileSourceInRepo(lecture) : undefined, tableText: true });
}

/** The cell's line an error points at: its innermost frame in the cell (src/lib/python/kernel/runner.ts). */
function cellLine(error: PyException, filename: string): number {
  return error.frames.filter((frame) => frame.filename === filename).at(-1)?.line ?? error.line;
}

/**
 * Runs cells in one page kernel (loop tracing on, as on the page), reading `files` as the page reads a
 * lecture's data. `withLine`: an error also records the cell's line, as the page's runner finds it.
 */
export function runCells(
  cells: string[],
  options: { files?: FileSource; onCell?: (index: number, ms: number) => void; tableText?: boolean; withLine?: boolean } = {},
): CellRecord[] {
  const { files, onCell, tableText = false, withLine } = options;
  let stdout = '';
  let figures = 0;
  let table: TableSpec | null = null;
  let warnings: string[] = [];
  const kernel = new Interpreter({
    ...courseKernelSetup(),
    files,
    write: (text) => (stdout += text),
    display: (item) => {
      if (item.kind === 'figure') figures++;
      if (item.kind === 'table') table = item.table;
    },
    warn: (text) => {
      const line = text.replace(/\n$/, '');
      if (!warnings.includes(line)) warnings.push(line);
    },
  });
  return cells.map((cell, index) => {
    stdout = '';
    figures = 0;
    table = null;
    warnings = [];
    let shown: string | null = null;
    let error: CellRecord['error'] = null;
    const start = performance.now();
    const filename = `<cell ${index + 1}>`;
    try {
      const result = kernel.runCell(cell, filename);
      // A DataFrame shows as a table on the page; `tableText`: also as its text (Jupyter's text/plain), which the course goldens hold.
      shown = result.shown ?? (tableText && table !== null && result.value !== undefined ? displayRepr(result.value) : null);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      error = { type: e.pyType, message: e.pyMessage };
      if (withLine) error.line = cellLine(e, filename);
    }
    onCell?.(index, performance.now() - start);
    return { stdout, shown: shown === null ? null : masked(shown), error, warnings, figures, table };
  });
}
