// The float32 kernels of the SIMD engine, written with assembler.ts. Every kernel computes
// exactly what the core's JavaScript loop beside it computes (same operations, same order per
// element), four elements at a time: lanes are independent outputs, never partial sums of one.
import { A0, A1, A2, LN2, OFF } from '../glibc-logf';
import { L0, L1, L2, LOG_LN2 } from '../sleef-df';
import * as expfConstants from '../sleef';
import {
  add, and, bitselect, f32Add, f32x4DemoteZero, f64Const, f64Load, f64x2Add, f64x2ConvertLowI32, f64x2ExtractLane, f64x2Madd,
  f64x2Mul, f64x2Ne, f64x2PromoteLow, f64x2Sub, i64x2Add, i64x2Eq, i64x2Shl, i64x2ShrS, f64x2ReplaceLane, f64x2Splat, i32x4ExtractLane, i32x4ShrS, i32x4Sub, i32x4Add, vNeg,
  f32x4ConvertI32, f32x4Nearest, i32x4TruncSatF32, vMax, block, br, brIf, call, encodeModule, eq, eqz, extractLane, f32, f32Const, f32Load, f32Ne, f32Store,
  forRange, get, i32, i32Load, i32Store, i32x4LtS, i32x4Neg, i32x4Shl, i32x4ShrU, i32x4Splat, i64ExtendU, i64LtS, i64Or, i64Shl,
  i64x2LtS, i64x2Splat, ifElse, int, leU, load, loadSplat, loop, ltU, mul, ne, or, replaceLane, select, set, shl, shrU, shuffle, store,
  sub, tee, v128, v128Const, vAdd, vAnd, vDiv, vGt, vMadd, vMul, vOr, vSub, vXor, whileLoop, xor, zero, type Code, type FunctionDef,
  type ValueType,
} from './assembler';

/**
 * What engine.ts writes below RESERVED_BYTES: the float32 fusion probe's operands (bytes 0–47),
 * the float64 probe's (48–95) and glibc logf's tables of 1/c and log(c) (96–351).
 */
export const RESERVED_BYTES = 384;
export const F64_PROBE_AT = 48;
export const LOGF_TABLES_AT = 96;

/** i32: whether relaxed_madd fused on the probe's operands ((1+2⁻²³)(1−2⁻²³) − 1 is −2⁻⁴⁶ fused, 0 not). */
const probeFused: Code = [int(0), load(0), int(0), load(16), int(0), load(32), vMadd, extractLane(0), f32Const(0), f32Ne];

