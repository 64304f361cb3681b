// A failed cell's traceback, worded like CPython's so a student can search for it:
//   Traceback (most recent call last):
//     File "<cell 3>", line 2, in <module>
//       yhat2 = net(X)
//   NameError: name 'yhat2' is not defined
// SyntaxError has no stack, only the place: File "<cell 3>", line 2 / the line / a caret.
import type { TraceFrame } from '../python/host';

export interface FailureInput {
  type: string;
  message: string;
  frames: readonly TraceFrame[];
  /** For a SyntaxError: where the parser stopped (1-based line, 0-based column). */
  syntaxAt?: { line: number; column: number };
  /** For a SyntaxError: the cell it was in. */
  cellName: string;
}

/** Source lines of every cell that ran, by cell name, so frames in earlier cells (a def) show their line. */
export type SourceLookup = (filename: string, line: number) => string | undefined;

function headline(type: string, message: string): string {
  return message ? `${type}: ${message}` : type;
}

export function formatTraceback(failure: FailureInput, sourceLine: SourceLookup): string {
  if (failure.syntaxAt) {
    const { line, column } = failure.syntaxAt;
    const text = sourceLine(failure.cellName, line);
    const lines = [`  File "${failure.cellName}", line ${line}`];
    if (text !== undefined) {
      const indent = text.length - text.trimStart().length;
      lines.push(`    ${text.trim()}`, `    ${' '.repeat(Math.max(0, column - indent))}^`);
    }
    return [...lines, headline(failure.type, failure.message)].join('\n');
  }
  const lines = ['Traceback (most recent call last):'];
  for (const frame of failure.frames) {
    lines.push(`  File "${frame.filename}", line ${frame.line}, in ${frame.name}`);
    const text = sourceLine(frame.filename, frame.line);
    if (text !== undefined && text.trim() !== '') lines.push(`    ${text.trim()}`);
  }
  return [...lines, headline(failure.type, failure.message)].join('\n');
}

/** The line a student should look at in the failing cell: the last frame inside it. */
export function lineInCell(failure: FailureInput): number | null {
  if (failure.syntaxAt) return failure.syntaxAt.line;
  const inCell = failure.frames.filter((frame) => frame.filename === failure.cellName);
  return inCell.at(-1)?.line ?? failure.frames.at(-1)?.line ?? null;
}
