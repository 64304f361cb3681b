/**
 * What every fused runner (fused-*.ts) provides to the chunked loop in chunk-pipeline.ts: run some
 * epochs on the device without reading anything back, then read the state with one async data().
 */
import type { LossName } from '../losses';

export interface RunnerSetup {
  x: Float32Array;
  y: Float32Array;
  loss: LossName;
  lr: number;
  w0: number;
  w1: number;
  /** WebGPU threads per workgroup (power of two). */
  webgpuWorkgroupSize?: number;
}

export interface RunnerReading {
  w0: number;
  w1: number;
  loss: number;
  diverged: boolean;
}

export interface EpochRunner {
  /** Queues `epochs` epochs on the device. Synchronous; reads nothing back. */
  run(epochs: number): void;
  /**
   * One async readback: parameters now, the mean loss computed in the last epoch run, and
   * whether any epoch since the last setParams left the safe region. That flag must be tracked
   * on the device: a parameter can jump past ±MAX_ABS_PARAM (divergence.ts) and bounce back inside one chunk.
   */
  read(): Promise<RunnerReading>;
  /** Replaces the parameters (reset, or replay after divergence). */
  setParams(w0: number, w1: number): void;
  /** Frees every tensor this runner holds. */
  dispose(): void;
}
