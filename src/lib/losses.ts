/**
 * The one description of each loss for Linear(1,1) + Sigmoid. Every engine derives its maths
 * from an entry here: the float64 reference and the CPU/WASM kernel call `valueAt`/`gradientAt`,
 * and the WebGL and WebGPU kernels paste `shader`.
 *
 * Everything takes the *logit* z = w0 + w1·x rather than ŷ = σ(z), because that is what lets
 * BCE stay finite when ŷ rounds to exactly 0 or 1 (log(0) would give -Infinity and then NaN).
 * The hot loops compute e = exp(-|z|) and p = σ(z) once per sample (`logisticParts`) and every
 * stable form below reuses them.
 */
export type LossName = 'bce' | 'mse';

interface LossDefinition {
  /** Short name used in parameters and UI. */
  name: LossName;
  /** Loss of one sample with logit z, label y, p = σ(z) and e = exp(-|z|): the stable form. */
  valueAt(z: number, y: number, p: number, e: number): number;
  /** dLoss/dz (chain rule through σ already applied) from p = σ(z) and the label. */
  gradientAt(y: number, p: number): number;
  /**
   * The same two formulas as shader expressions over float `z`, `yi`, `p`, `e`. Written in the
   * common subset of GLSL ES 3.00 and WGSL (max, log, float literals), checked against the JS
   * versions in tests/unit/losses.test.ts.
   */
  shader: { value: string; gradient: string };
}

export interface Loss extends LossDefinition {
  /** Loss of one sample with logit z and label y. */
  value(z: number, y: number): number;
  /** Derivative of `value` with respect to the logit z. */
  gradient(z: number, y: number): number;
}

/** e = exp(-|z|) and p = σ(z), split by sign so exp never overflows. */
export function logisticParts(z: number): { p: number; e: number } {
  const e = Math.exp(-Math.abs(z));
  return { p: z >= 0 ? 1 / (1 + e) : e / (1 + e), e };
}

function defineLoss(definition: LossDefinition): Loss {
  return {
    ...definition,
    value(z, y) {
      const { p, e } = logisticParts(z);
      return definition.valueAt(z, y, p, e);
    },
    gradient(z, y) {
      return definition.gradientAt(y, logisticParts(z).p);
    },
  };
}

export const Losses: Record<'BCE' | 'MSE', Loss> = {
  BCE: defineLoss({
    name: 'bce',
    /** -[y log σ(z) + (1-y) log(1-σ(z))] = softplus(z) - y·z = max(z, 0) + log(1 + e) - y·z: never log(0). */
    valueAt: (z, y, _p, e) => Math.max(z, 0) + Math.log1p(e) - y * z,
    /** σ(z) - y: bounded by 1, which is why BCE with SGD cannot blow up to NaN by itself. */
    gradientAt: (y, p) => p - y,
    shader: { value: 'max(z, 0.0) + log(1.0 + e) - yi * z', gradient: 'p - yi' },
  }),
  MSE: defineLoss({
    name: 'mse',
    /** (σ(z) - y)², as torch.nn.MSELoss per sample. */
    valueAt: (_z, y, p) => (p - y) * (p - y),
    /** 2(ŷ - y)·ŷ(1 - ŷ): vanishes when ŷ saturates, the reason MSE trains slowly here. */
    gradientAt: (y, p) => 2 * (p - y) * p * (1 - p),
    shader: { value: '(p - yi) * (p - yi)', gradient: '2.0 * (p - yi) * p * (1.0 - p)' },
  }),
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
