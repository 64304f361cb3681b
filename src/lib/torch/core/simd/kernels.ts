// The float32 kernels of the SIMD engine, written with assembler.ts. Every kernel computes
// exactly what the core's JavaScript loop beside it computes (same operations, same order per
// element), four elements at a time: lanes are independent outputs, never partial sums of one.
import {
  add, and, bitselect, block, br, brIf, encodeModule, eqz, extractLane, f32Const, f32Load, f32Ne, f32Store, forRange, get,
  i32, ifElse, int, leU, load, loadSplat, loop, ltU, mul, ne, set, shl, sub, store, tee, v128, vAdd, vGt, vMadd, vMul,
  whileLoop, zero, type Code, type FunctionDef, type ValueType,
} from './assembler';

/** Bytes 0–47 hold the fusion probe's operands (engine.ts writes them); no data lives below 64. */
export const RESERVED_BYTES = 64;

/** i32: whether relaxed_madd fused on the probe's operands ((1+2⁻²³)(1−2⁻²³) − 1 is −2⁻⁴⁶ fused, 0 not). */
const probeFused: Code = [int(0), load(0), int(0), load(16), int(0), load(32), vMadd, extractLane(0), f32Const(0), f32Ne];

/** Locals of a function, numbered after its parameters in the order asked for. */
class Locals {
  readonly types: ValueType[] = [];
  constructor(private readonly paramCount: number) {}
  add(type: ValueType): number {
    this.types.push(type);
    return this.paramCount + this.types.length - 1;
  }
}

/** Byte address base + index·4 (index an i32 local). */
const at = (base: Code, index: Code): Code => [base, index, int(2), shl, add];

/**
 * gemm(c, x, y, bias, rows, cols, k, xp, xr, ldy, ldc) → whether the madds fused:
 *   C[r·ldc + j] = Σ_{p<k} X[p·xp + r·xr] · Y[p·ldy + j]  (+ bias[j] when bias ≠ 0)
 * for r < rows and j < cols rounded up to 4 (so ldc ≥ that, and reads of Y and bias may run
 * 3 floats past their end). Each output is the core's chain (linalg.ts): the first product
 * rounded, plus +0 (an FMA onto +0 never gives −0), then one fused multiply-add per term in p
 * order, then the bias added once. X is read one float at a time (any strides), Y four columns
 * at a time; blocks of R rows × V vectors keep R·V independent chains in flight. k ≥ 1;
 * pointers are bytes, sizes and strides elements.
 */
