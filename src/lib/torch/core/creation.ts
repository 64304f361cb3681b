// Tensor factories: torch.tensor from nested lists, zeros/ones/full,
// arange, linspace, and the random ones drawing from a TorchGenerator
// (PyTorch's exact CPU generator, ./random).
import { TorchError } from './errors';
import { bernoulli as bernoulliDraw, rand as randData, randn as randnData } from './distributions';
import { type TorchGenerator } from './generator';
import { linspace as linspaceData } from './linspace';
import { numel } from './shape';
import { allocate, Tensor, type DType } from './tensor';

export type Nested = number | boolean | Nested[];

function inferDType(values: (number | boolean)[]): DType {
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'bool';
  if (values.every((v) => typeof v === 'boolean' || Number.isInteger(v))) return 'int64';
  return 'float32';
}

/** Shape of a nested list, checking it is rectangular as torch.tensor does. */
function shapeOf(data: Nested): number[] {
  if (!Array.isArray(data)) return [];
  if (data.length === 0) return [0];
  const inner = shapeOf(data[0]);
  for (const item of data) {
    const s = shapeOf(item);
    if (s.length !== inner.length || s.some((d, k) => d !== inner[k])) {
      throw new RangeError(`expected sequence of length ${inner[0] ?? 0} at dim 1 (got ${Array.isArray(item) ? item.length : 0})`);
    }
  }
  return [data.length, ...inner];
}

/**
 * torch.tensor(data). `dtype` defaults to what PyTorch infers: bool for all
 * booleans, int64 for integers, float32 once any float appears (a caller
 * that knows Python's int/float distinction passes it explicitly).
 */
export function tensor(data: Nested, dtype?: DType, requiresGrad = false): Tensor {
  const shape = shapeOf(data);
  const flat: (number | boolean)[] = [];
  const collect = (d: Nested): void => {
    if (Array.isArray(d)) d.forEach(collect);
    else flat.push(d);
  };
  collect(data);
  const kind = dtype ?? inferDType(flat);
  const out = allocate(kind, flat.length);
  for (let i = 0; i < flat.length; i++) out[i] = Number(flat[i]);
  const t = new Tensor(out, shape, kind);
  if (requiresGrad) setRequiresGrad(t, true);
  return t;
}

export function setRequiresGrad(t: Tensor, value: boolean): Tensor {
  if (value && t.dtype === 'float64') {
    throw new TorchError('NotImplementedError', 'float64 텐서의 기울기는 아직 지원하지 않습니다 / requires_grad on float64 tensors is not supported yet');
  }
  if (value && t.dtype !== 'float32') {
    throw new TorchError('RuntimeError', 'Only Tensors of floating point and complex dtype can require gradients');
  }
  if (!t.isLeaf) {
    throw new Error("you can only change requires_grad flags of leaf variables.");
  }
  t.requiresGrad = value;
  return t;
}

export function full(shape: number[], value: number, dtype: DType = 'float32'): Tensor {
  const out = allocate(dtype, numel(shape));
  // Cast as PyTorch casts the fill value: toward zero for int64, nonzero for bool.
  out.fill(dtype === 'int64' ? Math.trunc(value) : dtype === 'bool' ? Number(value !== 0) : value);
  return new Tensor(out, shape, dtype);
}

export const zeros = (shape: number[], dtype: DType = 'float32') => full(shape, 0, dtype);
export const ones = (shape: number[], dtype: DType = 'float32') => full(shape, 1, dtype);

/** torch.arange: int64 when every argument is an integer, else float32. */
export function arange(start: number, end?: number, step = 1, dtype?: DType): Tensor {
  const [a, b] = end === undefined ? [0, start] : [start, end];
  if (step === 0) throw new RangeError('step must be nonzero');
  const n = Math.max(0, Math.ceil((b - a) / step));
  const kind = dtype ?? ([a, b, step].every(Number.isInteger) ? 'int64' : 'float32');
  const out = allocate(kind, n);
  for (let i = 0; i < n; i++) out[i] = a + step * i;
  return new Tensor(out, [n], kind);
}

export function linspace(start: number, end: number, steps: number): Tensor {
  if (steps < 0) throw new RangeError('number of steps must be non-negative');
  return new Tensor(linspaceData(start, end, steps), [steps], 'float32');
}

export function rand(generator: TorchGenerator, shape: number[]): Tensor {
  return new Tensor(randData(generator, numel(shape)), shape, 'float32');
}

export function randn(generator: TorchGenerator, shape: number[]): Tensor {
  return new Tensor(randnData(generator, numel(shape)), shape, 'float32');
}

/** torch.bernoulli(p): 0/1 floats, one 24-bit uniform per element. */
export function bernoulli(generator: TorchGenerator, p: Tensor): Tensor {
  if (p.dtype !== 'float32') throw new TypeError('bernoulli expects a floating point tensor of probabilities');
  return new Tensor(bernoulliDraw(generator, p.data as Float32Array), p.shape, 'float32');
}

/** torch.eye(n, m): ones on the diagonal. */
export function eye(n: number, m = n): Tensor {
  const t = full([n, m], 0);
  for (let i = 0; i < Math.min(n, m); i++) t.data[i * m + i] = 1;
  return t;
}
