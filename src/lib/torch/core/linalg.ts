// Matrix products and transposes. Products accumulate in float32, one fused
// multiply-add per term in k order (OpenBLAS's sgemm kernels), then add the
// bias: measured bit-exact against PyTorch 1.13's CPU addmm/mm (Debian's
// OpenBLAS) for x·Wᵀ, g·W and gᵀ·x with k from 1 to 2000.
import { gradBuffer, needsGrad, record } from './autograd';
import { fmaFloat32 } from '../../libm/fma';
import { sgemmInOrder } from './openblas-sgemm';
import { checkMatmulDTypes, integerMatmul } from './matmul-dtypes';
import { TorchError } from './errors';
import { isRecording, recordOp } from './recording';
import { sumToShape } from './reduce-grad';
import { wrapDim } from './shape';
import { simdProduct } from './simd/engine';
import { float32Buffer } from './storage';
import { Tensor } from './tensor';
import { stridedView } from './views';

const f = Math.fround;

/** C[m×n] = A[m×k] · B[k×n] (row-major), optionally transposing A or B, in a new array. */
function gemm(
  a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number,
  transA = false, transB = false, bias: ArrayLike<number> | null = null,
): Float32Array {
  return gemmInto(float32Buffer(m * n, false), a, b, m, k, n, transA, transB, bias);
}

/** A product inside backward(): into a recycled gradient buffer (every element is written). */
function gradientProduct(a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number, transA = false, transB = false): Float32Array {
  return gemmInto(gradBuffer(m * n, false), a, b, m, k, n, transA, transB);
}

/**
 * The same product written into `out` (a loop replay reuses the output's buffer). Each layout
 * has its own loop, so each stays monomorphic in the JIT: the forward passes and their replays
 * run the A·Bᵀ loop (nn.Linear's addmm), the gradients the other two as well.
 */
function gemmInto(
  out: Float32Array, a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number,
  transA = false, transB = false, bias: ArrayLike<number> | null = null,
): Float32Array {
  // The SIMD engine, in OpenBLAS's order; else where OpenBLAS sums along k in lanes or in
  // blocks, its order in JavaScript; else one chain per element.
  if (simdProduct(out, a, b, m, k, n, transA, transB, bias)) return out;
  if (sgemmInOrder(out, a, b, m, k, n, transA, transB, bias)) return out;
  if (transA) productTN(out, a, b, m, k, n);
  else if (transB) productNT(out, a, b, m, k, n, bias);
  else productNN(out, a, b, m, k, n, bias);
  return out;
}

/** out[m×n] = A[m×k] · B[k×n] (+ bias per column). */
function productNN(out: Float32Array, a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number, bias: ArrayLike<number> | null): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      // the first term is an exact product rounded once (an FMA onto 0): no FMA emulation needed
      let s = k > 0 ? f(a[i * k] * b[j]) + 0 : 0; // + 0: an FMA onto +0 never gives -0
      for (let p = 1; p < k; p++) s = fmaFloat32(a[i * k + p], b[p * n + j], s);
      out[i * n + j] = bias ? s + bias[j] : s;
    }
  }
}

/** out[m×n] = A[m×k] · B[n×k]ᵀ (+ bias per column). */
function productNT(out: Float32Array, a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number, bias: ArrayLike<number> | null): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      // the first term is an exact product rounded once (an FMA onto 0): no FMA emulation needed
      let s = k > 0 ? f(a[i * k] * b[j * k]) + 0 : 0; // + 0: an FMA onto +0 never gives -0
      for (let p = 1; p < k; p++) s = fmaFloat32(a[i * k + p], b[j * k + p], s);
      out[i * n + j] = bias ? s + bias[j] : s;
    }
  }
}

/** out[m×n] = A[k×m]ᵀ · B[k×n]. */
function productTN(out: Float32Array, a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      // the first term is an exact product rounded once (an FMA onto 0): no FMA emulation needed
      let s = k > 0 ? f(a[i] * b[j]) + 0 : 0; // + 0: an FMA onto +0 never gives -0
      for (let p = 1; p < k; p++) s = fmaFloat32(a[p * m + i], b[p * n + j], s);
      out[i * n + j] = s;
    }
  }
}

function requireFloat(...ts: Tensor[]): void {
  for (const t of ts) {
    if (t.dtype !== 'float32') throw new TypeError(`expected scalar type Float but found ${t.dtype === 'int64' ? 'Long' : 'Bool'}`);
  }
}

