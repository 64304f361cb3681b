/**
 * The order in which PyTorch 1.13 (Debian's build, BLAS = OpenBLAS 0.3.21 with its SkylakeX /
 * Cooperlake kernels, two or more CPUs) sums a float32 matrix product, element by element.
 *
 * linalg.ts's loops add each dot product as one chain of fused multiply-adds in k order. That is
 * what OpenBLAS does in most calls, but not in two:
 *  - the "small matrix" kernels (M·N·K ≤ 10⁶, interface/gemm.c) that read both operands along k
 *    (the TN kernel, and the NN kernel's last 1–8 rows when K ≥ 32) keep 16 partial sums, one per
 *    AVX-512 lane (lane l takes k = l, l + 16, …), and add the lanes in one of two trees;
 *  - the blocked driver (driver/level3) cuts K into blocks of GEMM_Q = 320 (the last two halved),
 *    sums each block as its own chain and adds the blocks into C one after another.
 * `sgemmOrder` says which of these a product takes, from the BLAS call addmm_impl_cpu_ makes
 * (aten/src/ATen/native/LinearAlgebra.cpp) for operands that are contiguous or the transpose of a
 * contiguous array, and returns the product in that order, or null when the plain chains are exact.
 * Measured bit-exact against PyTorch for nn.Linear's forward and both gradients and for A @ B of
 * many shapes (golden `matmul-order`).
 */
import { fmaFloat32 } from '../../libm/fma';

const f32 = Math.fround;
/** OpenBLAS's SkylakeX SGEMM_DEFAULT_Q: the K block of the blocked driver. */
const GEMM_Q = 320;
/** M·N·K above which OpenBLAS takes neither the small-matrix kernels nor one thread. */
const SMALL_MATRIX_LIMIT = 1e6;

/**
 * The sgemm call PyTorch makes for C (m×n, a fresh contiguous result) = A (m×k) · B (k×n), where an
 * operand marked transposed is the transpose of a contiguous array (x.t(), W.t()): addmm_impl_cpu_'s
 * stride tests, size-1 dimensions included. BLAS is column-major, so a row-major C is computed as
 * Cᵀ = Bᵀ·Aᵀ (`swapped`).
 */
export function blasCall(m: number, k: number, n: number, transA: boolean, transB: boolean) {
  // strides of a (rows × cols) operand: contiguous, or the transpose of a contiguous (cols × rows)
  const strides = (rows: number, cols: number, transposed: boolean): [number, number] => (transposed ? [1, rows] : [cols, 1]);
  const swapped = n !== 1; // a contiguous (m, n) result passes as column-major only when n == 1
  let [first, second] = [strides(m, k, transA), strides(k, n, transB)];
  if (swapped) [first, second] = [second, first];
  const bm = swapped ? n : m;
  const bn = swapped ? m : n;
  const [i0, i1] = swapped ? [1, 0] : [0, 1];
  const operandTransposed = (s: [number, number], lead: number): boolean => {
    if (s[i0] === 1 && s[i1] >= Math.max(1, lead)) return false;
    return true; // s[i1] == 1 and s[i0] >= the other size: both operands here are one of the two layouts
  };
  return { transA: operandTransposed(first, bm), transB: operandTransposed(second, k), m: bm, n: bn, k, swapped };
}

/** Whether interface/gemm.c takes the small-matrix kernels (sgemm_small_kernel_permit_skylakex.c). */
function smallKernelPermitted(transA: boolean, transB: boolean, m: number, n: number, k: number): boolean {
  if (m * n * k > SMALL_MATRIX_LIMIT) return false;
  if (transA) return transB ? k >= 4 : !(m * n > 1200 || k < 32);
  return true;
}

/** REDUCE_4's tree: lanes in fours, ((l0+l1)+(l2+l3)) per 128-bit quarter, then (q0+q1)+(q2+q3). */
function reduceFours(l: Float32Array): number {
  const q0 = f32(f32(l[0] + l[1]) + f32(l[2] + l[3]));
  const q1 = f32(f32(l[4] + l[5]) + f32(l[6] + l[7]));
  const q2 = f32(f32(l[8] + l[9]) + f32(l[10] + l[11]));
  const q3 = f32(f32(l[12] + l[13]) + f32(l[14] + l[15]));
  return f32(f32(q0 + q1) + f32(q2 + q3));
}

/** GCC's _mm512_reduce_add_ps: halves folded (lane i with i + 8, then i + 4), then (0+2)+(1+3). */
function reduceHalves(l: Float32Array): number {
  const t = (i: number) => f32(f32(l[i] + l[i + 8]) + f32(l[i + 4] + l[i + 12]));
  return f32(f32(t(0) + t(2)) + f32(t(1) + t(3)));
}

/** Where one output element's terms are: a[aBase + p·aStep] · b[bBase + p·bStep] for p in k. */
export interface Terms {
  a: ArrayLike<number>;
  b: ArrayLike<number>;
  aBase: number;
  aStep: number;
  bBase: number;
  bStep: number;
}

