/**
 * The float64 reference trainer: the lecture's loop (forward, loss, backward, step) with the
 * gradient written out by hand. It is the ground truth for tests and static figures and the
 * speed floor for benchmarks. The per-sample maths comes from the loss's entry in losses.ts.
 */
import { TrainingDivergedError, isDivergent } from './divergence';
import { Losses, type Loss, type LossName } from './losses';

export interface LossPoint {
  /** 1-based epoch. */
  epoch: number;
  /** Mean loss computed in that epoch, before its update (as `loss` in the lecture's loop). */
  loss: number;
}

/** What is trained, the same for the reference and the tfjs trainer (train/types.ts). */
export interface TrainingProblem {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  loss: LossName;
  /** SGD learning rate (lecture: 0.05). */
  lr: number;
  /** Full-batch epochs (lecture: 10000). */
  epochs: number;
  initW0: number;
  initW1: number;
}

export interface ReferenceOptions extends TrainingProblem {
  /** Keep every k-th epoch's loss in `history` (default: ~200 points in all). The last epoch is always kept. */
  recordEvery?: number;
  /** Called after every epoch with the updated parameters; for figures that animate the path. */
  onEpoch?: (epoch: number, w0: number, w1: number, loss: number) => void;
}

export interface ReferenceResult {
  /** Final parameters; after divergence, the last finite ones. */
  w0: number;
  w1: number;
  /** Epochs completed without diverging. */
  epochs: number;
  /** Mean loss at the final parameters. */
  finalLoss: number;
  /** Sampled loss curve. */
  history: LossPoint[];
  /** Set when training stopped early because it diverged; never thrown, so figures can still draw. */
  divergence: TrainingDivergedError | null;
}

/**
 * One full-batch gradient evaluation at (w0, w1): [mean loss, mean dL/dw0, mean dL/dw1].
 * The loss needs a log per sample and the update does not, so it is only computed when asked
 * (`withLoss`); that halves the cost of the epochs nobody looks at. Without it the loss is NaN.
 */
export function lossAndGradient(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  loss: LossName,
  w0: number,
  w1: number,
  withLoss = true,
): [loss: number, g0: number, g1: number] {
  return loss === 'bce' ? sumsBce(x, y, w0, w1, withLoss) : sumsMse(x, y, w0, w1, withLoss);
}

// One wrapper per loss, so each optimised copy of `sums` sees a single loss and inlines its
// functions: a call site shared by both losses turns polymorphic and runs about 2× slower.
const { BCE, MSE } = Losses;
const sumsBce = (x: ArrayLike<number>, y: ArrayLike<number>, w0: number, w1: number, withLoss: boolean) =>
  sums(BCE.valueAt, BCE.gradientAt, x, y, w0, w1, withLoss);
const sumsMse = (x: ArrayLike<number>, y: ArrayLike<number>, w0: number, w1: number, withLoss: boolean) =>
  sums(MSE.valueAt, MSE.gradientAt, x, y, w0, w1, withLoss);

function sums(
  valueAt: Loss['valueAt'],
  gradientAt: Loss['gradientAt'],
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  w0: number,
  w1: number,
  withLoss: boolean,
): [loss: number, g0: number, g1: number] {
  const n = x.length;
  let sumLoss = 0;
  let sumG0 = 0;
  let sumG1 = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const yi = y[i];
    const z = w0 + w1 * xi;
    // σ(z) split by sign so exp never overflows (as logisticParts, inlined: this is the hot loop)
    const e = Math.exp(-Math.abs(z));
    const p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    const r = gradientAt(yi, p);
    sumG0 += r;
    sumG1 += r * xi;
    if (withLoss) sumLoss += valueAt(z, yi, p, e);
  }
  return [withLoss ? sumLoss / n : Number.NaN, sumG0 / n, sumG1 / n];
}

export function trainReference(options: ReferenceOptions): ReferenceResult {
  const { x, y, loss, lr, epochs, onEpoch } = options;
  if (x.length !== y.length || x.length === 0) throw new RangeError('x and y must be non-empty and of equal length');
  const recordEvery = Math.max(1, options.recordEvery ?? Math.ceil(epochs / 200));
  let w0 = options.initW0;
  let w1 = options.initW1;
  const history: LossPoint[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const record = epoch % recordEvery === 0 || epoch === epochs;
    const [meanLoss, g0, g1] = lossAndGradient(x, y, loss, w0, w1, record || onEpoch !== undefined);
    const nextW0 = w0 - lr * g0;
    const nextW1 = w1 - lr * g1;
    // meanLoss is NaN on unrecorded epochs by design, so only the parameters are checked there
    if (isDivergent(nextW0, nextW1, Number.isNaN(meanLoss) && !record ? 0 : meanLoss)) {
      return finish(epoch - 1, new TrainingDivergedError(epoch, { w0, w1 }, lr));
    }
    w0 = nextW0;
    w1 = nextW1;
    if (record) history.push({ epoch, loss: meanLoss });
    onEpoch?.(epoch, w0, w1, meanLoss);
  }
  return finish(epochs, null);

  function finish(done: number, divergence: TrainingDivergedError | null): ReferenceResult {
    const [finalLoss] = lossAndGradient(x, y, loss, w0, w1);
    return { w0, w1, epochs: done, finalLoss, history, divergence };
  }
}
