/**
 * The trainer's controller (start / pause / resume / step / reset / cancel / dispose): its state
 * machine, the backend and runner it holds, and what each way of stopping leaves behind. The
 * chunks themselves run in chunk-pipeline.ts; what the run has reached is kept in run-record.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import { activateBackend, chooseBackend, type BackendName, type BackendSelection } from './backends';
import { ChunkPipeline } from './chunk-pipeline';
import { createRunner } from './runner-for-backend';
import { RunRecord } from './run-record';
import type { EpochRunner } from './runner';
import type { Trainer, TrainerOptions, TrainerResult, TrainerState } from './types';

export type { Trainer, TrainerOptions, TrainerProgress, TrainerResult, TrainerState } from './types';

/** Thrown by ready() when the trainer was disposed while it was starting. */
export class TrainerDisposedError extends Error {
  constructor() {
    super('trainer is disposed');
    this.name = 'TrainerDisposedError';
  }
}

export function createTrainer(options: TrainerOptions): Trainer {
  const record = new RunRecord(options);
  let state: TrainerState = 'idle';
  let selection: BackendSelection | null = null;
  let runner: EpochRunner | null = null;
  const pipeline = new ChunkPipeline(options, record, () => runner!);
  let loop: Promise<TrainerResult> | null = null;
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
    if (record.backend === null) {
      selection = await chooseBackend(options.backend ?? 'auto', { wasmPaths: options.wasmPaths }, options.autoPicker);
      record.backend = selection.name;
    }
    else if (!(await activateBackend(record.backend, { wasmPaths: options.wasmPaths }))) throw new Error(`backend ${record.backend} was lost`);
    stillWanted();
    if (runner === null) {
      runner = await createRunner(record.backend, {
        x: Float32Array.from(options.x),
        y: Float32Array.from(options.y),
        loss: options.loss,
        optimizer: options.optimizer ?? 'sgd',
        lr: options.lr,
        w0: record.params.w0,
        w1: record.params.w1,
        webgpuWorkgroupSize: options.webgpuWorkgroupSize,
      });
      // after cancel() a new runner goes on from where the run was, Adam's averages included
      runner.setParams(record.params.w0, record.params.w1, record.optimizer);
      stillWanted();
    }
    if (record.progress === null) record.report(0);
    return record.backend;
  }

  /** Another trainer on the page may have switched the tfjs backend since the last chunk. */
  async function ensureBackend(): Promise<void> {
    if (tf.getBackend() !== record.backend) await ready();
  }

  function release(): void {
    runner?.dispose();
    runner = null;
  }

  function fail(): TrainerResult {
    release();
    setState('error');
    options.onError?.(record.lastError!);
    return record.result('error');
  }

  async function trainLoop(): Promise<TrainerResult> {
    try {
      await ready();
      setState('running');
      pipeline.startClock();
      const onGpu = record.backend === 'webgl' || record.backend === 'webgpu';
      if (!(await pipeline.run(onGpu, () => stopRequest !== null, ensureBackend))) return fail();
      if (stopRequest === 'pause') {
        setState('paused');
        return record.result('cancelled');
      }
      if (stopRequest === 'cancel') return record.result('cancelled');
      release();
      setState('done');
      const done = record.result('done');
      options.onDone?.(done);
      return done;
    } catch (error) {
      if (error instanceof TrainerDisposedError) return record.result('cancelled');
      record.lastError = error instanceof Error ? error : new Error(String(error));
      return fail();
    } finally {
      stopRequest = null;
      loop = null;
    }
  }

  const hasEnded = () => state === 'done' || state === 'error' || state === 'cancelled';

  function start(): Promise<TrainerResult> {
    if (state === 'disposed') return Promise.resolve(record.result('cancelled'));
    if (loop) return loop;
    if (hasEnded()) resetValues();
    loop = trainLoop();
    return loop;
  }

  function resetValues(): void {
    record.restart();
    runner?.setParams(record.params.w0, record.params.w1, record.optimizer);
  }

  async function stopLoop(): Promise<void> {
    if (loop) {
      stopRequest = 'cancel';
      await loop;
    }
  }

  return {
    get state() { return state; },
    get backend() { return record.backend; },
    get selection() { return selection; },
    get progress() { return record.progress; },
    ready,
    start,
    pause() {
      if (loop) stopRequest = 'pause';
    },
    resume: start,
    async step(n = 1) {
      if (loop) throw new Error('step() while running: pause first');
      if (hasEnded()) resetValues();
      const task = (async () => {
        await ready();
        pipeline.startClock();
        if (!(await pipeline.step(Math.min(n, options.epochs - record.epoch), ensureBackend))) return fail();
        setState(record.epoch >= options.epochs ? 'done' : 'paused');
        if (state === 'done') release();
        return record.result('done');
      })().finally(() => (loop = null));
      loop = task;
      await task;
      return record.progress!;
    },
    async reset() {
      await stopLoop();
      release();
      resetValues();
      if (state !== 'disposed') setState('idle');
      if (record.backend) record.report(0);
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
