/**
 * Loss functions for Linear(1,1) + Sigmoid, in the style of TensorFlow Playground's `Errors`
 * registry: each loss is a pair of free functions of one sample. Both take the *logit*
 * z = w0 + w1·x rather than ŷ = σ(z), because that is what lets BCE stay finite when ŷ rounds
 * to exactly 0 or 1 (log(0) would give -Infinity and then NaN).
 */
import { sigmoid } from './sigmoid';

export interface Loss {
  /** Short name used in parameters and UI ('bce' | 'mse'). */
  name: LossName;
  /** Loss of one sample with logit z and label y. */
  value(z: number, y: number): number;
  /** Derivative of `value` with respect to the logit z (chain rule through σ already applied). */
  gradient(z: number, y: number): number;
}

export type LossName = 'bce' | 'mse';

/** softplus(z) = log(1 + e^z) without overflow for large |z|. */
export function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

export const Losses: Record<'BCE' | 'MSE', Loss> = {
  BCE: {
    name: 'bce',
    /** -[y log σ(z) + (1-y) log(1-σ(z))] = softplus(z) - y·z: never log(0). */
    value: (z, y) => softplus(z) - y * z,
    /** σ(z) - y: bounded by 1, which is why BCE with SGD cannot blow up to NaN by itself. */
    gradient: (z, y) => sigmoid(z) - y,
  },
  MSE: {
    name: 'mse',
    /** (σ(z) - y)², as torch.nn.MSELoss per sample. */
    value: (z, y) => (sigmoid(z) - y) ** 2,
    /** 2(ŷ - y)·ŷ(1 - ŷ): vanishes when ŷ saturates, the reason MSE trains slowly here. */
    gradient: (z, y) => {
      const yHat = sigmoid(z);
      return 2 * (yHat - y) * yHat * (1 - yHat);
    },
  },
};

/** Looks a loss up by its parameter name. */
export function lossByName(name: LossName): Loss {
  return name === 'bce' ? Losses.BCE : Losses.MSE;
}

/**
 * BCE from a probability, as the lecture writes it, but with torch.nn.BCELoss's guard:
 * each log is clamped at -100, so ŷ = 0 or 1 gives a large finite loss instead of NaN.
 */
export function bceFromProbability(yHat: number, y: number): number {
  const logP = Math.max(Math.log(yHat), -100);
  const logQ = Math.max(Math.log(1 - yHat), -100);
  return -(y * logP + (1 - y) * logQ);
}
