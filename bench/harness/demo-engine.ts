/**
 * The engine-only baseline of the demo bench: the same job a demo runs when the reader presses
 * play (backend start, data upload, every epoch, on a fresh page), with no UI at all. The
 * compare demo's job is two trainers at once (BCE and MSE), as the demo runs them.
 */
import { simulateLecture } from '../../src/lib/logistic';
import { type LossName } from '../../src/lib/losses';
import { createTrainer, measuringPicker, type BackendChoice } from '../../src/lib/train';

export interface EngineJob {
  backend: BackendChoice;
  losses: LossName[];
  n: number;
  epochs: number;
  lr?: number;
  seed?: number;
  wasmPaths?: string;
}

export interface EngineJobResult {
  ms: number;
  backend: string;
  status: string[];
}

export async function runEngineJob(job: EngineJob): Promise<EngineJobResult> {
  const seed = job.seed ?? 43052;
  const { data, init } = simulateLecture({ n: job.n, w0: -1, w1: 5, seed });
  // One store for both trainers, as the page's localStorage: the second reuses the first's probe.
  const saved = new Map<string, string>();
  const store = { getItem: (key: string) => saved.get(key) ?? null, setItem: (key: string, value: string) => void saved.set(key, value) };
  const t0 = performance.now();
  const trainers = job.losses.map((loss) =>
    createTrainer({ x: data.x, y: data.y, loss, lr: job.lr ?? 0.05, epochs: job.epochs, initW0: init.w0, initW1: init.w1, backend: job.backend, wasmPaths: job.wasmPaths, autoPicker: measuringPicker(job.n, store) }),
  );
  const results = await Promise.all(trainers.map((trainer) => trainer.start()));
  const ms = performance.now() - t0;
  await Promise.all(trainers.map((trainer) => trainer.dispose()));
  return { ms, backend: results[0].backend, status: results.map((result) => result.status) };
}
