/**
 * What a run has reached: epochs done, the parameters and last loss, wall time, readbacks, and the
 * error that stopped it. The one place a TrainerProgress and a TrainerResult are assembled, so a
 * progress report and the final result cannot disagree.
 */
import type { BackendName } from './backends';
import { freshOptimizerState, type OptimizerState } from './runner';
import type { TrainerOptions, TrainerProgress, TrainerResult } from './types';

export interface ParamsAndLoss {
  w0: number;
  w1: number;
  /** Mean loss in the last epoch run; NaN before the first. */
  loss: number;
}

export class RunRecord {
  epoch = 0;
  params: ParamsAndLoss;
  /** The optimizer's state at `params` (Adam's averages), for a replay or a new runner to go on from. */
  optimizer: OptimizerState = freshOptimizerState();
  /** Training wall time so far, excluding pauses. */
  elapsedMs = 0;
  readbacks = 0;
  lastError: Error | null = null;
  /** The latest report (null until the trainer is ready, and after a reset). */
  progress: TrainerProgress | null = null;
  backend: BackendName | null = null;

  constructor(private readonly options: Pick<TrainerOptions, 'initW0' | 'initW1' | 'onProgress'>) {
    this.params = this.initialParams();
  }

  /** Back to epoch 0 at the initial parameters. */
  restart(): void {
    this.epoch = 0;
    this.params = this.initialParams();
    this.optimizer = freshOptimizerState();
    this.elapsedMs = 0;
    this.readbacks = 0;
    this.lastError = null;
    this.progress = null;
  }

  /** Records where the run is and tells the page (onProgress). */
  report(chunkEpochs: number): TrainerProgress {
    this.progress = this.snapshot(chunkEpochs);
    this.options.onProgress?.(this.progress);
    return this.progress;
  }

  /** How the loop ended, with the latest report's loss and time. */
  result(status: TrainerResult['status']): TrainerResult {
    const base = this.progress ?? this.snapshot(0);
    const { epoch, params, readbacks } = this;
    return { ...base, epoch, w0: params.w0, w1: params.w1, status, error: status === 'error' ? this.lastError : null, readbacks };
  }

  private snapshot(chunkEpochs: number): TrainerProgress {
    const { epoch, params, elapsedMs } = this;
    return { epoch, loss: params.loss, w0: params.w0, w1: params.w1, backend: this.backend!, elapsedMs, chunkEpochs };
  }

  private initialParams(): ParamsAndLoss {
    return { w0: this.options.initW0, w1: this.options.initW1, loss: Number.NaN };
  }
}
