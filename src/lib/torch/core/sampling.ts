/**
 * PyTorch 1.13's CPU integer draws and dropout, from a TorchGenerator exactly as at::native does
 * them (same draws, same order, same bits): randperm (randperm_cpu's Fisher–Yates), randint
 * (random_from_to: one 32-bit draw per element modulo the range, a 64-bit one from a range of
 * 2^32 on), `random_()` on an int64 scalar (the seed DataLoader's sampler draws), torch.normal
 * with float mean/std, and dropout (`input * bernoulli_(1 - p) / (1 - p)`; the Debian build has
 * no MKL, so bernoulli_ with a scalar p draws one 53-bit double uniform per element).
 */
import { type TorchGenerator } from './generator';
import { normalFill, normalFloat64 } from './distributions';
import { mul } from './elementwise';
import { isRecording, recordedAsOne, recordOp } from './recording';
import { numel } from './shape';
import { float32Buffer } from './storage';
import { Tensor } from './tensor';

const TWO_POW_32 = 4294967296;

/** `generator.random() % range` with the uint32 draw (range < 2^32). */
function below(generator: TorchGenerator, range: number): number {
  return generator.random() % range;
}

/** torch.randperm(n): 0..n-1, then for i < n-1 swap i with i + random() % (n - i). int64. */
export function randperm(generator: TorchGenerator, n: number): Tensor {
  if (n < 0) throw new RangeError(`Trying to create tensor with negative dimension ${n}: [${n}]`);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = 0; i < n - 1; i++) {
    const z = below(generator, n - i);
    const saved = out[i];
    out[i] = out[z + i];
    out[z + i] = saved;
  }
  return new Tensor(out, [n], 'int64');
}

/** torch.randint(low, high, size): each element `low + draw % (high - low)`, in order. int64. */
export function randint(generator: TorchGenerator, low: number, high: number, shape: number[]): Tensor {
  if (!(low < high)) throw new RangeError(`random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  const range = high - low;
  const n = numel(shape);
  const out = new Float64Array(n);
  if (range >= TWO_POW_32) {
    const r = BigInt(range);
    for (let i = 0; i < n; i++) out[i] = Number(generator.random64() % r) + low;
  } else {
    for (let i = 0; i < n; i++) out[i] = below(generator, range) + low;
  }
  return new Tensor(out, shape, 'int64');
}

/**
 * `torch.empty((), dtype=torch.int64).random_().item()`: a 64-bit draw modulo 2^63 (the seed
 * RandomSampler and each DataLoader iterator draw from the default generator).
 */
export function randomInt64(generator: TorchGenerator): bigint {
  return generator.random64() % (1n << 63n);
}


/**
 * torch.normal(mean, std, size) with float mean and std, float32. Below 16 elements each is a
 * double normal `z·std + mean` rounded to float32 (exact); from 16 on it is normal_fill
 * (distributions.ts), bit for bit.
 */
export function normal(generator: TorchGenerator, mean: number, std: number, shape: number[]): Tensor {
  if (!(std >= 0)) throw new RangeError(`normal expects std >= 0.0, but found std ${std}`);
  const n = numel(shape);
  const out = new Float32Array(n);
  if (n < 16) {
    for (let i = 0; i < n; i++) out[i] = normalFloat64(generator) * std + mean;
    return new Tensor(out, shape, 'float32');
  }
  return new Tensor(normalFill(generator, out, Math.fround(mean), Math.fround(std)), shape, 'float32');
}

/**
 * F.dropout(input, p, training) on the CPU (ATen's `_dropout_impl`): identity when p == 0, not
 * training or empty; `input * 0` when p == 1; else noise = bernoulli_(1 - p) (a double uniform
 * per element, kept where u < 1 - p) divided by float32(1 - p), and `input * noise`, whose
 * backward is MulBackward0 (grad · noise).
 */
export function dropout(generator: TorchGenerator, input: Tensor, p: number, training: boolean): Tensor {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`dropout probability has to be between 0 and 1, but got ${p}`);
  if (input.dtype !== 'float32') throw new TypeError('dropout expects a floating point tensor');
  if (p === 0 || !training || input.size === 0) return input;
  if (p === 1) return mul(input, new Tensor(new Float32Array(1), [], 'float32'));
  const keep = 1 - p;
  const scale = Math.fround(1 / Math.fround(keep));
  const noise = float32Buffer(input.size, false);
  generator.fillBernoulli(noise, keep, scale);
  // One op for a loop recording: its replay draws a new mask (the same draws, in the same order,
  // as the interpreted loop would make) into the mask the product's backward reads, then
  // multiplies again.
  const { value: out, replay: multiply } = recordedAsOne(() => mul(input, new Tensor(noise, input.shape, 'float32')));
  if (isRecording()) {
    recordOp('dropout', [input], out, () => {
      generator.fillBernoulli(noise, keep, scale);
      multiply();
    }, [p]);
  }
  return out;
}