function gemm(): FunctionDef {
  const params: ValueType[] = Array<ValueType>(11).fill(i32);
  const [C, X, Y, BIAS, ROWS, COLS, K, XP, XR, LDY, LDC] = params.map((_, i) => i);
  const L = new Locals(params.length);
  const r = L.add(i32), j = L.add(i32), p = L.add(i32), fused = L.add(i32), colsPadded = L.add(i32);
  const xpBytes = L.add(i32), xrBytes = L.add(i32), ldyBytes = L.add(i32), ldcBytes = L.add(i32);
  const yPtr = L.add(i32), xv = L.add(v128);
  const MAX_R = 4, MAX_V = 4;
  const xPtr = Array.from({ length: MAX_R }, () => L.add(i32));
  const acc = Array.from({ length: MAX_R * MAX_V }, () => L.add(v128));

  /** Rows r … r+R−1 × columns j … j+4V−1. */
  const tile = (R: number, V: number): Code => {
    const a = (q: number, v: number): number => acc[q * V + v];
    const setup: Code[] = [at(get(Y), get(j)), set(yPtr)];
    const first: Code[] = [];
    const step: Code[] = [get(yPtr), get(ldyBytes), add, set(yPtr)];
    const stores: Code[] = [];
    for (let q = 0; q < R; q++) {
      setup.push(get(X), get(r), int(q), add, get(xrBytes), mul, add, set(xPtr[q]));
      first.push(get(xPtr[q]), loadSplat(), set(xv));
      step.push(get(xPtr[q]), get(xpBytes), add, tee(xPtr[q]), loadSplat(), set(xv));
      for (let v = 0; v < V; v++) {
        first.push(get(xv), get(yPtr), load(16 * v), vMul, zero, vAdd, set(a(q, v)));
        step.push(get(xv), get(yPtr), load(16 * v), get(a(q, v)), vMadd, set(a(q, v)));
        stores.push(
          get(C), get(r), int(q), add, get(ldcBytes), mul, add, get(j), int(2), shl, add,
          ifElse(v128, [get(BIAS), int(0), ne], [get(a(q, v)), at(get(BIAS), get(j)), load(16 * v), vAdd], get(a(q, v))),
          store(16 * v),
        );
      }
    }
    return [setup, first, forRange(p, int(1), get(K), 1, step), stores];
  };

  /** Every column block of rows r … r+R−1: V vectors at a time, then one. */
  const rowBlock = (R: number, V: number): Code => [
    int(0), set(j),
    whileLoop([get(j), int(4 * V), add, get(colsPadded), leU], tile(R, V), get(j), int(4 * V), add, set(j)),
    whileLoop([get(j), get(colsPadded), ltU], tile(R, 1), get(j), int(4), add, set(j)),
  ];

  const body: Code = [
    probeFused, set(fused),
    get(COLS), int(3), add, int(-4), and, set(colsPadded),
    get(XP), int(2), shl, set(xpBytes),
    get(XR), int(2), shl, set(xrBytes),
    get(LDY), int(2), shl, set(ldyBytes),
    get(LDC), int(2), shl, set(ldcBytes),
    int(0), set(r),
    whileLoop([get(r), int(MAX_R), add, get(ROWS), leU], rowBlock(MAX_R, 2), get(r), int(MAX_R), add, set(r)),
    whileLoop([get(r), get(ROWS), ltU], rowBlock(1, MAX_V), get(r), int(1), add, set(r)),
    get(fused),
  ];
  return { name: 'gemm', params, results: [i32], locals: L.types, body };
}

/** transpose(dst, src, rows, cols): dst[c·rows + r] = src[r·cols + c] (a packing copy). */
function transpose(): FunctionDef {
  const params: ValueType[] = [i32, i32, i32, i32];
  const [DST, SRC, ROWS, COLS] = [0, 1, 2, 3];
  const L = new Locals(params.length);
  const r = L.add(i32), c = L.add(i32), from = L.add(i32);
  return {
    name: 'transpose', params, results: [], locals: L.types,
    body: forRange(r, int(0), get(ROWS), 1,
      get(SRC), get(r), get(COLS), mul, int(2), shl, add, set(from),
      forRange(c, int(0), get(COLS), 1,
        get(DST), get(c), get(ROWS), mul, get(r), add, int(2), shl, add,
        at(get(from), get(c)), f32Load(),
        f32Store(),
      ),
    ),
  };
}

/**
 * selectPositive(out, mask, values, n): out[i] = mask[i] > 0 ? values[i] : +0, for i < n rounded
 * up to 4 — ReLU (mask = values = x: NaN and −0 give +0) and its backward (mask = the output).
 */
function selectPositive(): FunctionDef {
  const params: ValueType[] = [i32, i32, i32, i32];
  const [OUT, MASK, VALUES, N] = [0, 1, 2, 3];
  const L = new Locals(params.length);
  const i = L.add(i32);
  return {
    name: 'selectPositive', params, results: [], locals: L.types,
    body: forRange(i, int(0), get(N), 4,
      at(get(OUT), get(i)),
      at(get(VALUES), get(i)), load(), zero, at(get(MASK), get(i)), load(), zero, vGt, bitselect,
      store(),
    ),
  };
}

/**
 * multiRowSum(x, rowStride, colStride, nrows, width, size, levelPower, acc): cascade-sum.ts's
 * multi_row_sum over `width` adjacent lanes at once (every lane is its own sum, so a lane is a
 * column of a reduction along dim 0). Row i's k-th accumulator adds x[i·rowStride + k·colStride
 * + l] for each lane l; every 2^levelPower rows the four levels cascade as in PyTorch's
 * SumKernel.cpp. The level-0 accumulators end in acc[k·w + l], w = width rounded up to 4; acc
 * has room for 4 levels of nrows·w floats.
 */
