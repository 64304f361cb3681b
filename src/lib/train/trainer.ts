/**
 * The chunked training loop and its controller (start / pause / resume / step / reset / cancel).
 * One chunk = many epochs queued on the device, then ONE async readback; between chunks the
 * loop gives the browser a frame when it has held the main thread for `frameBudgetMs`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { isDivergent, TrainingDivergedError, DEFAULT_MAX_ABS_PARAM } from '../divergence';
import { activateBackend, selectBackend, type BackendName } from './backends';
import { createRunner, type TrainerMode } from './modes';
import type { EpochRunner } from './runner';
import { chunkTarget, nextChunkSize, nextFrame, now } from './schedule';
import type { Trainer, TrainerOptions, TrainerProgress, TrainerResult, TrainerState } from './types';

export type { Trainer, TrainerOptions, TrainerProgress, TrainerResult, TrainerState } from './types';

export function createTrainer(options: TrainerOptions): Trainer {
  const mode: TrainerMode = options.mode ?? 'fused';
  const frameBudgetMs = options.frameBudgetMs ?? 8;
  const maxChunk = options.epochsPerChunk ?? 2000;
  let state: TrainerState = 'idle';
  let backend: BackendName | null = null;
  let runner: EpochRunner | null = null;
  let epoch = 0;
  let params = { w0: options.initW0, w1: options.initW1, loss: Number.NaN };
  let elapsedMs = 0;
  let readbacks = 0;
  // Start with one epoch and let nextChunkSize double it: the cost of an epoch is unknown
  // (n = 10^6 on the CPU is ~20 ms), and a first chunk that is too big is a long task.
  let chunk = options.epochsPerChunk ?? 1;
  let progress: TrainerProgress | null = null;
  let loop: Promise<TrainerResult> | null = null;
  let lastError: Error | null = null;
  let stopRequest: 'pause' | 'cancel' | null = null;

  const setState = (next: TrainerState) => {
    if (state === next) return;
    state = next;
    options.onStateChange?.(next);
  };

  async function ready(): Promise<BackendName> {
    if (state === 'disposed') throw new Error('trainer is disposed');
    if (backend === null) backend = await selectBackend(options.backend ?? 'auto', { wasmPaths: options.wasmPaths });
    else if (!(await activateBackend(backend, { wasmPaths: options.wasmPaths }))) throw new Error(`backend ${backend} was lost`);
    if (runner === null) {
      runner = await createRunner(mode, backend, {
        x: Float32Array.from(options.x),
        y: Float32Array.from(options.y),
        loss: options.loss,
        lr: options.lr,
        w0: params.w0,
        w1: params.w1,
        webgpuWorkgroupSize: options.webgpuWorkgroupSize,
        maxAbsParam: DEFAULT_MAX_ABS_PARAM,
      });
    }
    if (progress === null) report(0);
    return backend;
  }

  function report(chunkEpochs: number): TrainerProgress {
    progress = { epoch, loss: params.loss, w0: params.w0, w1: params.w1, backend: backend!, mode, elapsedMs, chunkEpochs };
    options.onProgress?.(progress);
    return progress;
  }

  function release(): void {
    runner?.dispose();
    runner = null;
  }

  /** Runs k epochs as one chunk. Returns false when training diverged (state is then 'error'). */
  async function runChunk(k: number): Promise<boolean> {
    if (tf.getBackend() !== backend) await ready(); // another trainer on the page switched backends
    const start = { ...params };
    const t0 = now();
    runner!.run(k);
    const next = await runner!.read();
    readbacks++;
    elapsedMs += now() - t0;
    if (next.diverged || isDivergent(next.w0, next.w1, next.loss, DEFAULT_MAX_ABS_PARAM)) {
      const divergence = await locateDivergence(start, k);
      lastError = divergence;
      params = { ...divergence.lastFinite, loss: start.loss };
      report(0);
      return false;
    }
    epoch += k;
    params = next;
    report(k);
    return true;
  }

  /** Replays the failed chunk one epoch per readback to name the exact epoch (error path only). */
  async function locateDivergence(start: { w0: number; w1: number }, k: number): Promise<TrainingDivergedError> {
    runner!.setParams(start.w0, start.w1);
    let last = start;
    for (let i = 1; i <= k; i++) {
      runner!.run(1);
      const next = await runner!.read();
      readbacks++;
      if (next.diverged || isDivergent(next.w0, next.w1, next.loss)) {
        epoch += i - 1;
        return new TrainingDivergedError(epoch + 1, last, options.lr);
      }
      last = next;
    }
    epoch += k - 1; // not reproduced (should not happen): blame the chunk's last epoch
    return new TrainingDivergedError(epoch + 1, start, options.lr);
  }

  function result(status: TrainerResult['status']): TrainerResult {
    const base = progress ?? { epoch, loss: params.loss, w0: params.w0, w1: params.w1, backend: backend!, mode, elapsedMs, chunkEpochs: 0 };
    return { ...base, epoch, w0: params.w0, w1: params.w1, status, error: status === 'error' ? lastError : null, readbacks };
  }

  async function trainLoop(): Promise<TrainerResult> {
    try {
      await ready();
      setState('running');
      let blockedSince = now();
      let fastestChunkMs = Infinity;
      while (epoch < options.epochs && stopRequest === null) {
        const k = Math.min(chunk, options.epochs - epoch);
        const t0 = now();
        if (!(await runChunk(k))) {
          release();
          setState('error');
          options.onError?.(lastError!);
          return result('error');
        }
        const took = now() - t0;
        fastestChunkMs = Math.min(fastestChunkMs, took);
        const targetMs = options.chunkTargetMs ?? chunkTarget(backend!, fastestChunkMs);
        if (options.epochsPerChunk === undefined) chunk = nextChunkSize(chunk, took, targetMs, maxChunk);
        if (now() - blockedSince >= frameBudgetMs) {
          await nextFrame();
          blockedSince = now();
        }
      }
      if (stopRequest === 'pause') {
        setState('paused');
        return result('cancelled');
      }
      if (stopRequest === 'cancel') return result('cancelled');
      release();
      setState('done');
      const done = result('done');
      options.onDone?.(done);
      return done;
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
      release();
      setState('error');
      options.onError?.(lastError);
      return result('error');
    } finally {
      stopRequest = null;
      loop = null;
    }
  }

  function start(): Promise<TrainerResult> {
    if (state === 'disposed') return Promise.resolve(result('cancelled'));
    if (loop) return loop;
    if (state === 'done' || state === 'error' || state === 'cancelled') resetValues();
    loop = trainLoop();
    return loop;
  }

  function resetValues(): void {
    epoch = 0;
    params = { w0: options.initW0, w1: options.initW1, loss: Number.NaN };
    elapsedMs = 0;
    readbacks = 0;
    lastError = null;
    progress = null;
    runner?.setParams(params.w0, params.w1);
  }

  async function stopLoop(): Promise<void> {
    if (loop) {
      stopRequest = 'cancel';
      await loop;
    }
  }

  return {
    get state() { return state; },
    get backend() { return backend; },
    get progress() { return progress; },
    ready,
    start,
    pause() {
      if (loop) stopRequest = 'pause';
    },
    resume: start,
    async step(n = 1) {
      if (loop) throw new Error('step() while running: pause first');
      if (state === 'done' || state === 'error' || state === 'cancelled') resetValues();
      const task = (async () => {
        await ready();
        let left = Math.min(n, options.epochs - epoch);
        while (left > 0) {
          const k = Math.min(left, maxChunk);
          if (!(await runChunk(k))) {
            release();
            setState('error');
            options.onError?.(lastError!);
            return result('error');
          }
          left -= k;
        }
        setState(epoch >= options.epochs ? 'done' : 'paused');
        if (state === 'done') release();
        return result('done');
      })().finally(() => (loop = null));
      loop = task;
      await task;
      return progress!;
    },
    async reset() {
      await stopLoop();
      release();
      resetValues();
      if (state !== 'disposed') setState('idle');
      if (backend) report(0);
    },
    async cancel() {
      await stopLoop();
      release();
      if (state !== 'disposed' && state !== 'done' && state !== 'error') setState('cancelled');
    },
    async dispose() {
      await stopLoop();
      release();
      setState('disposed');
    },
  };
}
