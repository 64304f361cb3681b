/**
 * What every fused runner (fused-*.ts) provides to the chunked loop in chunk-pipeline.ts: run some
 * epochs on the device without reading anything back, then read the state with one async data().
 */
import type { LossName } from '../losses';
import type { OptimizerName } from '../params';
import { adamStepConstants } from '../torch/core/optim';

/**
 * Adam's state after `step` updates: each parameter's exp_avg and exp_avg_sq, in (ŵ0, ŵ1) order.
 * A runner hands it out with every reading and takes it back in setParams, so replaying a chunk
 * (locate-divergence.ts) or resuming on a new runner continues Adam where it was.
 */
export interface OptimizerState {
  step: number;
  expAvg: [number, number];
  expAvgSq: [number, number];
}

export const freshOptimizerState = (): OptimizerState => ({ step: 0, expAvg: [0, 0], expAvgSq: [0, 0] });

/**
 * The per-epoch scalars of Adam steps firstStep … firstStep + epochs − 1 as the GPU kernels take
 * them, (stepSize, √(1 − β2^t)) pairs: computed in double and cast to float32 as PyTorch does,
 * which a shader's own pow() would not reproduce.
 */
export function adamScalars(lr: number, firstStep: number, epochs: number): Float32Array {
  const scalars = new Float32Array(2 * epochs);
  for (let k = 0; k < epochs; k++) {
    const { stepSize, biasCorrection2Sqrt } = adamStepConstants(firstStep + k, { lr });
    scalars[2 * k] = stepSize;
    scalars[2 * k + 1] = biasCorrection2Sqrt;
  }
  return scalars;
}

export interface RunnerSetup {
  x: Float32Array;
  y: Float32Array;
  loss: LossName;
  /** torch.optim.SGD (no momentum) or torch.optim.Adam with PyTorch's defaults but lr. */
  optimizer: OptimizerName;
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
  optimizer: OptimizerState;
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
  /** Replaces the parameters and the optimizer's state (reset: a fresh one; replay after divergence: the chunk's start). */
  setParams(w0: number, w1: number, optimizer: OptimizerState): void;
  /** Frees every tensor this runner holds. */
  dispose(): void;
}
