// Loss functions with PyTorch 1.13's CPU formulas and fused backward nodes
// (MseLossBackward0, BinaryCrossEntropyBackward0,
// BinaryCrossEntropyWithLogitsBackward0), in float32.
import { glibcLogf, normalLogfInput } from './glibc-logf';
import { glibcExpf } from './glibc-expf';
import { sleefLogf } from './sleef-df';
import { rowTotal } from './cascade-sum';
import { TorchError } from './errors';
import { gradBuffer, needsGrad, record } from './autograd';
import { isRecording, recordOp } from './recording';
import { broadcastIndex, broadcastShapes, sameShape } from './shape';
import { simdBceBackward, simdLogf } from './simd/engine';
import { sleefExpf, vectorEnd } from './sleef';
import { logSoftmax } from './softmax';
import { divScalar, mul } from './elementwise';
import { sum } from './reduce';
import { neg } from './unary';
import { float32Buffer } from './storage';
import { SCALAR_TYPE_NAMES, Tensor } from './tensor';

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
  return reduction === 'none' ? new Tensor(float32Buffer(n), shape, 'float32') : new Tensor(new Float32Array(1), [], 'float32');
}

/** Reduce per-element losses into `out` (loss.sum() / loss.mean() in PyTorch's float32 order, cascade-sum.ts). */
function reduceInto(losses: Float32Array, out: Tensor, reduction: Reduction): void {
  if (reduction === 'none') {
    out.data.set(losses);
    return;
  }
  const total = rowTotal(losses, 0, losses.length);
  out.data[0] = reduction === 'mean' ? f(total / losses.length) : total;
}

/** Computes a loss into its output now, and again whenever a loop replay asks (recordOp). */
function computeLoss(kind: string, input: Tensor, target: Tensor, out: Tensor, reduction: Reduction, forward: () => void): void {
  forward();
  if (isRecording()) recordOp(kind, [input, target], out, forward, [reduction]);
}

/**
 * The gradient reaching a loss, one value per element: reduction='none' gives one already; a
 * reduced loss gets one scalar, repeated here so that the backward loops read g[i] alone (a
 * loop that picks between g[0] and g[i] per element deoptimized in V8 once per epoch).
 */
function perElement(g: Float32Array, n: number): Float32Array {
  return g.length === n ? g : gradBuffer(n, false).fill(g[0]);
}

/** Sum a broadcast gradient back to an operand's shape. */
function toShape(grad: Float32Array, shape: number[], t: Tensor): Float32Array {
  if (sameShape(shape, t.shape)) return grad;
  const idx = broadcastIndex(t.shape, shape)!;
  const acc = new Float64Array(t.size);
  for (let i = 0; i < grad.length; i++) acc[idx[i]] += grad[i];
  return Float32Array.from(acc);
}

/**
 * The UserWarning PyTorch 1.13 gives when mse_loss broadcasts a target of another size (the
 * [100, 1] vs [100] bug), or null when the sizes match. The binding issues it (core has no warnings).
 */
export function targetSizeWarning(input: Tensor, target: Tensor): string | null {
  if (input.shape.length === target.shape.length && input.shape.every((n, i) => n === target.shape[i])) return null;
  return `Using a target size (torch.Size([${target.shape.join(', ')}])) that is different to the input size (torch.Size([${input.shape.join(', ')}])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.`;
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
    const gAt = perElement(g, x.length);
    for (let i = 0; i < x.length; i++) gi[i] = f(norm * f(x[i] - y[i])) * gAt[i];
    const gt = target.requiresGrad ? gi.map((v) => -v) : null;
    return [input.requiresGrad ? toShape(gi, shape, input) : null, gt ? toShape(gt, shape, target) : null];
  });
}

/** BCE's per-element scratch (1 − x and the two logs), grown on demand. */
let scratch: Float32Array[] = [];
function bceScratch(n: number): Float32Array[] {
  if (!scratch.length || scratch[0].length < n) scratch = [0, 1, 2].map(() => new Float32Array(n));
  return scratch.map((s) => s.subarray(0, n));
}

/** out[i] = glibc's logf(x[i]): the SIMD engine for the main path when it can, glibcLogf for the rest. */
function logfOf(x: Float32Array, out: Float32Array): void {
  if (!simdLogf(out, x)) {
    for (let i = 0; i < x.length; i++) out[i] = glibcLogf(x[i]);
    return;
  }
  const bitsOf = new Uint32Array(x.buffer, x.byteOffset, x.length);
  for (let i = 0; i < x.length; i++) if (!normalLogfInput(bitsOf[i])) out[i] = glibcLogf(x[i]);
}