function shapeError(a: Tensor, b: Tensor): never {
  const desc = (t: Tensor) => t.shape.join('x');
  throw new RangeError(`mat1 and mat2 shapes cannot be multiplied (${desc(a)} and ${desc(b)})`);
}

function mm(a: Tensor, b: Tensor): Tensor {
  const [m, k] = a.shape;
  const [k2, n] = b.shape;
  if (k !== k2) shapeError(a, b);
  const out = new Tensor(gemm(a.data, b.data, m, k, n), [m, n], 'float32');
  if (isRecording()) recordOp('mm', [a, b], out, () => gemmInto(out.data as Float32Array, a.data, b.data, m, k, n));
  if (!needsGrad(a, b)) return out;
  return record(out, 'MmBackward0', [a, b], (g) => [
    a.requiresGrad ? gradientProduct(g, b.data, m, n, k, false, true) : null, // g · Bᵀ
    b.requiresGrad ? gradientProduct(a.data, g, k, m, n, true, false) : null, // Aᵀ · g
  ]);
}

export function matmul(a: Tensor, b: Tensor): Tensor {
  checkMatmulDTypes(a, b);
  if (a.dtype === 'int64' && a.ndim <= 2 && b.ndim <= 2 && a.ndim + b.ndim > 0) {
    matmulShapes(a, b);
    return integerMatmul(a, b);
  }
  requireFloat(a, b);
  if (a.ndim === 2 && b.ndim === 2) return mm(a, b);
  if (a.ndim === 1 && b.ndim === 1) {
    if (a.size !== b.size) {
      throw new RangeError(`inconsistent tensor size, expected tensor [${a.size}] and src [${b.size}] to have the same number of elements, but got ${a.size} and ${b.size} elements respectively`);
    }
    const out = new Tensor(gemm(a.data, b.data, 1, a.size, 1), [], 'float32');
    if (!needsGrad(a, b)) return out;
    return record(out, 'DotBackward0', [a, b], (g) => [
      Float32Array.from(b.data, (v) => v * g[0]),
      Float32Array.from(a.data, (v) => v * g[0]),
    ]);
  }
  if (a.ndim === 2 && b.ndim === 1) {
    const [m, k] = a.shape;
    if (k !== b.size) throw new RangeError(`size mismatch, got ${m}, ${m}x${k},${b.size}`);
    const out = new Tensor(gemm(a.data, b.data, m, k, 1), [m], 'float32');
    if (!needsGrad(a, b)) return out;
    return record(out, 'MvBackward0', [a, b], (g) => [
      a.requiresGrad ? gemm(g, b.data, m, 1, k) : null,
      b.requiresGrad ? gemm(a.data, g, k, m, 1, true) : null,
    ]);
  }
  if (a.ndim === 1 && b.ndim === 2) {
    const [k, n] = b.shape;
    if (k !== a.size) shapeError(new Tensor(a.data, [1, a.size]), b);
    const out = new Tensor(gemm(a.data, b.data, 1, k, n), [n], 'float32');
    if (!needsGrad(a, b)) return out;
    return record(out, 'SqueezeBackward1', [a, b], (g) => [
      a.requiresGrad ? gemm(g, b.data, 1, n, k, false, true) : null,
      b.requiresGrad ? gemm(a.data, g, k, 1, n, true) : null,
    ]);
  }
  throw new RangeError(`matmul of ${a.ndim}-D and ${b.ndim}-D tensors is not supported here (only 1-D and 2-D)`);
}

/** The shape errors of a @ b for 1-D and 2-D operands, as the float path raises them. */
function matmulShapes(a: Tensor, b: Tensor): void {
  const rows = (t: Tensor) => (t.ndim === 2 ? t : new Tensor(t.data, [1, t.size], t.dtype));
  const k = a.ndim === 2 ? a.shape[1] : a.size;
  const k2 = b.ndim === 2 ? b.shape[0] : b.size;
  if (k === k2) return;
  if (a.ndim === 1 && b.ndim === 1) {
    throw new RangeError(`inconsistent tensor size, expected tensor [${a.size}] and src [${b.size}] to have the same number of elements, but got ${a.size} and ${b.size} elements respectively`);
  }
  if (a.ndim === 2 && b.ndim === 1) throw new RangeError(`size mismatch, got ${a.shape[0]}, ${a.shape[0]}x${k},${b.size}`);
  shapeError(rows(a), b.ndim === 2 ? b : new Tensor(b.data, [b.size, 1], b.dtype));
}

