// The page's one Python kernel: a Web Worker shared by every <torch-cell>, like a notebook
// kernel. Stop terminates the worker (the only way to stop `while True: pass` at once); the next
// run starts a fresh one, so every cell counts as not run again.
import type { KernelEvent, KernelRequest } from '../lib/python/kernel-runner';

type Listener = (event: KernelEvent) => void;
export type RunOutcome = 'done' | 'error' | 'stopped';

class KernelClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { listener: Listener; finish: (outcome: RunOutcome) => void }>();
  /** Increases on every restart; a cell has run in this kernel when it recorded this generation. */
  generation = 0;
  private cellCount = 0;

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../workers/python-kernel.worker.ts', import.meta.url), { type: 'module', name: 'python-kernel' });
    worker.onmessage = (message: MessageEvent<KernelEvent>) => {
      const event = message.data;
      const run = this.pending.get(event.id);
      if (!run) return;
      run.listener(event);
      if (event.type === 'done' || event.type === 'error') {
        this.pending.delete(event.id);
        run.finish(event.type);
      }
    };
    worker.onerror = (error) => {
      error.preventDefault();
      this.restart('error');
    };
    this.worker = worker;
    return worker;
  }

  /** A traceback name for a new cell: `<cell 1>`, `<cell 2>`, ... in page order of first run. */
  nameCell(): string {
    return `<cell ${++this.cellCount}>`;
  }

  run(code: string, filename: string, listener: Listener): Promise<RunOutcome> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise((finish) => {
      this.pending.set(id, { listener, finish });
      const request: KernelRequest = { type: 'run', id, code, filename };
      worker.postMessage(request);
    });
  }

  /** Ends every run now (worker.terminate) and forgets the kernel state. */
  stop(): void {
    this.restart('stopped');
  }

  private restart(outcome: RunOutcome): void {
    this.worker?.terminate();
    this.worker = null;
    this.generation++;
    const runs = [...this.pending.values()];
    this.pending.clear();
    for (const run of runs) run.finish(outcome);
  }
}

let client: KernelClient | null = null;
export function pageKernel(): KernelClient {
  client ??= new KernelClient();
  return client;
}