export function binaryCrossEntropy(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (!sameShape(input.shape, target.shape)) {
    throw new TorchError(
      'ValueError',
      `Using a target size (torch.Size([${target.shape.join(', ')}])) that is different to the input size (torch.Size([${input.shape.join(', ')}])) is deprecated. Please ensure they have the same size.`,
    );
  }
  if (target.dtype !== input.dtype) {
    throw new TorchError('RuntimeError', `Found dtype ${SCALAR_TYPE_NAMES[target.dtype]} but expected ${SCALAR_TYPE_NAMES[input.dtype]}`);
  }
  const x = input.data as Float32Array;
  const y = target.data;
  const losses = new Float32Array(x.length);
  const out = lossOutput(input.shape, reduction);
  computeLoss('bce', input, target, out, reduction, () => {
    const n = x.length;
    const [oneMinus, logNot, logP] = bceScratch(n);
    for (let i = 0; i < n; i++) {
      const p = x[i];
      if (!(p >= 0 && p <= 1)) throw new RangeError('all elements of input should be between 0 and 1');
      oneMinus[i] = 1 - p; // 1 - x in float32 (PyTorch 1.13)
    }
    // std::log: glibc's logf
    logfOf(oneMinus, logNot);
    logfOf(x, logP);
    // (y - 1)·max(log(1 - x), -100) - y·max(log(x), -100)
    for (let i = 0; i < n; i++) losses[i] = f(f(y[i] - 1) * Math.max(logNot[i], -100)) - f(y[i] * Math.max(logP[i], -100));
    reduceInto(losses, out, reduction);
  });
  const scale = reduction === 'mean' ? x.length : 1;
  if (!needsGrad(input)) return out;
  if (target.requiresGrad) throw new Error('the derivative for \'target\' is not implemented');
  return record(out, 'BinaryCrossEntropyBackward0', [input, target], (g) => {
    const gi = gradBuffer(x.length);
    const gAt = perElement(g, x.length);
    if (simdBceBackward(gi, gAt, x, y, scale)) return [gi, null];
    for (let i = 0; i < x.length; i++) {
      // grad · (x - y) / max((1 - x)·x, 1e-12), then / numel for 'mean'
      const denom = Math.max(f(f(1 - x[i]) * x[i]), f(1e-12));
      gi[i] = f(f(gAt[i] * f(x[i] - y[i])) / denom) / scale;
    }
    return [gi, null];
  });
}

export function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (!sameShape(input.shape, target.shape)) {
    throw new TorchError('ValueError', `Target size (torch.Size([${target.shape.join(', ')}])) must be the same as input size (torch.Size([${input.shape.join(', ')}]))`);
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
      const lse = sleefLogf(f(sleefExpf(-m) + sleefExpf(f(-x[i] - m)))); // exp_().add_(…).log_(): float32, SLEEF's log
      losses[i] = linear + lse;
    }
    reduceInto(losses, out, reduction);
  });
  const scale = reduction === 'mean' ? x.length : 1;
  if (!needsGrad(input)) return out;
  return record(out, 'BinaryCrossEntropyWithLogitsBackward0', [input, target], (g) => {
    const gi = gradBuffer(x.length);
    const gAt = perElement(g, x.length);
    const vectorised = vectorEnd(x.length);
    for (let i = 0; i < x.length; i++) {
      const e = i < vectorised ? sleefExpf(-x[i]) : glibcExpf(-x[i]);
      const s = f(1 / f(1 + e));
      gi[i] = f(f(s - y[i]) * gAt[i]) / scale;
    }
    return [gi, null];
  });
}

/**
 * nll_loss over class indices: input (N, C) of log-probabilities with target (N,), or (C,) with a
 * 0-dim target; ignore_index -100. 'mean' and 'sum' add -input[b, target[b]] with PyTorch 1.13's
 * cascaded float32 partial sums (nll_loss_out_frame), 'none' keeps each row's loss.
 */