function multiRowSum(): FunctionDef {
  const params: ValueType[] = Array<ValueType>(8).fill(i32);
  const [X, ROW_STRIDE, COL_STRIDE, NROWS, WIDTH, SIZE, LEVEL_POWER, ACC] = params.map((_, i) => i);
  const LEVELS = 4;
  const L = new Locals(params.length);
  const w = L.add(i32), span = L.add(i32), i = L.add(i32), end = L.add(i32), kk = L.add(i32), l = L.add(i32);
  const from = L.add(i32), to = L.add(i32), level = L.add(i32), s = L.add(i32), levelStep = L.add(i32), levelMask = L.add(i32);
  /** acc[to + l] += x[from + l] for every lane vector of the nrows accumulators of row i. */
  const addRow: Code = forRange(kk, int(0), get(NROWS), 1,
    get(X), get(i), get(ROW_STRIDE), mul, get(kk), get(COL_STRIDE), mul, add, int(2), shl, add, set(from),
    get(ACC), get(kk), get(w), mul, int(2), shl, add, set(to),
    forRange(l, int(0), get(w), 4,
      at(get(to), get(l)), at(get(to), get(l)), load(), at(get(from), get(l)), load(), vAdd, store(),
    ),
  );
  /** acc[into·span + s] += acc[from·span + s] for every s, then acc[from·span + s] = 0 when clearing. */
  const fold = (into: Code, source: Code, clear: boolean): Code => forRange(s, int(0), get(span), 4,
    at(get(ACC), [into, get(span), mul, get(s), add]),
    at(get(ACC), [into, get(span), mul, get(s), add]), load(), at(get(ACC), [source, get(span), mul, get(s), add]), load(), vAdd,
    store(),
    clear ? [at(get(ACC), [source, get(span), mul, get(s), add]), zero, store()] : [],
  );
  return {
    name: 'multiRowSum', params, results: [], locals: L.types,
    body: [
      get(WIDTH), int(3), add, int(-4), and, set(w),
      get(NROWS), get(w), mul, set(span),
      forRange(s, int(0), [get(span), int(LEVELS), mul], 4, at(get(ACC), get(s)), zero, store()),
      int(1), get(LEVEL_POWER), shl, set(levelStep),
      get(levelStep), int(1), sub, set(levelMask),
      int(0), set(i),
      whileLoop([get(i), get(levelStep), add, get(SIZE), leU],
        get(i), get(levelStep), add, set(end),
        whileLoop([get(i), get(end), ltU], addRow, get(i), int(1), add, set(i)),
        // for (level = 1; level < 4; level++) { fold level−1 into level; if (i & (mask << level·power)) break; }
        int(1), set(level),
        block(loop(
          fold(get(level), [get(level), int(1), sub], true),
          get(i), get(levelMask), get(level), get(LEVEL_POWER), mul, shl, and, brIf(1),
          get(level), int(1), add, tee(level), int(LEVELS), ltU, eqz, brIf(1),
          br(0),
        )),
      ),
      whileLoop([get(i), get(SIZE), ltU], addRow, get(i), int(1), add, set(i)),
      forRange(level, int(1), int(LEVELS), 1,
        forRange(s, int(0), get(span), 4,
          at(get(ACC), get(s)), at(get(ACC), get(s)), load(), at(get(ACC), [get(level), get(span), mul, get(s), add]), load(), vAdd, store(),
        ),
      ),
    ],
  };
}

export function kernelModule(): Uint8Array<ArrayBuffer> {
  return encodeModule([gemm(), transpose(), selectPositive(), multiRowSum()]);
}

export interface KernelExports {
  gemm(c: number, x: number, y: number, bias: number, rows: number, cols: number, k: number, xp: number, xr: number, ldy: number, ldc: number): number;
  transpose(dst: number, src: number, rows: number, cols: number): void;
  selectPositive(out: number, mask: number, values: number, n: number): void;
  multiRowSum(x: number, rowStride: number, colStride: number, nrows: number, width: number, size: number, levelPower: number, acc: number): void;
}
