// Reads the golden program outputs scripts/torch-programs.py wrote from real PyTorch
// (tests/fixtures/torch-programs/NAME.json next to NAME.py).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PROGRAMS_DIR = fileURLToPath(new URL('../fixtures/torch-programs/', import.meta.url));

export interface ProgramFixture {
  program: string;
  torch: string;
  stdout: string;
  /** Final parameters by name ('net.0.weight', 'w'), flattened. */
  parameters: Record<string, number[]>;
  /** PyTorch's wall time for the program, one thread. */
  seconds: number;
}

export function readProgram(name: string): { source: string; fixture: ProgramFixture } {
  return {
    source: readFileSync(PROGRAMS_DIR + name + '.py', 'utf8'),
    fixture: JSON.parse(readFileSync(PROGRAMS_DIR + name + '.json', 'utf8')) as ProgramFixture,
  };
}

export function programNames(): string[] {
  return readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export { cellsOf } from './program-cells';

/**
 * IPython's display of a tuple or list of reprs (the golden script's `pretty`): one line when
 * it fits in 79 columns, else one item per line, continuation lines indented under the bracket.
 */
export function notebookSequence(reprs: string[], open: '(' | '[', indent = 0): string {
  const close = open === '(' ? ')' : ']';
  const parts = reprs.map((r) => r.replace(/\n/g, '\n' + ' '.repeat(indent + 1)));
  const oneLine = open + parts.join(', ') + close;
  if (!oneLine.includes('\n') && indent + oneLine.length <= 79) return oneLine;
  return open + parts.join(',\n' + ' '.repeat(indent + 1)) + close;
}
