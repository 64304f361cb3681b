// The page's Python kernel, in a Web Worker so that a long loop never freezes the page and
// Stop (worker.terminate()) always works, even on `while True: pass`. Cells arrive one at a
// time (the page queues them); their text, figures, progress and errors stream back in order.
import { createKernel, type Kernel } from './kernel';
import { OutputBatcher } from './output-batcher';
import type { RunRequest, WorkerMessage } from './protocol';

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RunRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: WorkerMessage) => scope.postMessage(message);

const kernel: Kernel = createKernel();

function run({ runId, cellName, code }: RunRequest): void {
  const started = performance.now();
  const stdout = new OutputBatcher((text) => post({ type: 'stdout', runId, text }));
  try {
    kernel.run(code, cellName, {
      write: (text) => stdout.write(text),
      display: (item) => {
        stdout.flush();
        post({ type: 'display', runId, item });
      },
      progress: ({ line, iteration, total }) => post({ type: 'progress', runId, line, iteration, total }),
    });
    stdout.flush();
    post({ type: 'done', runId, elapsedMs: performance.now() - started });
  } catch (error) {
    stdout.flush();
    post({ type: 'error', runId, elapsedMs: performance.now() - started, error: kernel.failure(error, cellName) });
  }
}

scope.addEventListener('message', (event) => {
  if (event.data?.type === 'run') run(event.data);
});
post({ type: 'ready' });
