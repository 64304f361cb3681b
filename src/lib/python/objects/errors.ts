// Python exceptions as the kernel raises and reports them.
import { UnhashableError, type PyValue } from './values';

/** One line of a traceback: `File "<cell 2>", line 3, in gv`. */
export interface TraceFrame {
  filename: string;
  line: number;
  column: number;
  name: string;
}

/** A Python exception (TypeError, NameError, ...). The evaluator adds the traceback frames. */
export class PyException extends Error {
  readonly frames: TraceFrame[] = [];
  constructor(
    readonly pyType: string,
    readonly pyMessage: string,
    /** The exception's args when they are not just [message] (KeyError keeps the key). */
    readonly args?: readonly PyValue[],
  ) {
    super(pyMessage ? `${pyType}: ${pyMessage}` : pyType);
    this.name = 'PyException';
  }
  /** Line of the innermost frame (where the error happened), 0 when unknown. */
  get line(): number {
    return this.frames.at(-1)?.line ?? 0;
  }
}

export function pyError(pyType: string, message: string): PyException {
  return new PyException(pyType, message);
}

/** KeyError shows repr(key) but keeps the key itself as its argument, as CPython does. */
export function keyError(key: PyValue, repr: (value: PyValue) => string): PyException {
  return new PyException('KeyError', repr(key), [key]);
}

/** Any thrown value as a Python exception: host JS errors become RuntimeError, stack overflow RecursionError. */
export function toPyException(error: unknown): PyException {
  if (error instanceof PyException) return error;
  if (error instanceof UnhashableError) return pyError('TypeError', error.message);
  if (error instanceof RangeError && /call stack/i.test(error.message)) return pyError('RecursionError', 'maximum recursion depth exceeded');
  if (error instanceof Error) return pyError('RuntimeError', error.message);
  return pyError('RuntimeError', String(error));
}
