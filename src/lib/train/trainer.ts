/**
 * The chunked training loop and its controller (start / pause / resume / step / reset / cancel).
 * One chunk = many epochs queued on the device, then ONE async readback; between chunks the
 * loop gives the browser a turn when it has held the main thread for `frameBudgetMs` (or waits
 * for the next frame after every chunk with `paceToFrames`).
 */
import * as tf from '@tensorflow/tfjs-core';
import { isDivergent, TrainingDivergedError } from '../divergence';
import { activateBackend, chooseBackend, type BackendName, type BackendSelection } from './backends';
import { createRunner, type TrainerMode } from './modes';
import type { EpochRunner, RunnerReading } from './runner';
import { CPU_CHUNK_TARGET_MS, GpuChunkSizer, nextChunkSize, nextFrame, now, yieldToBrowser } from './schedule';
import type { Trainer, TrainerOptions, TrainerProgress, TrainerResult, TrainerState } from './types';

export type { Trainer, TrainerOptions, TrainerProgress, TrainerResult, TrainerState } from './types';

/** Thrown by ready() when the trainer was disposed while it was starting. */
export class TrainerDisposedError extends Error {
  constructor() {
    super('trainer is disposed');
    this.name = 'TrainerDisposedError';
  }
}

export function createTrainer(options: TrainerOptions): Trainer {
  const mode: TrainerMode = options.mode ?? 'fused';
  const frameBudgetMs = options.frameBudgetMs ?? 5;
  const maxChunk = options.epochsPerChunk ?? 2000;
  let state: TrainerState = 'idle';
  let backend: BackendName | null = null;
  let selection: BackendSelection | null = null;
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
    if (state === next || state === 'disposed') return; // disposed is for good
    state = next;
    options.onStateChange?.(next);
  };

  /** dispose() may come while ready() awaits: it must then not upload anything, or free what it did. */
  function stillWanted(): void {
    if (state !== 'disposed') return;
    release();
    throw new TrainerDisposedError();
  }

  async function ready(): Promise<BackendName> {
    stillWanted();
    if (backend === null) {
      selection = await chooseBackend(options.backend ?? 'auto', { wasmPaths: options.wasmPaths }, options.autoPicker);
      backend = selection.name;
    }
    else if (!(await activateBackend(backend, { wasmPaths: options.wasmPaths }))) throw new Error(`backend ${backend} was lost`);
    stillWanted();
    if (runner === null) {
      runner = await createRunner(mode, backend, {
        x: Float32Array.from(options.x),
        y: Float32Array.from(options.y),
        loss: options.loss,
        lr: options.lr,
        w0: params.w0,
        w1: params.w1,
        webgpuWorkgroupSize: options.webgpuWorkgroupSize,
      });
      stillWanted();
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

  /**
   * Main-thread time the loop has taken since it last gave the browser a turn: only the
   * synchronous parts (dispatch, CPU/WASM kernels, progress callbacks), not the wait for a GPU
   * readback, during which the page is free.
   */
  let busyMs = 0;

  interface InFlight {
    epochs: number;
    reading: Promise<RunnerReading>;
    dispatchedAt: number;
    dispatchMs: number;
  }

  /** Queues k epochs on the device and starts their readback (one async data()). */
  function dispatch(k: number): InFlight {
    const t0 = now();
    runner!.run(k);
    const reading = runner!.read();
    const dispatchMs = now() - t0;
    busyMs += dispatchMs;
    return { epochs: k, reading, dispatchedAt: t0, dispatchMs };
  }

  /** Takes in a chunk's reading, in order. Returns false when training diverged (lastError is set). */
  async function settle(chunk: InFlight, later: InFlight[] = []): Promise<boolean> {
    const next = await chunk.reading;
    readbacks++;
    const t1 = now();
    elapsedMs = elapsedBefore + (t1 - loopStartedAt);
    if (next.diverged || isDivergent(next.w0, next.w1, next.loss)) {
      await Promise.allSettled(later.map((c) => c.reading)); // chunks queued after it are void
      const start = { ...params };
      const divergence = await locateDivergence(start, chunk.epochs);
      lastError = divergence;
      params = { ...divergence.lastFinite, loss: start.loss };
      report(0);
      return false;
    }
    epoch += chunk.epochs;
    params = next;
    report(chunk.epochs);
    busyMs += now() - t1;
    return true;
  }

  let elapsedBefore = 0;
  let loopStartedAt = 0;
  function startClock(): void {
    elapsedBefore = elapsedMs;
    loopStartedAt = now();
    busyMs = 0;
  }

  /** Runs k epochs as one chunk, waiting for it (step()). */
  async function runChunk(k: number): Promise<boolean> {
    if (tf.getBackend() !== backend) await ready(); // another trainer on the page switched backends
    return settle(dispatch(k));
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

  function fail(): TrainerResult {
    release();
    setState('error');
    options.onError?.(lastError!);
    return result('error');
  }

  /**
   * The loop. On the GPU backends two chunks are in flight: the next is queued before the
   * previous one's readback arrives, so the readback latency costs no GPU time. Chunks are
   * sized by measurement (schedule.ts) unless epochsPerChunk fixes them.
   */
  async function trainLoop(): Promise<TrainerResult> {
    try {
      await ready();
      setState('running');
      startClock();
      const onGpu = backend === 'webgl' || backend === 'webgpu';
      const depth = onGpu ? 2 : 1;
      const gpuSizer = onGpu ? new GpuChunkSizer(options.chunkTargetMs ?? 25, frameBudgetMs, maxChunk) : null;
      const inFlight: InFlight[] = [];
      let queued = epoch;
      let lastSettledAt = now();
      for (;;) {
        while (stopRequest === null && inFlight.length < depth && queued < options.epochs) {
          if (tf.getBackend() !== backend) await ready(); // another trainer on the page switched backends
          const k = Math.min(chunk, options.epochs - queued);
          inFlight.push(dispatch(k));
          queued += k;
        }
        const head = inFlight.shift();
        if (!head) break;
        if (!(await settle(head, inFlight))) return fail();
        const settledAt = now();
        const wallMs = settledAt - Math.max(lastSettledAt, head.dispatchedAt);
        lastSettledAt = settledAt;
        if (options.epochsPerChunk === undefined) {
          chunk = gpuSizer ? gpuSizer.next(head.epochs, wallMs, head.dispatchMs) : nextChunkSize(chunk, wallMs, options.chunkTargetMs ?? CPU_CHUNK_TARGET_MS, maxChunk);
        }
        if (options.paceToFrames) await nextFrame();
        else if (busyMs >= frameBudgetMs) await yieldToBrowser();
        else continue;
        busyMs = 0;
        lastSettledAt = now();
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
      if (error instanceof TrainerDisposedError) return result('cancelled');
      lastError = error instanceof Error ? error : new Error(String(error));
      return fail();
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
    get selection() { return selection; },
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
        startClock();
        let left = Math.min(n, options.epochs - epoch);
        while (left > 0) {
          const k = Math.min(left, maxChunk);
          if (!(await runChunk(k))) return fail();
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
      // 'disposed' first, so a ready() still awaiting sees it and frees what it creates.
      const wasLooping = loop;
      setState('disposed');
      if (wasLooping) {
        stopRequest = 'cancel';
        await wasLooping;
      }
      release();
    },
  };
}
