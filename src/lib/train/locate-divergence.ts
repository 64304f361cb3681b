/**
 * The error path of the chunked loop: a chunk's readback said "diverged" somewhere in its k
 * epochs, so replay them from the chunk's start one epoch per readback to name the exact epoch
 * and the last finite parameters (what the demo draws and reports).
 */
import { isDivergent, TrainingDivergedError, type Params } from '../divergence';
import type { EpochRunner, OptimizerState } from './runner';

export interface LocatedDivergence {
  error: TrainingDivergedError;
  /** Epochs of the replayed chunk that were still finite (the run's epoch count grows by this). */
  goodEpochs: number;
  readbacks: number;
}

/** `epochBefore` = epochs completed before the chunk; the error names the 1-based epoch that failed. */
export async function locateDivergence(runner: EpochRunner, start: Params, optimizer: OptimizerState, chunkEpochs: number, epochBefore: number, lr: number): Promise<LocatedDivergence> {
  runner.setParams(start.w0, start.w1, optimizer);
  let last: Params = start;
  for (let i = 1; i <= chunkEpochs; i++) {
    runner.run(1);
    const next = await runner.read();
    if (next.diverged || isDivergent(next.w0, next.w1, next.loss)) {
      return { error: new TrainingDivergedError(epochBefore + i, last, lr), goodEpochs: i - 1, readbacks: i };
    }
    last = next;
  }
  // Not reproduced (should not happen): blame the chunk's last epoch.
  return { error: new TrainingDivergedError(epochBefore + chunkEpochs, start, lr), goodEpochs: chunkEpochs - 1, readbacks: chunkEpochs };
}