/** Locals of a function, numbered after its parameters in the order asked for. */
export class Locals {
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
 * gemm(c, x, y, bias, rows, cols, k, xp, xr, ldy, ldc, accumulate) → whether the madds fused:
 *   C[r·ldc + j] = Σ_{p<k} X[p·xp + r·xr] · Y[p·ldy + j]  (+ bias[j] when bias ≠ 0;
 *   added onto C[r·ldc + j] instead when accumulate ≠ 0)
 * for r < rows and j < cols rounded up to 4 (so ldc ≥ that, and reads of Y and bias may run
 * 3 floats past their end). Each output is the core's chain (linalg.ts): the first product
 * rounded, plus +0 (an FMA onto +0 never gives −0), then one fused multiply-add per term in p
 * order, then the bias (or C's value: OpenBLAS's K blocks, openblas-sgemm.ts) added once. X is
 * read one float at a time (any strides), Y four columns at a time; blocks of R rows × V
 * vectors keep R·V independent chains in flight. k ≥ 1; pointers are bytes, sizes and strides
 * elements.
 */
function gemm(): FunctionDef {
  const params: ValueType[] = Array<ValueType>(12).fill(i32);
  const [C, X, Y, BIAS, ROWS, COLS, K, XP, XR, LDY, LDC, ACCUMULATE] = params.map((_, i) => i);
  const L = new Locals(params.length);
  const r = L.add(i32), j = L.add(i32), jBytes = L.add(i32), p = L.add(i32), fused = L.add(i32), colsPadded = L.add(i32);
  const xpBytes = L.add(i32), xrBytes = L.add(i32), ldyBytes = L.add(i32), ldcBytes = L.add(i32);
  const yPtr = L.add(i32), xv = L.add(v128);
  const MAX_R = 4, MAX_V = 4;
  const xRow = Array.from({ length: MAX_R }, () => L.add(i32));
  const cRow = Array.from({ length: MAX_R }, () => L.add(i32));
  const xPtr = Array.from({ length: MAX_R }, () => L.add(i32));
  const acc = Array.from({ length: MAX_R * MAX_V }, () => L.add(v128));
  const biasV = Array.from({ length: MAX_V }, () => L.add(v128));

  /** What a tile adds to its sums before storing them: the bias, C's own values, or nothing. */
  type Mode = 'bias' | 'accumulate' | 'plain';
  /** Rows r … r+R−1 × columns j … j+4V−1 (jBytes = 4j). */
  const tile = (R: number, V: number, mode: Mode): Code => {
    const a = (q: number, v: number): number => acc[q * V + v];
    const setup: Code[] = [get(Y), get(jBytes), add, set(yPtr)];
    const first: Code[] = [];
    const step: Code[] = [get(yPtr), get(ldyBytes), add, set(yPtr)];
    const stores: Code[] = [];
    if (mode === 'bias') for (let v = 0; v < V; v++) stores.push(get(BIAS), get(jBytes), add, load(16 * v), set(biasV[v]));
    for (let q = 0; q < R; q++) {
      setup.push(get(xRow[q]), set(xPtr[q]));
      first.push(get(xPtr[q]), loadSplat(), set(xv));
      step.push(get(xPtr[q]), get(xpBytes), add, tee(xPtr[q]), loadSplat(), set(xv));
      for (let v = 0; v < V; v++) {
        first.push(get(xv), get(yPtr), load(16 * v), vMul, zero, vAdd, set(a(q, v)));
        step.push(get(xv), get(yPtr), load(16 * v), get(a(q, v)), vMadd, set(a(q, v)));
        const before = mode === 'bias' ? [get(biasV[v]), vAdd] : mode === 'accumulate' ? [get(cRow[q]), get(jBytes), add, load(16 * v), vAdd] : [];
        stores.push(get(cRow[q]), get(jBytes), add, get(a(q, v)), before, store(16 * v));
      }
    }
    return [setup, first, forRange(p, int(1), get(K), 1, step), stores];
  };

  /** Every column block of rows r … r+R−1: V vectors at a time, then one. */
  const rowBlock = (R: number, V: number, mode: Mode): Code => {
    const rows: Code[] = [];
    for (let q = 0; q < R; q++) {
      rows.push(get(X), get(r), int(q), add, get(xrBytes), mul, add, set(xRow[q]));
      rows.push(get(C), get(r), int(q), add, get(ldcBytes), mul, add, set(cRow[q]));
    }
    const next = (width: number): Code => [get(j), int(width), add, set(j), get(jBytes), int(4 * width), add, set(jBytes)];
    return [
      rows, int(0), set(j), int(0), set(jBytes),
      whileLoop([get(j), int(4 * V), add, get(colsPadded), leU], tile(R, V, mode), next(4 * V)),
      whileLoop([get(j), get(colsPadded), ltU], tile(R, 1, mode), next(4)),
    ];
  };

  const allRows = (mode: Mode): Code => [
    int(0), set(r),
    whileLoop([get(r), int(MAX_R), add, get(ROWS), leU], rowBlock(MAX_R, 2, mode), get(r), int(MAX_R), add, set(r)),
    whileLoop([get(r), get(ROWS), ltU], rowBlock(1, MAX_V, mode), get(r), int(1), add, set(r)),
  ];

  const body: Code = [
    probeFused, set(fused),
    get(COLS), int(3), add, int(-4), and, set(colsPadded),
    get(XP), int(2), shl, set(xpBytes),
    get(XR), int(2), shl, set(xrBytes),
    get(LDY), int(2), shl, set(ldyBytes),
    get(LDC), int(2), shl, set(ldcBytes),
    // A copy of the loops per mode, so that no store asks what to add.
    get(ACCUMULATE), 0x04, 0x40, allRows('accumulate'), 0x05,
    get(BIAS), int(0), ne, 0x04, 0x40, allRows('bias'), 0x05, allRows('plain'), 0x0b,
    0x0b,
    get(fused),
  ];
  return { name: 'gemm', params, results: [i32], locals: L.types, body };
}

/**
 * gemvRows(c, a, w, bias, rows, k, lda, accumulate) → whether the madds fused:
 * c[i] = Σ_{p<k} a[i·lda + p] · w[p] (+ bias[0] when bias ≠ 0; added onto c[i] instead when
 * accumulate ≠ 0) for i < rows rounded down to 4 — gemm's chain for a product with one output
 * column (nn.Linear(n, 1)'s forward), four rows per vector: four rows' next four terms are
 * loaded as rows and transposed in registers, so each lane is one row's chain, in p order.
 */
function gemvRows(): FunctionDef {
  const params: ValueType[] = Array<ValueType>(8).fill(i32);
  const [C, A, W, BIAS, ROWS, K, LDA, ACCUMULATE] = [0, 1, 2, 3, 4, 5, 6, 7];
  const L = new Locals(params.length);
  const r = L.add(i32), p = L.add(i32), fused = L.add(i32), rowBytes = L.add(i32), base = L.add(i32), acc = L.add(v128);
  const rows = [L.add(v128), L.add(v128), L.add(v128), L.add(v128)];
  const t = [L.add(v128), L.add(v128), L.add(v128), L.add(v128)];
  const lanes = (...words: number[]): number[] => words.flatMap((w) => [4 * w, 4 * w + 1, 4 * w + 2, 4 * w + 3]);
  /** Rows r … r+3 at term p as one vector: four loads into the lanes. */
  const column: Code = [
    zero,
    ...[0, 1, 2, 3].map((q) => [get(base), get(p), int(2), shl, add, get(rowBytes), int(q), mul, add, f32Load(), replaceLane(q)]),
  ];
  const madd = (v: Code): Code => [v, get(W), get(p), int(2), shl, add, loadSplat(), get(acc), vMadd, set(acc)];
  return {
    name: 'gemvRows', params, results: [i32], locals: L.types,
    body: [
      probeFused, set(fused),
      get(LDA), int(2), shl, set(rowBytes),
      forRange(r, int(0), [get(ROWS), int(-4), and], 4,
        get(A), get(r), get(rowBytes), mul, add, set(base),
        // p = 0: the first product rounded, plus +0.
        int(0), set(p),
        column, get(W), loadSplat(), vMul, zero, vAdd, set(acc),
        int(1), set(p),
        whileLoop([get(p), int(4), add, get(K), leU],
          ...[0, 1, 2, 3].map((q) => [get(base), get(p), int(2), shl, add, get(rowBytes), int(q), mul, add, load(), set(rows[q])]),
          get(rows[0]), get(rows[1]), shuffle(...lanes(0, 4, 1, 5)), set(t[0]),
          get(rows[0]), get(rows[1]), shuffle(...lanes(2, 6, 3, 7)), set(t[1]),
          get(rows[2]), get(rows[3]), shuffle(...lanes(0, 4, 1, 5)), set(t[2]),
          get(rows[2]), get(rows[3]), shuffle(...lanes(2, 6, 3, 7)), set(t[3]),
          madd([get(t[0]), get(t[2]), shuffle(...lanes(0, 1, 4, 5))]), get(p), int(1), add, set(p),
          madd([get(t[0]), get(t[2]), shuffle(...lanes(2, 3, 6, 7))]), get(p), int(1), add, set(p),
          madd([get(t[1]), get(t[3]), shuffle(...lanes(0, 1, 4, 5))]), get(p), int(1), add, set(p),
          madd([get(t[1]), get(t[3]), shuffle(...lanes(2, 3, 6, 7))]), get(p), int(1), add, set(p),
        ),
        whileLoop([get(p), get(K), ltU], madd(column), get(p), int(1), add, set(p)),
        at(get(C), get(r)),
        ifElse(v128, get(ACCUMULATE), [get(acc), at(get(C), get(r)), load(), vAdd],
          ifElse(v128, [get(BIAS), int(0), ne], [get(acc), get(BIAS), loadSplat(), vAdd], get(acc))),
        store(),
      ),
      get(fused),
    ],
  };
}

/** Byte lanes of the 32-bit words listed, for shuffle (0–3 the first vector, 4–7 the second). */
const words = (...w: number[]): number[] => w.flatMap((x) => [4 * x, 4 * x + 1, 4 * x + 2, 4 * x + 3]);

/**
 * dot16(c, a, b, bias, rows, cols, k, foursRows, foursCols) → whether the madds fused: the
 * OpenBLAS small-matrix kernel that reads both operands along k (openblas-sgemm.ts#sixteenLanes):
 * c[r·cols + j] = the 16 lanes l (terms p ≡ l mod 16 chained by FMAs onto +0, the lanes past the
 * last partial load given 0·0) of a[r·k + p] · b[j·k + p], added up by REDUCE_4's tree when
 * r < foursRows or j < foursCols, else by GCC's _mm512_reduce_add_ps tree, then + bias[j] when
 * bias ≠ 0. Rows of a and b are read up to 15 floats past their end.
 */
function dot16(): FunctionDef {
  const params: ValueType[] = Array<ValueType>(9).fill(i32);
  const [C, A, B, BIAS, ROWS, COLS, K, FOURS_ROWS, FOURS_COLS] = params.map((_, i) => i);
  const L = new Locals(params.length);
  const r = L.add(i32), j = L.add(i32), pb = L.add(i32), fullBytes = L.add(i32), rem = L.add(i32), fused = L.add(i32);
  const aRow = L.add(i32), bRow = L.add(i32), rowBytes = L.add(i32), value = L.add(f32), q = L.add(v128), mask = L.add(v128);
  const acc = [0, 1, 2, 3].map(() => L.add(v128));
  const c = [0, 1, 2, 3].map(() => L.add(v128));
  const step = (masked: boolean): Code => [0, 1, 2, 3].map((v) => [
    masked ? [v128Const(...[0, 1, 2, 3].flatMap((lane) => [lane, 0, 0, 0])), get(rem), int(4 * v), sub, i32x4Splat, i32x4LtS, set(mask)] : [],
    get(aRow), get(pb), add, load(16 * v), masked ? [get(mask), vAnd] : [],
    get(bRow), get(pb), add, load(16 * v), masked ? [get(mask), vAnd] : [],
    get(acc[v]), vMadd, set(acc[v]),
  ]);
  const sumLanes = (v: Code, a: number, b: number, x: number, y: number): Code => [
    v, extractLane(a), v, extractLane(b), f32Add, v, extractLane(x), v, extractLane(y), f32Add, f32Add,
  ];
  const fours: Code = [
    // lanes in fours: q_v = (l0 + l1) + (l2 + l3) of acc_v, all four at once on the transposed accumulators
    get(acc[0]), get(acc[1]), shuffle(...words(0, 4, 1, 5)), set(c[0]),
    get(acc[0]), get(acc[1]), shuffle(...words(2, 6, 3, 7)), set(c[1]),
    get(acc[2]), get(acc[3]), shuffle(...words(0, 4, 1, 5)), set(c[2]),
    get(acc[2]), get(acc[3]), shuffle(...words(2, 6, 3, 7)), set(c[3]),
    get(c[0]), get(c[2]), shuffle(...words(0, 1, 4, 5)), get(c[0]), get(c[2]), shuffle(...words(2, 3, 6, 7)), vAdd,
    get(c[1]), get(c[3]), shuffle(...words(0, 1, 4, 5)), get(c[1]), get(c[3]), shuffle(...words(2, 3, 6, 7)), vAdd,
    vAdd, set(q),
    sumLanes(get(q), 0, 1, 2, 3),
  ];
  const halves: Code = [
    // t_i = (l_i + l_i+8) + (l_i+4 + l_i+12), then (t0 + t2) + (t1 + t3)
    get(acc[0]), get(acc[2]), vAdd, get(acc[1]), get(acc[3]), vAdd, vAdd, set(q),
    sumLanes(get(q), 0, 2, 1, 3),
  ];
  return {
    name: 'dot16', params, results: [i32], locals: L.types,
    body: [
      probeFused, set(fused),
      get(K), int(2), shl, set(rowBytes),
      get(K), int(-16), and, int(2), shl, set(fullBytes),
      get(K), int(15), and, set(rem),
      forRange(r, int(0), get(ROWS), 1,
        get(A), get(r), get(rowBytes), mul, add, set(aRow),
        forRange(j, int(0), get(COLS), 1,
          get(B), get(j), get(rowBytes), mul, add, set(bRow),
          ...acc.map((a) => [zero, set(a)]),
          int(0), set(pb),
          whileLoop([get(pb), get(fullBytes), ltU], step(false), get(pb), int(64), add, set(pb)),
          get(rem), 0x04, 0x40, step(true), 0x0b,
          ifElse(f32, [get(r), get(FOURS_ROWS), ltU, get(j), get(FOURS_COLS), ltU, or], fours, halves), set(value),
          get(C), get(r), get(COLS), mul, get(j), add, int(2), shl, add,
          ifElse(f32, [get(BIAS), int(0), ne], [get(value), at(get(BIAS), get(j)), f32Load(), f32Add], get(value)),
          f32Store(),
        ),
      ),
      get(fused),
    ],
  };
}

/**
 * logf(out, x, n) → whether the float64 madds fused: glibc's logf (glibc-logf.ts) for every x[i]
 * of normal range, four per step as two float64 pairs — the same table lookup, reduction and
 * cubic, with the same fused multiply-adds, rounded once to float32. Zero, negative, infinite,
 * NaN and subnormal inputs are the caller's (their lanes hold garbage); n is rounded up to 4.
 */
function logf(): FunctionDef {
  const params: ValueType[] = [i32, i32, i32];
  const [OUT, X, N] = [0, 1, 2];
  const L = new Locals(params.length);
  const end = L.add(i32), bitsV = L.add(v128), tmp = L.add(v128), idx = L.add(v128), kV = L.add(v128), iz = L.add(v128);
  const z = L.add(v128), invc = L.add(v128), logc = L.add(v128), r = L.add(v128), r2 = L.add(v128), y = L.add(v128), low = L.add(v128);
  const splat = (value: number): Code => [f64Const(value), f64x2Splat];
  const table = (at: number, lane: number): Code => [
    get(idx), i32x4ExtractLane(lane), int(3), shl, f64Load(at), f64x2Splat,
    get(idx), i32x4ExtractLane(lane + 1), int(3), shl, f64Load(at), f64x2ReplaceLane(1),
  ];
  /** glibc's cubic for lanes `lane` and `lane + 1`, as two float32 in the low half of a vector. */
  const pair = (lane: number): Code => [
    get(iz), lane ? [get(iz), shuffle(...words(2, 3, 2, 3))] : [], f64x2PromoteLow, set(z),
    table(LOGF_TABLES_AT, lane), set(invc),
    table(LOGF_TABLES_AT + 128, lane), set(logc),
    get(z), get(invc), splat(-1), f64x2Madd, set(r), // r = z·invc − 1
    get(r), get(r), f64x2Mul, set(r2),
    splat(A1), get(r), splat(A2), f64x2Madd, set(y), // A1·r + A2
    splat(A0), get(r2), get(y), f64x2Madd, set(y), // A0·r2 + y
    get(y), get(r2),
    get(kV), lane ? [get(kV), shuffle(...words(2, 3, 2, 3))] : [], f64x2ConvertLowI32, splat(LN2), get(logc), f64x2Madd, // y0 = k·ln2 + logc
    get(r), f64x2Add, f64x2Madd, // y·r2 + (y0 + r)
    f32x4DemoteZero,
  ];
  return {
    name: 'logf', params, results: [i32], locals: L.types,
    body: [
      at(get(OUT), get(N)), set(end),
      whileLoop([get(OUT), get(end), ltU],
        get(X), load(), set(bitsV),
        get(bitsV), int(OFF), i32x4Splat, i32x4Sub, set(tmp),
        get(tmp), int(23 - 4), i32x4ShrU, int(15), i32x4Splat, vAnd, set(idx),
        get(tmp), int(23), i32x4ShrS, set(kV),
        get(bitsV), get(tmp), int(0x1ff << 23), i32x4Splat, vAnd, i32x4Sub, set(iz),
        pair(0), set(low),
        get(OUT), get(low), pair(2), shuffle(...words(0, 1, 4, 5)), store(),
        get(OUT), int(16), add, set(OUT), get(X), int(16), add, set(X),
      ),
      // whether the float64 madd fused on the probe: (1 + 2⁻⁵²)(1 − 2⁻⁵²) − 1 is −2⁻¹⁰⁴ fused, 0 not
      int(0), load(F64_PROBE_AT), int(0), load(F64_PROBE_AT + 16), int(0), load(F64_PROBE_AT + 32), f64x2Madd,
      f64x2ExtractLane(0), f64Const(0), 0x62 /* f64.ne */,
    ],
  };
}

/** Each float64 lane's integer 1 (its last bit). */
const ONE_I64 = v128Const(1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0);

/**
 * A float32 multiply-add rounded once without relaxed SIMD (libm/fma.ts#fmaFloat32 in lanes):
 * madd(a, b, c) leaves a·b + c for four float32 lanes. Each half of the lanes in float64: the
 * product exact, the sum s and its error (TwoSum), s rounded to odd (an inexact s whose last bit
 * is even steps one ulp towards the exact sum: addRoundToOdd), then to float32 — the single
 * correct rounding. For finite lanes (an infinite or NaN lane's result is garbage). Every call
 * takes locals of its own, so madds may nest.
 */
export function roundedOnceMadd(L: Locals): (a: Code, b: Code, c: Code) => Code {
  return (a, b, c) => {
    const [va, vb, vc, p, s, v, err, low] = Array.from({ length: 8 }, () => L.add(v128));
    const pair = (x: number, high: boolean): Code => [get(x), high ? [get(x), shuffle(...words(2, 3, 2, 3))] : [], f64x2PromoteLow];
    const half = (high: boolean): Code => [
      pair(va, high), pair(vb, high), f64x2Mul, set(p),
      get(p), pair(vc, high), f64x2Add, set(s),
      get(s), get(p), f64x2Sub, set(v), // v = s − p
      get(p), get(s), get(v), f64x2Sub, f64x2Sub, pair(vc, high), get(v), f64x2Sub, f64x2Add, set(err), // (p − (s − v)) + (c − v)
      get(s),
      get(err), get(s), vXor, int(63), i64x2ShrS, int(1), i64x2Shl, ONE_I64, vOr, // +1 (away from 0) when err has s's sign, else −1
      get(err), zero, f64x2Ne, vAnd, // … where s is inexact
      get(s), ONE_I64, vAnd, zero, i64x2Eq, vAnd, // … and even
      i64x2Add, f32x4DemoteZero,
    ];
    return [
      a, set(va), b, set(vb), c, set(vc),
      half(false), set(low), get(low), half(true), shuffle(...words(0, 1, 4, 5)),
    ];
  };
}

/**
 * sleefLogf(out, x, n) → whether the madds fused: SLEEF's xlogf_u1 (sleef-df.ts#sleefLogf,
 * torch.log) for x[i] ≥ FLT_MIN and finite, four per step: the same exponent split, double-float
 * division and cubic, every float32 operation and fused multiply-add in the same order. Zero,
 * negative, infinite, NaN and subnormal inputs are the caller's; n is rounded up to 4. With
 * `fused` false (the module without relaxed SIMD) each multiply-add is roundedOnceMadd's, and
 * the kernel always reports fused.
 */
function sleefLogf(fused: boolean): FunctionDef {
  const params: ValueType[] = [i32, i32, i32];
  const [OUT, X, N] = [0, 1, 2];
  const L = new Locals(params.length);
  const end = L.add(i32);
  const [d, e, m, s0h, s0l, nh, nl, dh, dl, t, xh, xl, x2, poly, sh, sl, tail, sum, u, v] = Array.from({ length: 20 }, () => L.add(v128));
  const c = (value: number): Code => [f32Const(value), 0xfd, 0x13 /* f32x4.splat */];
  // a·b + c, one rounding
  const madd = fused ? (a: Code, b: Code, cc: Code): Code => [a, b, cc, vMadd] : roundedOnceMadd(L);
  /** SLEEF's dfadd2_vf2_vf_vf(x, y) into (hi, lo). */
  const twoSum = (x: Code, y: Code, hi: number, lo: number): Code => [
    x, y, vAdd, set(hi),
    get(hi), x, vSub, set(v), // v = s − x
    x, get(hi), get(v), vSub, vSub, y, get(v), vSub, vAdd, set(lo), // (x − (s − v)) + (y − v)
  ];
  return {
    name: 'sleefLogf', params, results: [i32], locals: L.types,
    body: [
      at(get(OUT), get(N)), set(end),
      whileLoop([get(OUT), get(end), ltU],
        get(X), load(), set(d),
        // e = ilogb2k(d · (1/0.75)); m = d · 2^−e by the exponent bits
        get(d), c(1 / 0.75), vMul, int(23), i32x4ShrU, int(0xff), i32x4Splat, vAnd, int(0x7f), i32x4Splat, i32x4Sub, set(e),
        get(d), get(e), int(23), i32x4Shl, i32x4Sub, set(m),
        // s0 = LOG_LN2 · e (dfmul_vf2_vf2_vf)
        get(e), f32x4ConvertI32, set(u),
        c(LOG_LN2[0]), get(u), vMul, set(s0h),
        madd(c(LOG_LN2[1]), get(u), madd(c(LOG_LN2[0]), get(u), [get(s0h), vNeg])), set(s0l),
        // x = (m − 1) / (m + 1) as double-floats (dfdiv)
        twoSum(c(-1), get(m), nh, nl),
        twoSum(c(1), get(m), dh, dl),
        c(1), get(dh), vDiv, set(t),
        get(nh), get(t), vMul, set(xh),
        madd(get(t), get(nh), [get(xh), vNeg]), set(u), // u = t·n0 − s
        madd([get(dl), vNeg], get(t), madd([get(dh), vNeg], get(t), c(1))), set(v), // v = (1 − d0·t) − d1·t
        madd(get(xh), get(v), madd(get(nl), get(t), get(u))), set(xl),
        get(xh), get(xh), vMul, set(x2),
        madd(madd(c(L0), get(x2), c(L1)), get(x2), c(L2)), set(poly),
        // s = s0 + 2x (dfadd_vf2_vf2_vf2)
        get(s0h), get(xh), c(2), vMul, vAdd, set(sh),
        get(s0h), get(sh), vSub, get(xh), c(2), vMul, vAdd, get(s0l), vAdd, get(xl), c(2), vMul, vAdd, set(sl),
        get(x2), get(xh), vMul, get(poly), vMul, set(tail),
        get(sh), get(tail), vAdd, set(sum),
        get(OUT),
        get(sum), get(sh), get(sum), vSub, get(tail), vAdd, get(sl), vAdd, vAdd,
        store(),
        get(OUT), int(16), add, set(OUT), get(X), int(16), add, set(X),
      ),
      fused ? probeFused : int(1),
    ],
  };
}

/**
 * expf(out, x, n): SLEEF's expf_u10 as sleef.ts#sleefExpf computes it, for every x[i] in
 * [−104, 100]; other lanes (NaN, below, above) hold garbage for the caller to replace. Four per
 * step: where the JavaScript writes f(a·b + c) — a product of floats, exact in float64, then one
 * float64 sum rounded to float32 — the kernel does the same in two float64 pairs, so the bits
 * are the JavaScript's (not a float32 FMA's, whose single rounding may differ); float32 products
 * and sums, rint (nearest) and the two power-of-two scalings are plain float32 lanes. No madd:
 * nothing here depends on fusion. n is rounded up to 4. sigmoidf(out, x, n) is the same on −x[i],
 * then 1 / (1 + e) in float32 (unary.ts#sigmoid's vectorised part).
 */
function expLike(name: 'expf' | 'sigmoidf'): FunctionDef {
  const params: ValueType[] = [i32, i32, i32];
  const [OUT, X, N] = [0, 1, 2];
  const L = new Locals(params.length);
  const end = L.add(i32);
  const [d, q, qi, s, u, low, h, sLow, sHigh] = Array.from({ length: 9 }, () => L.add(v128));
  const { R_LN2, NEG_L2U, NEG_L2L, C0, C1, C2, C3, C4 } = expfConstants;
  /** An operand as a float64 pair (lanes 0–1, or 2–3 when `high`): a constant, or a float32 vector local. */
  type Operand = number | { f32: number } | { f64: [number, number] };
  const pairOf = (o: Operand, high: boolean): Code => {
    if (typeof o === 'number') return [f64Const(o), f64x2Splat];
    if ('f64' in o) return get(o.f64[high ? 1 : 0]);
    return [get(o.f32), high ? [get(o.f32), shuffle(...words(2, 3, 2, 3))] : [], f64x2PromoteLow];
  };
  /** f(a·b + c) per lane, in float64 then rounded to float32, as the JavaScript's f(a * b + c). */
  const mulAdd = (a: Operand, b: Operand, c: Operand): Code => [
    pairOf(a, false), pairOf(b, false), f64x2Mul, pairOf(c, false), f64x2Add, f32x4DemoteZero, set(low),
    get(low), pairOf(a, true), pairOf(b, true), f64x2Mul, pairOf(c, true), f64x2Add, f32x4DemoteZero, shuffle(...words(0, 1, 4, 5)),
  ];
  const c = (value: number): Code => [f32Const(value), 0xfd, 0x13 /* f32x4.splat */];
  /** 2^k for int32 lanes k in [−126, 127], as float32 bits. */
  const pow2 = (k: Code): Code => [k, int(127), i32x4Splat, i32x4Add, int(23), i32x4Shl];
  const sF64: Operand = { f64: [sLow, sHigh] };
  return {
    name, params, results: [], locals: L.types,
    body: [
      at(get(OUT), get(N)), set(end),
      whileLoop([get(OUT), get(end), ltU],
        get(X), load(), name === 'sigmoidf' ? vNeg : [], set(d),
        get(d), c(R_LN2), vMul, f32x4Nearest, tee(q), i32x4TruncSatF32, set(qi), // q = rint(d·R_LN2)
        mulAdd({ f32: q }, NEG_L2U, { f32: d }), set(s),
        mulAdd({ f32: q }, NEG_L2L, { f32: s }), set(s),
        pairOf({ f32: s }, false), set(sLow), pairOf({ f32: s }, true), set(sHigh),
        mulAdd(C0, sF64, C1), set(u),
        mulAdd({ f32: u }, sF64, C2), set(u),
        mulAdd({ f32: u }, sF64, C3), set(u),
        mulAdd({ f32: u }, sF64, C4), set(u),
        mulAdd({ f32: u }, sF64, 0.5), set(u),
        get(s), get(s), vMul, set(d), // d = s·s (d is free now)
        c(1), mulAdd({ f32: d }, { f32: u }, sF64), vAdd, set(u), // u = 1 + (s·s·u + s)
        get(qi), int(1), i32x4ShrS, set(h),
        get(OUT),
        get(u), pow2(get(h)), vMul, pow2([get(qi), get(h), i32x4Sub]), vMul,
        name === 'sigmoidf' ? [set(u), c(1), c(1), get(u), vAdd, vDiv] : [], // 1 / (1 + e)
        store(),
        get(OUT), int(16), add, set(OUT), get(X), int(16), add, set(X),
      ),
    ],
  };
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
  const end = L.add(i32);
  return {
    name: 'selectPositive', params, results: [], locals: L.types,
    body: [
      at(get(OUT), get(N)), set(end),
      whileLoop([get(OUT), get(end), ltU],
        get(OUT), get(VALUES), load(), zero, get(MASK), load(), zero, vGt, bitselect, store(),
        ...[OUT, MASK, VALUES].map((ptr) => [get(ptr), int(16), add, set(ptr)]),
      ),
    ],
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
  const w = L.add(i32), span = L.add(i32), i = L.add(i32), end = L.add(i32), kk = L.add(i32);
  const from = L.add(i32), to = L.add(i32), level = L.add(i32), s = L.add(i32), levelStep = L.add(i32), levelMask = L.add(i32);
  const toEnd = L.add(i32);
  /** acc[k·w + l] += x[i·rowStride + k·colStride + l] for the lanes of each of the nrows accumulators of row i. */
  const addRow: Code = forRange(kk, int(0), get(NROWS), 1,
    get(X), get(i), get(ROW_STRIDE), mul, get(kk), get(COL_STRIDE), mul, add, int(2), shl, add, set(from),
    get(ACC), get(kk), get(w), mul, int(2), shl, add, tee(to), get(w), int(2), shl, add, set(toEnd),
    whileLoop([get(to), get(toEnd), ltU],
      get(to), get(to), load(), get(from), load(), vAdd, store(),
      get(to), int(16), add, set(to), get(from), int(16), add, set(from),
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

/** add/sub/mul/div(out, a, b, n): out[i] = a[i] op b[i], one float32 rounding each (as a JavaScript store into a Float32Array rounds). */
function elementwise(name: string, op: Code): FunctionDef {
  const params: ValueType[] = [i32, i32, i32, i32];
  const [OUT, A, B, N] = [0, 1, 2, 3];
  const L = new Locals(params.length);
  const end = L.add(i32);
  return {
    name, params, results: [], locals: L.types,
    body: [
      at(get(OUT), get(N)), set(end),
      whileLoop([get(OUT), get(end), ltU],
        get(OUT), get(A), load(), get(B), load(), op, store(),
        ...[OUT, A, B].map((ptr) => [get(ptr), int(16), add, set(ptr)]),
      ),
    ],
  };
}

// MT19937 (generator.ts): the state's 624 words, twisted and tempered as PyTorch's CPU generator does.
const N = 624, M = 397;
const UPPER = 0x80000000 | 0, LOWER = 0x7fffffff, MATRIX_A = 0x9908b0df | 0, TEMPER_B = 0x9d2c5680 | 0, TEMPER_C = 0xefc60000 | 0;

/** mtTwist(state): the next 624 words in place, four at a time where the words read are already final. */
function mtTwist(): FunctionDef {
  const STATE = 0;
  const L = new Locals(1);
  const k = L.add(i32), y = L.add(i32), yv = L.add(v128);
  /** s[k] = s[from] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0), y = (s[k] & UPPER) | (s[k + 1] & LOWER), for one word. */
  const scalarStep = (nextWord: Code, from: Code): Code => [
    at(get(STATE), get(k)), i32Load(), int(UPPER), and, nextWord, int(LOWER), and, or, set(y),
    at(get(STATE), get(k)),
    from, i32Load(), get(y), int(1), shrU, xor, int(0), get(y), int(1), and, sub, int(MATRIX_A), and, xor,
    i32Store(),
  ];
  /** The same for words k … k+3 (their next words s[k+1 … k+4] not yet rewritten). */
  const vectorStep = (from: Code): Code => [
    at(get(STATE), get(k)), load(), int(UPPER), i32x4Splat, vAnd, at(get(STATE), get(k)), load(4), int(LOWER), i32x4Splat, vAnd, vOr, set(yv),
    at(get(STATE), get(k)),
    from, load(), get(yv), int(1), i32x4ShrU, vXor,
    get(yv), int(1), i32x4Splat, vAnd, i32x4Neg, int(MATRIX_A), i32x4Splat, vAnd, vXor,
    store(),
  ];
  const ahead = (offset: number): Code => at(get(STATE), [get(k), int(offset), add]);
  return {
    name: 'mtTwist', params: [i32], results: [], locals: L.types,
    body: [
      // k < N − M: s[k + M] still old.
      forRange(k, int(0), int(N - M - 3), 4, vectorStep(ahead(M))),
      whileLoop([get(k), int(N - M), ltU], scalarStep([ahead(1), i32Load()], ahead(M)), get(k), int(1), add, set(k)),
      // N − M ≤ k < N − 1: s[k + M − N] already new (earlier in this pass).
      whileLoop([get(k), int(4), add, int(N - 1), leU], vectorStep(ahead(M - N)), get(k), int(4), add, set(k)),
      whileLoop([get(k), int(N - 1), ltU], scalarStep([ahead(1), i32Load()], ahead(M - N)), get(k), int(1), add, set(k)),
      // k = N − 1 wraps to s[0].
      scalarStep([get(STATE), i32Load()], ahead(M - N)),
    ],
  };
}

/** MT19937's tempering of the i32 (or, vectorised, four i32) on the stack. */
const temper = (scratch: number): Code => [
  tee(scratch), get(scratch), int(11), shrU, xor, set(scratch),
  get(scratch), get(scratch), int(7), shl, int(TEMPER_B), and, xor, set(scratch),
  get(scratch), get(scratch), int(15), shl, int(TEMPER_C), and, xor, set(scratch),
  get(scratch), get(scratch), int(18), shrU, xor,
];
const temper4 = (scratch: number): Code => [
  tee(scratch), get(scratch), int(11), i32x4ShrU, vXor, set(scratch),
  get(scratch), get(scratch), int(7), i32x4Shl, int(TEMPER_B), i32x4Splat, vAnd, vXor, set(scratch),
  get(scratch), get(scratch), int(15), i32x4Shl, int(TEMPER_C), i32x4Splat, vAnd, vXor, set(scratch),
  get(scratch), get(scratch), int(18), i32x4ShrU, vXor,
];

/**
 * fillBernoulli(state, next, n, out, thresholdLow, thresholdHigh, value) → next: generator.ts's
 * fillBernoulli. Element i takes the next two words (hi, lo) of the stream (twisting the state
 * whenever next reaches 624) and is `value` when (hi & 0x1fffff)·2³² + lo — the 53-bit integer
 * behind the double uniform — is below the threshold, ⌈p·2⁵³⌉ (thresholdHigh·2³² +
 * thresholdLow), else 0. Four elements at a time while eight words are left before a twist.
 */
function fillBernoulli(twistIndex: number): FunctionDef {
  const params: ValueType[] = [i32, i32, i32, i32, i32, i32, f32];
  const [STATE, NEXT, COUNT, OUT, T_LOW, T_HIGH, VALUE] = [0, 1, 2, 3, 4, 5, 6];
  const L = new Locals(params.length);
  const i = L.add(i32), hi = L.add(i32), w = L.add(i32), wv = L.add(v128), threshold = L.add(v128), lowWordMask = L.add(v128);
  const valueV = L.add(v128), hiV = L.add(v128), maskA = L.add(v128);
  const thresholdScalar: Code = [get(T_HIGH), i64ExtendU, int(32), i64ExtendU, i64Shl, get(T_LOW), i64ExtendU, i64Or];
  const nextWord: Code = [
    get(NEXT), int(N), eq, 0x04, 0x40, get(STATE), call(twistIndex), int(0), set(NEXT), 0x0b,
    at(get(STATE), get(NEXT)), i32Load(), temper(w), get(NEXT), int(1), add, set(NEXT),
  ];
  /** Two i64 lanes of (hi & 0x1fffff)·2³² + lo from words [h0, l0, h1, l1], compared with the threshold. */
  const pairsBelow = (offset: number): Code => [
    at(get(STATE), get(NEXT)), load(offset), temper4(wv),
    set(hiV), get(hiV), get(hiV), shuffle(4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11), get(lowWordMask), vAnd,
    get(threshold), i64x2LtS,
  ];
  // [0xffffffff, 0x1fffff] per i64 lane, little-endian bytes.
  const maskBytes = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x1f, 0x00];
  return {
    name: 'fillBernoulli', params, results: [i32], locals: L.types,
    body: [
      thresholdScalar, i64x2Splat, set(threshold),
      v128Const(...maskBytes, ...maskBytes), set(lowWordMask),
      get(VALUE), 0xfd, 0x13 /* f32x4.splat */, set(valueV),
      int(0), set(i),
      whileLoop([get(i), get(COUNT), ltU],
        ifElse(i32, [get(NEXT), int(8), add, int(N), leU, get(i), int(4), add, get(COUNT), leU, and],
          [
            pairsBelow(0), set(maskA),
            get(OUT), get(i), int(2), shl, add,
            get(valueV), zero,
            get(maskA), pairsBelow(16), shuffle(0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27),
            bitselect, store(),
            get(NEXT), int(8), add, set(NEXT),
            int(4),
          ],
          [
            nextWord, set(hi), nextWord, set(w),
            get(OUT), get(i), int(2), shl, add,
            get(VALUE), f32Const(0),
            get(hi), int(0x1fffff), and, i64ExtendU, int(32), i64ExtendU, i64Shl, get(w), i64ExtendU, i64Or,
            thresholdScalar, i64LtS,
            select, f32Store(),
            int(1),
          ],
        ),
        get(i), add, set(i),
      ),
      get(NEXT),
    ],
  };
}

/**
 * sigmoidBackward(out, g, y, n): out[i] = (g[i] · (1 − y[i])) · y[i] in float32, as
 * unary.ts#sigmoid's backward; n is rounded up to 4.
 */
function sigmoidBackward(): FunctionDef {
  const params: ValueType[] = [i32, i32, i32, i32];
  const [OUT, G, Y, N] = [0, 1, 2, 3];
  const L = new Locals(params.length);
  const end = L.add(i32), y = L.add(v128);
  return {
    name: 'sigmoidBackward', params, results: [], locals: L.types,
    body: [
      at(get(OUT), get(N)), set(end),
      whileLoop([get(OUT), get(end), ltU],
        get(Y), load(), set(y),
        get(OUT), get(G), load(), f32Const(1), 0xfd, 0x13 /* f32x4.splat */, get(y), vSub, vMul, get(y), vMul, store(),
        ...[OUT, G, Y].map((ptr) => [get(ptr), int(16), add, set(ptr)]),
      ),
    ],
  };
}

/**
 * bceBackward(out, g, x, y, scale, n): BCELoss's input gradient as losses.ts computes it in float32,
 * out[i] = (g[i] · (x[i] − y[i])) / max((1 − x[i]) · x[i], 1e-12) / scale; n is rounded up to 4.
 */
function bceBackward(): FunctionDef {
  const params: ValueType[] = [i32, i32, i32, i32, f32, i32];
  const [OUT, G, X, Y, SCALE, N] = [0, 1, 2, 3, 4, 5];
  const L = new Locals(params.length);
  const end = L.add(i32), x = L.add(v128);
  const splatF32 = [0xfd, 0x13]; // f32x4.splat
  return {
    name: 'bceBackward', params, results: [], locals: L.types,
    body: [
      at(get(OUT), get(N)), set(end),
      whileLoop([get(OUT), get(end), ltU],
        get(X), load(), set(x),
        get(OUT),
        get(G), load(), get(x), get(Y), load(), vSub, vMul,
        f32Const(1), splatF32, get(x), vSub, get(x), vMul, f32Const(1e-12), splatF32, vMax,
        vDiv, get(SCALE), splatF32, vDiv,
        store(),
        ...[OUT, G, X, Y].map((ptr) => [get(ptr), int(16), add, set(ptr)]),
      ),
    ],
  };
}

/**
 * The module's bytes (built when the engine first starts, not when this file loads). The kernels
 * with relaxed_madd (the products and glibc's logf: MaddKernelExports) come only `withMadd`:
 * without them the module is plain WebAssembly SIMD, which engines without relaxed SIMD (Node 20
 * unflagged, Safari) also run, and SLEEF's logf there rounds its multiply-adds by roundedOnceMadd.
 */
export function kernelModule(withMadd = true): Uint8Array<ArrayBuffer> {
  const kernels = [
    transpose(), selectPositive(), multiRowSum(), mtTwist(),
    elementwise('add', vAdd), elementwise('sub', vSub), elementwise('mul', vMul), elementwise('div', vDiv),
    expLike('expf'), expLike('sigmoidf'), sigmoidBackward(), bceBackward(), sleefLogf(withMadd),
    ...(withMadd ? [gemm(), gemvRows(), dot16(), logf()] : []),
  ];
  return encodeModule([...kernels, fillBernoulli(kernels.findIndex((k) => k.name === 'mtTwist'))]);
}

/** The kernels every module has: plain WebAssembly SIMD (IEEE operations that round alike everywhere). */
export interface KernelExports {
  transpose(dst: number, src: number, rows: number, cols: number): void;
  selectPositive(out: number, mask: number, values: number, n: number): void;
  multiRowSum(x: number, rowStride: number, colStride: number, nrows: number, width: number, size: number, levelPower: number, acc: number): void;
  fillBernoulli(state: number, next: number, n: number, out: number, thresholdLow: number, thresholdHigh: number, value: number): number;
  add(out: number, a: number, b: number, n: number): void;
  sub(out: number, a: number, b: number, n: number): void;
  mul(out: number, a: number, b: number, n: number): void;
  div(out: number, a: number, b: number, n: number): void;
  expf(out: number, x: number, n: number): void;
  sigmoidf(out: number, x: number, n: number): void;
  sigmoidBackward(out: number, g: number, y: number, n: number): void;
  bceBackward(out: number, g: number, x: number, y: number, scale: number, n: number): void;
  /** → whether its madds fused (always, in the module without relaxed SIMD: emulated there). */
  sleefLogf(out: number, x: number, n: number): number;
}

/** The kernels with relaxed_madd (kernelModule(true) only): each returns whether its madds fused. */
export interface MaddKernelExports {
  gemm(c: number, x: number, y: number, bias: number, rows: number, cols: number, k: number, xp: number, xr: number, ldy: number, ldc: number, accumulate: number): number;
  gemvRows(c: number, a: number, w: number, bias: number, rows: number, k: number, lda: number, accumulate: number): number;
  dot16(c: number, a: number, b: number, bias: number, rows: number, cols: number, k: number, foursRows: number, foursCols: number): number;
  logf(out: number, x: number, n: number): number;
}
