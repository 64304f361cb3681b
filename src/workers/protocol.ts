// The messages between a page's code cells and the Python worker (one kernel per page).
// Everything here is structured-clone safe.
import type { DisplayItem } from '../lib/python/host';

/** Page → worker: run one cell's code in the shared kernel state. */
export interface RunRequest {
  type: 'run';
  runId: number;
  /** Shown in tracebacks: File "<cell 3>", line 2. */
  cellName: string;
  code: string;
}

export interface CellFailure {
  /** Python's exception name ('NameError', 'SyntaxError', ...). */
  type: string;
  /** The message after the colon. */
  message: string;
  /** 1-based line in the failing cell, or null when unknown. */
  line: number | null;
  /** The whole traceback as Python prints it (Traceback ... / File "<cell 3>", line 2 / NameError: ...). */
  traceback: string;
}

/** Worker → page. Text and displays arrive in the order the code produced them. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'stdout'; runId: number; text: string }
  | { type: 'display'; runId: number; item: DisplayItem }
  | { type: 'progress'; runId: number; line: number; iteration: number; total: number | null }
  | { type: 'done'; runId: number; elapsedMs: number }
  | { type: 'error'; runId: number; elapsedMs: number; error: CellFailure };