function chain(t: Terms, from: number, to: number): number {
  const { a, b, aStep, bStep } = t;
  let ai = t.aBase + from * aStep;
  let bi = t.bBase + from * bStep;
  let s = f32(a[ai] * b[bi]) + 0; // an FMA onto +0 is the product rounded once
  for (let p = from + 1; p < to; p++) s = fmaFloat32(a[(ai += aStep)], b[(bi += bStep)], s);
  return s;
}

const lanes = new Float32Array(16);
function sixteenLanes(t: Terms, k: number, tree: (l: Float32Array) => number): number {
  const { a, b, aStep, bStep, aBase, bBase } = t;
  lanes.fill(0);
  for (let p = 0; p < k; p++) lanes[p & 15] = fmaFloat32(a[aBase + p * aStep], b[bBase + p * bStep], lanes[p & 15]);
  // the masked last load adds 0·0 to the lanes it leaves out: a −0 lane becomes +0
  const tail = k & 15;
  if (tail) for (let l = tail; l < 16; l++) lanes[l] += 0;
  return tree(lanes);
}

/** K blocks of the threaded level-3 driver (level3_thread.c): 320 at a time, the last two halved. */
function kBlocks(k: number): [number, number][] {
  const blocks: [number, number][] = [];
  for (let from = 0; from < k; ) {
    let size = k - from;
    if (size >= 2 * GEMM_Q) size = GEMM_Q;
    else if (size > GEMM_Q) size = Math.floor((size + 1) / 2);
    blocks.push([from, from + size]);
    from += size;
  }
  return blocks;
}

/** One sgemm call as BLAS sees it (column-major): C (m×n) = op(A)·op(B). */
export interface SgemmCall {
  transA: boolean;
  transB: boolean;
  m: number;
  n: number;
  k: number;
}

/** How OpenBLAS sums the elements of one call: which kernels, and the K blocks of the driver. */
export class SgemmPlan {
  readonly small: boolean;
  /** A kernel that reads along k in 16 lanes computes (some of) the elements. */
  readonly dotKernel: boolean;
  /** The driver's K blocks (null on the small-matrix path). */
  readonly blocks: [number, number][] | null;
  constructor(readonly call: SgemmCall) {
    const { transA, transB, m, n, k } = call;
    this.small = smallKernelPermitted(transA, transB, m, n, k);
    const lastRows = m - (m & ~15);
    this.dotKernel = this.small && !transB && (transA || (lastRows > 0 && lastRows <= 8 && k >= 32));
    this.blocks = this.small ? null : kBlocks(k);
  }
  /** Every element is one chain in k order (what linalg.ts's plain loops compute). */
  get chainsOnly(): boolean {
    return !this.dotKernel && (this.small || this.call.k <= GEMM_Q);
  }
  /**
   * BLAS element (i, j) of C: its terms, and C's value before the call when beta is 1 (the bias
   * addmm or a convolution copied in, a gradient accumulated onto) or null when beta is 0.
   */
  element(i: number, j: number, terms: Terms, before: number | null): number {
    if (this.blocks) {
      // C starts as it was (or 0) and each K block's chain is added to it
      let value = before ?? 0;
      for (const [from, to] of this.blocks) value = f32(value + chain(terms, from, to));
      return value;
    }
    const value = dotTerms(this.call, i, j, terms);
    return before === null ? value : f32(value + before);
  }
}

/**
 * out[m×n] = A·B (+ bias per column) in OpenBLAS's order, or null when every element is one chain
 * in k order (then the caller's loops give the same bits, faster). `a` is A (m×k) row-major, or
 * its transpose (k×m) when transA; `b` is B (k×n), or its transpose (n×k) when transB.
 */
export function sgemmInOrder(
  out: Float32Array, a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number,
  transA: boolean, transB: boolean, bias: ArrayLike<number> | null,
): Float32Array | null {
  const call = blasCall(m, k, n, transA, transB);
  const plan = new SgemmPlan(call);
  if (plan.chainsOnly) return null;
  const terms: Terms = { a, b, aBase: 0, aStep: transA ? m : 1, bBase: 0, bStep: transB ? 1 : n };
  for (let r = 0; r < m; r++) {
    terms.aBase = transA ? r : r * k;
    for (let c = 0; c < n; c++) {
      terms.bBase = transB ? c * k : c;
      const [i, j] = call.swapped ? [c, r] : [r, c]; // the element in BLAS's column-major C
      out[r * n + c] = plan.element(i, j, terms, bias ? bias[c] : null);
    }
  }
  return out;
}

/** One element of a small-kernel product: a chain, or 16 lanes and the tree its block of C uses. */
function dotTerms(call: SgemmCall, i: number, j: number, terms: Terms): number {
  const { m, n, k } = call;
  const firstDotRow = call.transA ? 0 : m & ~15; // the NN kernel reads along k only in its last rows
  if (call.transB || i < firstDotRow || (!call.transA && (m - firstDotRow > 8 || k < 32))) return chain(terms, 0, k);
  // rows in fours take REDUCE_M4; pairs and single rows take REDUCE_N4 for columns in fours, else reduce_add
  const fourRows = i - firstDotRow < ((m - firstDotRow) & ~3);
  const tree = fourRows || j < (n & ~3) ? reduceFours : reduceHalves;
  return sixteenLanes(terms, k, tree);
}
