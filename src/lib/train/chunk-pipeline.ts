/**
 * Moves a run forward chunk by chunk: queue k epochs on the device, read back once, record the
 * result, size the next chunk, and give the browser its turn when the loop has held the main
 * thread for the frame budget. On the GPU backends two chunks are in flight: the next is queued
 * before the previous one's readback arrives, so the readback latency costs no GPU time.
 */
import { isDivergent } from '../divergence';
import { locateDivergence } from './locate-divergence';
import type { RunRecord } from './run-record';
import type { EpochRunner, RunnerReading } from './runner';
import { CPU_CHUNK_TARGET_MS, GpuChunkSizer, nextChunkSize, nextFrame, now, yieldToBrowser } from './schedule';
import type { TrainerOptions } from './types';

/** A chunk queued on the device whose readback has not been taken in yet. */
interface InFlight {
  epochs: number;
  reading: Promise<RunnerReading>;
  dispatchedAt: number;
  dispatchMs: number;
}

type PipelineOptions = Pick<TrainerOptions, 'epochs' | 'lr' | 'epochsPerChunk' | 'chunkTargetMs' | 'frameBudgetMs' | 'paceToFrames'>;

export class ChunkPipeline {
  /**
   * Main-thread time the loop has taken since it last gave the browser a turn: only the
   * synchronous parts (dispatch, CPU/WASM kernels, progress callbacks), not the wait for a GPU
   * readback, during which the page is free.
   */
  private busyMs = 0;
  private elapsedBefore = 0;
  private loopStartedAt = 0;
  // Start with one epoch and let nextChunkSize double it: the cost of an epoch is unknown
  // (n = 10^6 on the CPU is ~20 ms), and a first chunk that is too big is a long task.
  private chunk: number;
  private readonly frameBudgetMs: number;
  private readonly maxChunk: number;

  constructor(
    private readonly options: PipelineOptions,
    private readonly record: RunRecord,
    private readonly runner: () => EpochRunner,
  ) {
    this.frameBudgetMs = options.frameBudgetMs ?? 5;
    this.maxChunk = options.epochsPerChunk ?? 2000;
    this.chunk = options.epochsPerChunk ?? 1;
  }

  /** Starts timing a loop: elapsed time continues from where the last loop left it. */
  startClock(): void {
    this.elapsedBefore = this.record.elapsedMs;
    this.loopStartedAt = now();
    this.busyMs = 0;
  }

  /** Runs n epochs in chunks of at most the fixed or maximum chunk size, waiting for each (step()). */
  async step(n: number, ensureBackend: () => Promise<void>): Promise<boolean> {
    let left = n;
    while (left > 0) {
      const k = Math.min(left, this.maxChunk);
      await ensureBackend();
      if (!(await this.settle(this.dispatch(k)))) return false;
      left -= k;
    }
    return true;
  }

  /**
   * Trains until all epochs are done or `stopRequested()`. Chunks are sized by measurement
   * (schedule.ts) unless epochsPerChunk fixes them. Returns false when training diverged
   * (record.lastError is set).
   */
  async run(onGpu: boolean, stopRequested: () => boolean, ensureBackend: () => Promise<void>): Promise<boolean> {
    const { options } = this;
    const depth = onGpu ? 2 : 1;
    const gpuSizer = onGpu ? new GpuChunkSizer(options.chunkTargetMs ?? 25, this.frameBudgetMs, this.maxChunk) : null;
    const inFlight: InFlight[] = [];
    let queued = this.record.epoch;
    let lastSettledAt = now();
    for (;;) {
      while (!stopRequested() && inFlight.length < depth && queued < options.epochs) {
        await ensureBackend();
        const k = Math.min(this.chunk, options.epochs - queued);
        inFlight.push(this.dispatch(k));
        queued += k;
      }
      const head = inFlight.shift();
      if (!head) return true;
      if (!(await this.settle(head, inFlight))) return false;
      const settledAt = now();
      const wallMs = settledAt - Math.max(lastSettledAt, head.dispatchedAt);
      lastSettledAt = settledAt;
      if (options.epochsPerChunk === undefined) {
        this.chunk = gpuSizer
          ? gpuSizer.next(head.epochs, wallMs, head.dispatchMs)
          : nextChunkSize(this.chunk, wallMs, options.chunkTargetMs ?? CPU_CHUNK_TARGET_MS, this.maxChunk);
      }
      if (options.paceToFrames) await nextFrame();
      else if (this.busyMs >= this.frameBudgetMs) await yieldToBrowser();
      else continue;
      this.busyMs = 0;
      lastSettledAt = now();
    }
  }

  /** Queues k epochs on the device and starts their readback (one async data()). */
  private dispatch(k: number): InFlight {
    const t0 = now();
    const runner = this.runner();
    runner.run(k);
    const reading = runner.read();
    const dispatchMs = now() - t0;
    this.busyMs += dispatchMs;
    return { epochs: k, reading, dispatchedAt: t0, dispatchMs };
  }

  /** Takes in a chunk's reading, in order. Returns false when training diverged (record.lastError is set). */
  private async settle(chunk: InFlight, later: InFlight[] = []): Promise<boolean> {
    const { record } = this;
    const next = await chunk.reading;
    record.readbacks++;
    const t1 = now();
    record.elapsedMs = this.elapsedBefore + (t1 - this.loopStartedAt);
    if (next.diverged || isDivergent(next.w0, next.w1, next.loss)) {
      await Promise.allSettled(later.map((c) => c.reading)); // chunks queued after it are void
      const start = { ...record.params };
      const located = await locateDivergence(this.runner(), start, record.optimizer, chunk.epochs, record.epoch, this.options.lr);
      record.readbacks += located.readbacks;
      record.epoch += located.goodEpochs;
      record.lastError = located.error;
      record.params = { ...located.error.lastFinite, loss: start.loss };
      record.report(0);
      return false;
    }
    record.epoch += chunk.epochs;
    record.params = { w0: next.w0, w1: next.w1, loss: next.loss };
    record.optimizer = next.optimizer;
    record.report(chunk.epochs);
    this.busyMs += now() - t1;
    return true;
  }
}
