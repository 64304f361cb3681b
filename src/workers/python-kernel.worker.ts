// One page's Python kernel, in a Web Worker: the page never freezes, and Stop is
// worker.terminate(). Nothing here can reach the page's DOM or globals.
import { createKernelRunner, type KernelEvent, type KernelRequest } from '../lib/python/kernel-runner';
import { createKernelModules } from './kernel-modules';

const scope = self as unknown as {
  postMessage(message: KernelEvent): void;
  onmessage: ((event: MessageEvent<KernelRequest>) => void) | null;
};
const runner = createKernelRunner(createKernelModules(), (event) => scope.postMessage(event));
scope.onmessage = (event) => runner.handle(event.data);
