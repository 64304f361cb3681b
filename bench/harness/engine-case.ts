/**
 * One benchmark/e2e case, run the same way in the browser harness and in Node: the float64
 * reference (the floor, timed in the same page), then the tfjs trainer on one backend,
 * with kernel and GPU-dispatch counts, readbacks and main-thread long tasks.
 */
import * as tf from '@tensorflow/tfjs-core';
import { simulateLecture } from '../../src/lib/logistic';
import { type LossName } from '../../src/lib/losses';
import { trainReference } from '../../src/lib/reference';
import { createTrainer, selectBackend, type BackendChoice } from '../../src/lib/train';

export interface CaseConfig {
  backend: BackendChoice;
  loss: LossName;
  n: number;
  epochs: number;
  lr?: number;
  seed?: number;
  wasmPaths?: string;
  webgpuWorkgroupSize?: number;
}

export interface CaseResult extends CaseConfig {
  actualBackend: string;
  ms: number;
  referenceMs: number;
  ratio: number;
  w0: number;
  w1: number;
  referenceW0: number;
  referenceW1: number;
  maxParamError: number;
  /** Kernels per epoch seen by tf.profile (engine-level; misses custom GPU programs). */
  kernelsPerEpoch: number;
  /** GPU dispatches per epoch (WebGL draw calls / WebGPU dispatchWorkgroups), incl. the readback; null off-GPU. */
  dispatchesPerEpoch: number | null;
  readbacks: number;
  longTasks: number | null;
  longestTaskMs: number | null;
  leakedTensors: number;
  status: string;
  error: string | null;
}

/** Counts GPU dispatches by wrapping the API entry points the backends call. */
function installDispatchCounter(): { read(): number; uninstall(): void } {
  let count = 0;
  const undo: Array<() => void> = [];
  const wrap = (proto: Record<string, unknown> | undefined, names: string[]) => {
    for (const name of names) {
      const original = proto?.[name];
      if (!proto || typeof original !== 'function') continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        count++;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
      undo.push(() => (proto[name] = original));
    }
  };
  const g = globalThis as unknown as Record<string, { prototype: Record<string, unknown> } | undefined>;
  wrap(g.WebGL2RenderingContext?.prototype, ['drawElements', 'drawArrays']);
  wrap(g.GPUComputePassEncoder?.prototype, ['dispatchWorkgroups']);
  return { read: () => count, uninstall: () => undo.forEach((f) => f()) };
}

function observeLongTasks(): { stop(): { count: number; longest: number } | null } {
  const Observer = (globalThis as { PerformanceObserver?: typeof PerformanceObserver }).PerformanceObserver;
  if (!Observer || !Observer.supportedEntryTypes?.includes('longtask')) return { stop: () => null };
  const durations: number[] = [];
  const observer = new Observer((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      durations.push(...observer.takeRecords().map((e) => e.duration));
      observer.disconnect();
      return { count: durations.length, longest: Math.max(0, ...durations) };
    },
  };
}

export async function runCase(config: CaseConfig): Promise<CaseResult> {
  const lr = config.lr ?? 0.05;
  const seed = config.seed ?? 43052;
  const { data, init } = simulateLecture({ n: config.n, w0: -1, w1: 5, seed });
  const common = { x: data.x, y: data.y, loss: config.loss, lr, initW0: init.w0, initW1: init.w1 };

  let t0 = performance.now();
  // recordEvery = epochs: the floor computes the loss (a log per sample) only for the last epoch,
  // as the fused kernels do, so it does the same work.
  const reference = trainReference({ ...common, epochs: config.epochs, recordEvery: config.epochs });
  const referenceMs = performance.now() - t0;

  const actualBackend = await selectBackend(config.backend, { wasmPaths: config.wasmPaths });
  const trainerOptions = { ...common, backend: actualBackend, wasmPaths: config.wasmPaths, webgpuWorkgroupSize: config.webgpuWorkgroupSize };

  // Warm-up (not timed): compiles shaders / pipelines, as a page does on its first chunk.
  const warm = createTrainer({ ...trainerOptions, epochs: 20 });
  await warm.start();

  // Counts: 20 epochs in one chunk, so per-epoch figures include one readback's share.
  const countEpochs = 20;
  const counter = installDispatchCounter();
  const counted = createTrainer({ ...trainerOptions, epochs: countEpochs, epochsPerChunk: countEpochs });
  await counted.ready();
  const before = counter.read();
  const profile = await tf.profile(async () => {
    await counted.start();
  });
  const dispatches = counter.read() - before;
  counter.uninstall();
  const onGpu = actualBackend === 'webgl' || actualBackend === 'webgpu';

  const startTensors = tf.memory().numTensors;
  const longTasks = observeLongTasks();
  t0 = performance.now();
  const trainer = createTrainer({ ...trainerOptions, epochs: config.epochs });
  const result = await trainer.start();
  const ms = performance.now() - t0;
  const tasks = longTasks.stop();

  return {
    ...config,
    lr,
    seed,
    actualBackend,
    ms,
    referenceMs,
    ratio: ms / referenceMs,
    w0: result.w0,
    w1: result.w1,
    referenceW0: reference.w0,
    referenceW1: reference.w1,
    maxParamError: Math.max(Math.abs(result.w0 - reference.w0), Math.abs(result.w1 - reference.w1)),
    kernelsPerEpoch: profile.kernels.length / countEpochs,
    dispatchesPerEpoch: onGpu ? dispatches / countEpochs : null,
    readbacks: result.readbacks,
    longTasks: tasks?.count ?? null,
    longestTaskMs: tasks?.longest ?? null,
    leakedTensors: tf.memory().numTensors - startTensors,
    status: result.status,
    error: result.error?.message ?? null,
  };
}
