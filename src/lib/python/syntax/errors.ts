// Problems found in the source before it runs. The syntax layer knows nothing of Python objects,
// so these are plain errors; the evaluator raises each as the Python exception it names, with a
// traceback frame at its line and column.

type SourceErrorType = 'SyntaxError' | 'IndentationError' | 'NotImplementedError';

export abstract class SourceError extends Error {
  constructor(
    readonly pyType: SourceErrorType,
    readonly pyMessage: string,
    readonly lineno: number,
    /** 0-based column of the caret CPython draws; 0 when the construct, not a spot, is at fault. */
    readonly col: number,
  ) {
    super(`${pyType}: ${pyMessage}`);
  }
}

/** A SyntaxError (or IndentationError) at a position. */
export class PySyntaxError extends SourceError {
  constructor(message: string, lineno: number, col: number, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError') {
    super(type, message, lineno, col);
  }
}

/** Valid Python this interpreter does not run (decorators, yield, ...), named with its line. */
export class PyNotImplemented extends SourceError {
  constructor(construct: string, lineno: number) {
    super('NotImplementedError', notSupportedMessage(construct, lineno), lineno, 0);
  }
}

/** The one wording of "not supported", also used by the evaluator for constructs it meets at run time. */
export function notSupportedMessage(construct: string, lineno: number): string {
  return `this Python subset does not support ${construct} (line ${lineno})`;
}
