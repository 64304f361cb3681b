// Build-time training for the static figures: the lecture's loop on the torch core, in float32
// as PyTorch runs it (src/lib/lecture-loop.ts), so a trained figure shows the numbers the page's
// seeded PyTorch output and its prose show.
import type { Params } from '../../src/lib/divergence';
import { runLectureLoop } from '../../src/lib/lecture-loop';
import type { LogisticData } from '../../src/lib/logistic';
import type { LossName } from '../../src/lib/losses';
import type { OptimizerName } from '../../src/lib/params';
import type { ReferenceResult } from '../../src/lib/reference';

/** n × epochs beyond this would slow every build; such figures show the starting state instead. */
const BUILD_WORK_LIMIT = 50_000_000;

export interface ReferenceRun extends ReferenceResult {
  /** (w0, w1) about 200 times along the way, for the landscape path. */
  trajectory: Params[];
}

export function runReference(data: LogisticData, loss: LossName, optimizer: OptimizerName, lr: number, epochs: number, init: Params): ReferenceRun | null {
  if (data.x.length * epochs > BUILD_WORK_LIMIT) return null;
  const every = Math.max(1, Math.ceil(epochs / 200));
  const trajectory: Params[] = [{ ...init }];
  const result = runLectureLoop({
    x: data.x,
    y: data.y,
    loss,
    optimizer,
    lr,
    epochs,
    init,
    onEpoch: (epoch, w0, w1) => {
      if (epoch % every === 0) trajectory.push({ w0, w1 });
    },
  });
  return { ...result, trajectory };
}
