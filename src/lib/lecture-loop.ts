// The lecture's training loop run on the torch core, in float32 as PyTorch 1.13 runs it (the
// same ops, the same rounding): what the static figures show after training, so a page's
// figures, its seeded PyTorch output and its prose give one set of numbers. The code is the
// lecture's own: BCE written out as -mean(y·log ŷ + (1-y)·log(1-ŷ)), MSE as the homework's
// MSELoss()(y, ŷ), SGD (or Adam, 05wk-1's homework), and net.zero_grad() after each step.
import type { Params } from './divergence';
import { isDivergent, TrainingDivergedError } from './divergence';
import type { LossName } from './losses';
import type { LossPoint, ReferenceResult } from './reference';
import { backward, noGrad } from './torch/core/autograd';
import { add, mul, sub } from './torch/core/elementwise';
import { linear } from './torch/core/linalg';
import { mseLoss } from './torch/core/losses';
import { parameter } from './torch/core/nn';
import { Adam, SGD } from './torch/core/optim';
import type { OptimizerName } from './params';
import { mean } from './torch/core/reduce';
import { Tensor } from './torch/core/tensor';
import { log, neg, sigmoid } from './torch/core/unary';

export interface LectureLoopOptions {
  /** Inputs and labels (float32 values, as the lecture's tensors hold them). */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  loss: LossName;
  /** Default 'sgd'. */
  optimizer?: OptimizerName;
  lr: number;
  epochs: number;
  init: Params;
  /** Called every `every` epochs with the parameters after that epoch's step (the landscape path). */
  onEpoch?: (epoch: number, w0: number, w1: number) => void;
  /** Keep every k-th epoch's loss in `history` (default: ~200 points); the last epoch is always kept. */
  recordEvery?: number;
}

export function runLectureLoop({ x, y, loss, optimizer: optimizerName = 'sgd', lr, epochs, init, onEpoch, recordEvery }: LectureLoopOptions): ReferenceResult {
  const n = x.length;
  const X = new Tensor(Float32Array.from(x), [n, 1], 'float32');
  const Y = new Tensor(Float32Array.from(y), [n, 1], 'float32');
  const weight = parameter(Float32Array.of(init.w1), [1, 1]);
  const bias = parameter(Float32Array.of(init.w0), [1]);
  const optimizer = optimizerName === 'adam' ? new Adam([weight, bias], { lr }) : new SGD([weight, bias], { lr });
  const every = Math.max(1, recordEvery ?? Math.ceil(epochs / 200));
  const history: LossPoint[] = [];
  const params = () => ({ w0: bias.data[0], w1: weight.data[0] });
  const lossOf = (yhat: Tensor): Tensor =>
    loss === 'bce' ? neg(mean(add(mul(Y, log(yhat)), mul(sub(1, Y), log(sub(1, yhat)))))) : mseLoss(Y, yhat);
  let last = Number.NaN;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const before = params();
    const value = lossOf(sigmoid(linear(X, weight, bias)));
    last = value.data[0];
    backward(value);
    optimizer.step();
    optimizer.zeroGrad(false);
    const { w0, w1 } = params();
    if (isDivergent(w0, w1, last)) {
      return finish(epoch - 1, new TrainingDivergedError(epoch, before, lr), before);
    }
    if (epoch % every === 0 || epoch === epochs) history.push({ epoch, loss: last });
    onEpoch?.(epoch, w0, w1);
  }
  return finish(epochs, null, params());

  function finish(done: number, divergence: TrainingDivergedError | null, at: Params): ReferenceResult {
    const finalLoss = noGrad(() => {
      bias.data[0] = at.w0;
      weight.data[0] = at.w1;
      return lossOf(sigmoid(linear(X, weight, bias))).data[0];
    });
    return { ...at, epochs: done, finalLoss, history, divergence };
  }
}
