// Build-time training with the float64 reference engine, for the static figures.
import { trainReference, type ReferenceResult } from '../../src/lib/reference';
import type { Params } from '../../src/lib/divergence';
import type { LogisticData } from '../../src/lib/logistic';
import type { LossName } from '../../src/lib/losses';

/** n × epochs beyond this would slow every build; such figures show the starting state instead. */
export const BUILD_WORK_LIMIT = 50_000_000;

export interface ReferenceRun extends ReferenceResult {
  /** (w0, w1) about 200 times along the way, for the landscape path. */
  trajectory: Params[];
}

export function runReference(data: LogisticData, loss: LossName, lr: number, epochs: number, init: Params): ReferenceRun | null {
  if (data.x.length * epochs > BUILD_WORK_LIMIT) return null;
  const every = Math.max(1, Math.ceil(epochs / 200));
  const trajectory: Params[] = [{ ...init }];
  const result = trainReference({
    x: data.x,
    y: data.y,
    loss,
    lr,
    epochs,
    initW0: init.w0,
    initW1: init.w1,
    onEpoch: (epoch, w0, w1) => {
      if (epoch % every === 0) trajectory.push({ w0, w1 });
    },
  });
  return { ...result, trajectory };
}
