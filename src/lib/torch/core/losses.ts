// Loss functions with PyTorch 1.13's CPU formulas and fused backward nodes
// (MseLossBackward0, BinaryCrossEntropyBackward0,
// BinaryCrossEntropyWithLogitsBackward0), in float32.
import { cascadeSum } from './cascade-sum';
import { gradBuffer, needsGrad, record } from './autograd';
import { isRecording, recordOp } from './recording';
import { broadcastIndex, broadcastShapes, sameShape } from './shape';
import { sleefExpf, vectorEnd } from './sleef';
import { Tensor } from './tensor';

const f = Math.fround;

export type Reduction = 'mean' | 'sum' | 'none';

/**
 * An operand as seen at the broadcast shape: its own buffer when it already has that shape,
 * else an expanded copy that `refresh` fills again (the loss's backward reads these buffers, so
 * a loop replay must refill them before computing the loss again).
 */
function expanded(t: Tensor, shape: number[]): { values: Float32Array; refresh(): void } {
  const idx = broadcastIndex(t.shape, shape);
  if (!idx) {
    const values = t.data instanceof Float32Array ? t.data : Float32Array.from(t.data);
    return { values, refresh: () => values !== t.data && values.set(t.data) };
  }
  const values = new Float32Array(idx.length);
  const refresh = () => {
    for (let i = 0; i < idx.length; i++) values[i] = t.data[idx[i]];
  };
  refresh();
  return { values, refresh };
}

/** The output of a loss: per-element losses for 'none', else their mean or sum as a 0-dim tensor. */
function lossOutput(shape: number[], reduction: Reduction): Tensor {
  const n = shape.reduce((p, d) => p * d, 1);
  return reduction === 'none' ? new Tensor(new Float32Array(n), shape, 'float32') : new Tensor(new Float32Array(1), [], 'float32');
}

/** Reduce per-element losses into `out` (PyTorch's float32 cascade sum, then / numel for 'mean'). */
function reduceInto(losses: Float32Array, out: Tensor, reduction: Reduction): void {
  if (reduction === 'none') {
    out.data.set(losses);
    return;
  }
  const total = cascadeSum(losses, losses.length);
  out.data[0] = reduction === 'mean' ? f(total / losses.length) : total;
}

/** Computes a loss into its output now, and again whenever a loop replay asks (recordOp). */
function computeLoss(kind: string, input: Tensor, target: Tensor, out: Tensor, reduction: Reduction, forward: () => void): void {
  forward();
  if (isRecording()) recordOp(kind, [input, target], out, forward, [reduction]);
}

function gradAt(g: Float32Array, i: number): number {
  return g.length === 1 ? g[0] : g[i];
}

/** Sum a broadcast gradient back to an operand's shape. */
function toShape(grad: Float32Array, shape: number[], t: Tensor): Float32Array {
  if (sameShape(shape, t.shape)) return grad;
  const idx = broadcastIndex(t.shape, shape)!;
  const acc = new Float64Array(t.size);
  for (let i = 0; i < grad.length; i++) acc[idx[i]] += grad[i];
  return Float32Array.from(acc);
}

export function mseLoss(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  const shape = broadcastShapes(input.shape, target.shape);
  const xs = expanded(input, shape);
  const ys = expanded(target, shape);
  const x = xs.values;
  const y = ys.values;
  const losses = new Float32Array(x.length);
  const out = lossOutput(shape, reduction);
  computeLoss('mse', input, target, out, reduction, () => {
    xs.refresh();
    ys.refresh();
    for (let i = 0; i < x.length; i++) {
      const d = f(x[i] - y[i]);
      losses[i] = d * d;
    }
    reduceInto(losses, out, reduction);
  });
  if (!needsGrad(input, target)) return out;
  // norm * (input - target) * grad, norm = 2/numel for 'mean'
  const norm = f(reduction === 'mean' ? 2 / x.length : 2);
  return record(out, 'MseLossBackward0', [input, target], (g) => {
    const gi = gradBuffer(x.length);
    for (let i = 0; i < x.length; i++) gi[i] = f(norm * f(x[i] - y[i])) * gradAt(g, i);
    const gt = target.requiresGrad ? gi.map((v) => -v) : null;
    return [input.requiresGrad ? toShape(gi, shape, input) : null, gt ? toShape(gt, shape, target) : null];
  });
}

export function binaryCrossEntropy(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (!sameShape(input.shape, target.shape)) {
    throw new RangeError(
      `Using a target size (torch.Size([${target.shape.join(', ')}])) that is different to the input size (torch.Size([${input.shape.join(', ')}])) is deprecated. Please ensure they have the same size.`,
    );
  }
  const x = input.data as Float32Array;
  const y = target.data;
  const losses = new Float32Array(x.length);
  const out = lossOutput(input.shape, reduction);
  computeLoss('bce', input, target, out, reduction, () => {
    for (let i = 0; i < x.length; i++) {
      const p = x[i];
      if (!(p >= 0 && p <= 1)) throw new RangeError('all elements of input should be between 0 and 1');
      // (y - 1)·max(log(1 - x), -100) - y·max(log(x), -100), 1 - x in float32 (PyTorch 1.13)
      const logNot = Math.max(f(Math.log(f(1 - p))), -100);
      const logP = Math.max(f(Math.log(p)), -100);
      losses[i] = f(f(y[i] - 1) * logNot) - f(y[i] * logP);
    }
    reduceInto(losses, out, reduction);
  });
  const scale = reduction === 'mean' ? x.length : 1;
  if (!needsGrad(input)) return out;
  if (target.requiresGrad) throw new Error('the derivative for \'target\' is not implemented');
  return record(out, 'BinaryCrossEntropyBackward0', [input, target], (g) => {
    const gi = gradBuffer(x.length);
    for (let i = 0; i < x.length; i++) {
      // grad · (x - y) / max((1 - x)·x, 1e-12), then / numel for 'mean'
      const denom = Math.max(f(f(1 - x[i]) * x[i]), f(1e-12));
      gi[i] = f(f(gradAt(g, i) * f(x[i] - y[i])) / denom) / scale;
    }
    return [gi, null];
  });
}

export function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (!sameShape(input.shape, target.shape)) {
    throw new RangeError(`Target size (torch.Size([${target.shape.join(', ')}])) must be the same as input size (torch.Size([${input.shape.join(', ')}]))`);
  }
  const x = input.data as Float32Array;
  const y = target.data;
  const losses = new Float32Array(x.length);
  const out = lossOutput(input.shape, reduction);
  computeLoss('bcelogits', input, target, out, reduction, () => {
    for (let i = 0; i < x.length; i++) {
      // (1 - y)·x + m + log(exp(-m) + exp(-x - m)), m = max(-x, 0)
      const m = Math.max(-x[i], 0);
      const linear = f(f(f(1 - y[i]) * x[i]) + m);
      const lse = f(Math.log(sleefExpf(-m) + sleefExpf(f(-x[i] - m))));
      losses[i] = linear + lse;
    }
    reduceInto(losses, out, reduction);
  });
  const scale = reduction === 'mean' ? x.length : 1;
  if (!needsGrad(input)) return out;
  return record(out, 'BinaryCrossEntropyWithLogitsBackward0', [input, target], (g) => {
    const gi = gradBuffer(x.length);
    const vectorised = vectorEnd(x.length);
    for (let i = 0; i < x.length; i++) {
      const e = i < vectorised ? sleefExpf(-x[i]) : f(Math.exp(-x[i]));
      const s = f(1 / f(1 + e));
      gi[i] = f(f(s - y[i]) * gradAt(g, i)) / scale;
    }
    return [gi, null];
  });
}