export function nllLoss(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (input.ndim < 1 || input.ndim > 2) {
    throw new TorchError('NotImplementedError', 'nll_loss는 아직 (N, C) 또는 (C,) 입력만 지원합니다 / only (N, C) or (C,) inputs are supported yet');
  }
  const batched = input.ndim === 2;
  if (input.dtype !== 'float32') throw new Error(`"nll_loss_out_frame" not implemented for '${input.dtype === 'int64' ? 'Long' : 'Bool'}'`);
  if (batched && target.ndim >= 1 && target.shape[0] !== input.shape[0]) {
    throw new TorchError('ValueError', `Expected input batch_size (${input.shape[0]}) to match target batch_size (${target.shape[0]}).`);
  }
  if (batched ? target.ndim !== 1 : target.ndim !== 0) {
    throw new Error(batched ? `0D or 1D target tensor expected, multi-target not supported` : `1D target tensor expects 0D input tensor, but got ${target.ndim}D`);
  }
  // PyTorch checks the batch size and the target's dimensions before its dtype.
  if (target.dtype !== 'int64') throw new Error(`expected scalar type Long but found ${target.dtype === 'float32' ? 'Float' : 'Bool'}`);
  const n = batched ? input.shape[0] : 1;
  const classes = batched ? input.shape[1] : input.shape[0];
  const ignore = -100;
  const x = input.data as Float32Array;
  const out = reduction === 'none' && batched ? new Tensor(new Float32Array(n), [n], 'float32') : new Tensor(new Float32Array(1), [], 'float32');
  let totalWeight = 0;
  const forward = (): void => {
    for (let b = 0; b < n; b++) {
      const t = target.data[b];
      if (t !== ignore && (t < 0 || t >= classes)) throw new TorchError('IndexError', `Target ${t} is out of bounds.`);
    }
    if (reduction === 'none') {
      for (let b = 0; b < n; b++) {
        const t = target.data[b];
        out.data[b] = t === ignore ? 0 : -x[b * classes + t];
      }
      return;
    }
    // Cascaded summation (levels of 16 rows), as nll_loss_out_frame.
    const levels = 8, power = Math.max(4, Math.floor(Math.ceil(Math.log2(Math.max(n, 1))) / levels)), mask = (1 << power) - 1;
    const partial = new Float32Array(levels);
    let ignored = 0;
    for (let b = 0; b < n; b++) {
      const t = target.data[b];
      if (t === ignore) {
        ignored++;
        continue;
      }
      partial[0] = partial[0] - x[b * classes + t];
      for (let j = 0; j + 1 < levels; j++) {
        if ((b & (mask << (j * power))) !== 0) break;
        partial[j + 1] = partial[j + 1] + partial[j];
        partial[j] = 0;
      }
    }
    totalWeight = n - ignored;
    let total = 0;
    for (let j = 0; j < levels; j++) total = f(total + partial[j]);
    out.data[0] = reduction === 'mean' ? f(total / totalWeight) : total;
  };
  forward();
  if (isRecording()) recordOp('nll_loss', [input, target], out, forward, [reduction]);
  if (!needsGrad(input)) return out;
  return record(out, 'NllLossBackward0', [input, null], (g) => {
    const r = gradBuffer(input.size);
    for (let b = 0; b < n; b++) {
      const t = target.data[b];
      if (t === ignore) continue;
      const gb = reduction === 'none' ? g[b] : g[0];
      r[b * classes + t] = -(reduction === 'mean' ? f(gb / totalWeight) : gb);
    }
    return [r];
  });
}

/**
 * cross_entropy: class-index targets are nll_loss(log_softmax(input, 1)); a float target of the
 * input's shape holds class probabilities, which PyTorch 1.13 composes from autograd ops
 * (cross_entropy_loss_prob_target): -(log_softmax(input) * target).sum() / (numel / classes) for
 * 'mean' (NegBackward0 then DivBackward1), -(…).sum() for 'sum', -(…).sum(class_dim) for 'none'.
 */
export function crossEntropy(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  const classDim = input.ndim === 1 ? 0 : 1;
  if (sameShape(target.shape, input.shape) && input.ndim > 0 && (target.dtype === 'int64' || target.dtype === 'bool')) {
    throw new TorchError('RuntimeError', `Expected floating point type for target with class probabilities, got ${SCALAR_TYPE_NAMES[target.dtype]}`);
  }
  if (target.dtype === 'float32' && sameShape(target.shape, input.shape)) {
    const product = mul(logSoftmax(input, classDim), target);
    if (reduction === 'none') return neg(sum(product, classDim));
    const total = neg(sum(product));
    return reduction === 'sum' ? total : divScalar(total, input.size / input.shape[classDim]);
  }
  return nllLoss(logSoftmax(input, classDim), target, reduction);
}