/** torch.mm: both operands 2-D (PyTorch's own check comes before the shapes'). */
export function mmOnly(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 2) throw new TorchError('RuntimeError', 'self must be a matrix');
  if (b.ndim !== 2) throw new TorchError('RuntimeError', 'mat2 must be a matrix');
  return matmul(a, b);
}

/** nn.functional.linear: x·Wᵀ + b, PyTorch's addmm for 2-D input. */
export function linear(x: Tensor, weight: Tensor, bias: Tensor | null): Tensor {
  if (x.dtype !== weight.dtype) throw new TorchError('RuntimeError', 'mat1 and mat2 must have the same dtype');
  requireFloat(x, weight);
  if (weight.ndim !== 2) {
    // A weight replaced through .data by a vector: addmm's check on weight.t() (2-D input with a bias).
    if (bias && x.ndim >= 2) throw new TorchError('RuntimeError', `mat2 must be a matrix, got ${weight.ndim}-D tensor`);
    throw new TorchError('NotImplementedError', '2차원이 아닌 weight의 linear는 아직 지원하지 않습니다 / linear with a weight that is not 2-D is not supported yet');
  }
  const [outF, inF] = weight.shape;
  if (x.ndim !== 2) {
    // the rows PyTorch reports: a vector is one row, higher ranks fold their leading dims
    const flat = new Tensor(x.data, [x.ndim === 1 ? 1 : x.size / x.shape[x.ndim - 1], x.ndim === 1 ? x.size : x.shape[x.ndim - 1]], x.dtype);
    if (x.shape[x.ndim - 1] !== inF) shapeError(flat, new Tensor(weight.data, [inF, outF]));
    const y = matmul(x, transpose(weight, 't'));
    return bias ? addBias(y, bias) : y;
  }
  const [m, k] = x.shape;
  if (k !== inF) shapeError(x, new Tensor(weight.data, [inF, outF]));
  const product = (into: Float32Array) => gemmInto(into, x.data, weight.data, m, k, outF, false, true, bias ? bias.data : null);
  const out = new Tensor(product(float32Buffer(m * outF, false)), [m, outF], 'float32');
  if (isRecording()) recordOp('linear', [x, weight, bias], out, () => product(out.data as Float32Array));
  if (!needsGrad(x, weight, bias)) return out;
  return record(out, bias ? 'AddmmBackward0' : 'MmBackward0', [x, weight, bias], (g) => [
    x.requiresGrad ? gradientProduct(g, weight.data, m, outF, k) : null, // g · W
    weight.requiresGrad ? gradientProduct(g, x.data, outF, m, k, true) : null, // gᵀ · x
    bias && bias.requiresGrad ? sumToShape(g, [m, outF], [outF]) : null,
  ]);
}

function addBias(y: Tensor, bias: Tensor): Tensor {
  const data = Float32Array.from(y.data, (v, i) => v + bias.data[i % bias.size]);
  const out = new Tensor(data, y.shape, 'float32');
  if (!needsGrad(y, bias)) return out;
  return record(out, 'AddBackward0', [y, bias], (g) => [g, sumToShape(g, y.shape, bias.shape)]);
}

/** `.T` (PermuteBackward0; all dims reversed) or `.t()` (TBackward0, rank ≤ 2): a view with the strides reversed. */
export function transpose(t: Tensor, style: 'T' | 't' = 'T'): Tensor {
  if (t.ndim > 2 && style === 't') throw new RangeError(`t() expects a tensor with <= 2 dimensions, but self is ${t.ndim}D`);
  // of a vector, a no-op view, still a graph node (`w.T` on a vector prints grad_fn=<PermuteBackward0>)
  return stridedView(t, style === 'T' ? 'PermuteBackward0' : 'TBackward0', (strides, offset) => ({
    shape: [...t.shape].reverse(),
    strides: [...strides].reverse(),
    offset,
  }));
}

/** x.transpose(dim0, dim1) / torch.transpose: a view with the two dims swapped (TransposeBackward0). */
export function transposeDims(t: Tensor, dim0: number, dim1: number): Tensor {
  const rank = Math.max(t.ndim, 1);
  const d0 = wrapDim(dim0, rank);
  const d1 = wrapDim(dim1, rank);
  const swapped = (xs: readonly number[]): number[] => {
    const out = [...xs];
    if (out.length > 0) [out[d0], out[d1]] = [out[d1], out[d0]];
    return out;
  };
  return stridedView(t, 'TransposeBackward0', (strides, offset) => ({ shape: swapped(t.shape), strides: swapped(strides), offset }));
}
