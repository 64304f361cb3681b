// The kernel side of a page's Python cells, free of Worker APIs so it runs in Node tests too:
// requests in, events out. The worker (src/workers/python-worker.ts) only wires
// postMessage to it. Warnings come as their own 'stderr' events. Stdout is batched so a print in a long loop does not flood the page.
import type { DisplayItem } from '../objects/display';
import { PyException } from '../objects/errors';
import { Interpreter, type InterpreterOptions, type ProgressReport } from '../eval/interpreter';
import { koreanErrorLine } from './korean-errors';

/** What the kernel runs with: its modules and whether loops are traced (output and progress are the runner's). */
export type KernelSetup = Pick<InterpreterOptions, 'modules' | 'loopTracing' | 'files'>;

export interface RunRequest {
  type: 'run';
  id: number;
  code: string;
  /** Shown in tracebacks: `File "<cell 3>", line 2`. */
  filename: string;
}
export type KernelRequest = RunRequest;

export type KernelEvent =
  | { type: 'stdout'; id: number; text: string }
  /** A warning (`UserWarning: …\n`), shown under the cell as Jupyter shows stderr. */
  | { type: 'stderr'; id: number; text: string }
  | { type: 'display'; id: number; item: DisplayItem }
  | { type: 'progress'; id: number; progress: ProgressReport }
  | { type: 'done'; id: number; elapsedMs: number }
  | {
      type: 'error';
      id: number;
      /** Python-shaped traceback text, ending in `NameError: name 'yhat' is not defined`. */
      traceback: string;
      /** `NameError: name 'yhat' is not defined` */
      message: string;
      /** Line in the cell (innermost frame of this cell), 0 when unknown. */
      line: number;
      /** `3행: 'yhat'이 정의되지 않았습니다` */
      korean: string;
      elapsedMs: number;
    };

/** Output beyond this many characters per cell is dropped with a note (a page must stay usable). */
export const MAX_STDOUT_CHARS = 1_000_000;

export interface KernelRunner {
  handle(request: KernelRequest): void;
}

export function createKernelRunner(
  setup: KernelSetup,
  post: (event: KernelEvent) => void,
  now: () => number = () => performance.now(),
): KernelRunner {
  let current = 0;
  let buffer = '';
  let written = 0;
  const flush = () => {
    if (buffer) post({ type: 'stdout', id: current, text: buffer });
    buffer = '';
  };
  const kernel = new Interpreter({
    ...setup,
    write: (text) => {
      if (written >= MAX_STDOUT_CHARS) return;
      written += text.length;
      buffer += written >= MAX_STDOUT_CHARS ? text.slice(0, text.length - (written - MAX_STDOUT_CHARS)) + '\n… (출력이 너무 길어 생략했습니다 / output truncated)\n' : text;
      if (buffer.length > 64_000) flush();
    },
    display: (item) => {
      flush();
      post({ type: 'display', id: current, item });
    },
    warn: (text) => {
      flush();
      post({ type: 'stderr', id: current, text });
    },
    hooks: {
      progressIntervalMs: 100,
      onProgress: (progress) => {
        flush();
        post({ type: 'progress', id: current, progress });
      },
    },
  });

  return {
    handle(request) {
      current = request.id;
      written = 0;
      const start = now();
      try {
        kernel.runCell(request.code, request.filename);
        flush();
        post({ type: 'done', id: request.id, elapsedMs: now() - start });
      } catch (error) {
        flush();
        const exception = error instanceof PyException ? error : new PyException('SystemError', String(error));
        const ownFrames = exception.frames.filter((frame) => frame.filename === request.filename);
        const line = ownFrames.at(-1)?.line ?? exception.line;
        post({
          type: 'error',
          id: request.id,
          traceback: kernel.formatTraceback(exception),
          message: exception.pyMessage ? `${exception.pyType}: ${exception.pyMessage}` : exception.pyType,
          line,
          korean: koreanErrorLine(exception, line),
          elapsedMs: now() - start,
        });
      }
    },
  };
}
