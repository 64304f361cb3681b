// numpy 1.24's `@` on float64 matrices, where its BLAS's order of arithmetic is known: the
// gemm (m, n ≥ 2) and dot-like (1×k @ k×1, 1-D @ 1-D) calls accumulate each element as a chain
// of fused multiply-adds from 0 in index order, for inner sizes up to 3 (checked against the
// system numpy over thousands of random shapes). Larger inner sizes (the kernels split the sum)
// and matrix-vector shapes (gemv's kernels order it otherwise) refuse rather than print other digits.
import { notSupportedYet, pyError } from '../../objects/host';
import { fma } from '../../../libm/fma';
import type { NumpyDtype } from './dtype';

/** What matmul reads of an array (NdArray is one; taking the shape keeps this module free of array.ts). */
interface Operand {
  readonly shape: readonly number[];
  readonly data: ArrayLike<number>;
  readonly dtype: NumpyDtype;
}

const MAX_INNER = 3;

/** a @ b's float64 values and shape; `vectors`: 1-D @ 1-D, whose result is a numpy scalar. */
export function matmul(a: Operand, b: Operand): { data: Float64Array; shape: number[]; vectors: boolean } {
  if (a.shape.length === 0 || b.shape.length === 0) {
    throw pyError('ValueError', `matmul: Input operand ${a.shape.length === 0 ? 0 : 1} does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)`);
  }
  if (a.shape.length > 2 || b.shape.length > 2) throw notSupportedYet('numpy의 @ (3차원 이상 배열의 행렬곱)');
  const vectors = a.shape.length === 1 && b.shape.length === 1;
  if (!vectors && (a.shape.length === 1 || b.shape.length === 1)) throw notSupportedYet('numpy의 @ (행렬과 1차원 벡터의 곱)');
  const [m, k] = a.shape.length === 1 ? [1, a.shape[0]] : a.shape;
  const [kb, n] = b.shape.length === 1 ? [b.shape[0], 1] : b.shape;
  if (k !== kb) {
    throw pyError('ValueError', `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${kb} is different from ${k})`);
  }
  if (a.dtype !== 'float64' || b.dtype !== 'float64') throw notSupportedYet(`numpy의 @ (${a.dtype} @ ${b.dtype}; float64끼리만 됩니다)`);
  if ((m === 1) !== (n === 1)) throw notSupportedYet('numpy의 @ (결과가 한 행 또는 한 열인 행렬곱: BLAS gemv의 덧셈 순서)');
  if (k > MAX_INNER) throw notSupportedYet(`numpy의 @ (안쪽 크기 ${k} > ${MAX_INNER}: BLAS가 나눠 더하는 순서)`);
  const x = a.data, y = b.data;
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let total = 0;
      for (let p = 0; p < k; p++) total = fma(x[i * k + p], y[p * n + j], total);
      out[i * n + j] = total;
    }
  }
  return { data: out, shape: vectors ? [] : [m, n], vectors };
}
