// The page's Python kernel, in a Web Worker so that a long loop never freezes the page and
// Stop (worker.terminate()) always works, even on `while True: pass`. The kernel itself is
// src/lib/python/kernel/runner.ts (Node-testable); this file only wires postMessage to it.
// Cells arrive one at a time (the page queues them); text, figures, progress and errors
// stream back in order. Nothing here can reach the page's DOM or globals.
import { createKernelRunner, type KernelEvent, type KernelRequest } from '../lib/python/kernel/runner';
import { courseKernelSetup } from '../lib/course-kernel';

const scope = self as unknown as {
  postMessage(message: KernelEvent): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<KernelRequest>) => void): void;
};
const runner = createKernelRunner(courseKernelSetup(), (event) => scope.postMessage(event));
scope.addEventListener('message', (event) => {
  if (event.data?.type === 'run') runner.handle(event.data);
});
