// Loss functions with PyTorch 1.13's CPU formulas and fused backward nodes
// (MseLossBackward0, BinaryCrossEntropyBackward0,
// BinaryCrossEntropyWithLogitsBackward0), in float32.
import { gradBuffer, needsGrad, record } from './autograd';
import { broadcastIndex, broadcastShapes, sameShape } from './shape';
import { sleefExpf, vectorEnd } from './sleef';
import { Tensor } from './tensor';
import { traceOp } from './recording';

const f = Math.fround;

export type Reduction = 'mean' | 'sum' | 'none';

/** Both operands broadcast to one shape (PyTorch warns and broadcasts). */
function aligned(input: Tensor, target: Tensor): { shape: number[]; x: Float32Array; y: Float32Array } {
  const shape = broadcastShapes(input.shape, target.shape);
  const expand = (t: Tensor): Float32Array => {
    const idx = broadcastIndex(t.shape, shape);
    if (!idx) return t.data instanceof Float32Array ? t.data : Float32Array.from(t.data);
    return Float32Array.from(idx, (i) => t.data[i]);
  };
  return { shape, x: expand(input), y: expand(target) };
}

/** Reduce per-element losses; also the factor the backward scales by. */
function reduce(losses: Float32Array, shape: number[], reduction: Reduction): { out: Tensor; scale: number } {
  if (reduction === 'none') return { out: new Tensor(losses, shape, 'float32'), scale: 1 };
  let s = 0;
  for (let i = 0; i < losses.length; i++) s += losses[i];
  const total = f(s);
  const value = reduction === 'mean' ? f(total / losses.length) : total;
  return { out: new Tensor(new Float32Array([value]), [], 'float32'), scale: reduction === 'mean' ? losses.length : 1 };
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
  const { shape, x, y } = aligned(input, target);
  const losses = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const d = f(x[i] - y[i]);
    losses[i] = d * d;
  }
  const { out } = reduce(losses, shape, reduction);
  traceOp('mse', [input, target], out, [reduction]);
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
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError('all elements of input should be between 0 and 1');
    // (y - 1)·max(log1p(-x), -100) - y·max(log(x), -100)
    const logNot = Math.max(f(Math.log1p(-p)), -100);
    const logP = Math.max(f(Math.log(p)), -100);
    losses[i] = f(f(y[i] - 1) * logNot) - f(y[i] * logP);
  }
  const { out, scale } = reduce(losses, input.shape, reduction);
  traceOp('bce', [input, target], out, [reduction]);
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
  for (let i = 0; i < x.length; i++) {
    // (1 - y)·x + m + log(exp(-m) + exp(-x - m)), m = max(-x, 0)
    const m = Math.max(-x[i], 0);
    const linear = f(f(f(1 - y[i]) * x[i]) + m);
    const lse = f(Math.log(sleefExpf(-m) + sleefExpf(f(-x[i] - m))));
    losses[i] = linear + lse;
  }
  const { out, scale } = reduce(losses, input.shape, reduction);
  traceOp('bcelogits', [input, target], out, [reduction]);
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
