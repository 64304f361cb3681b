// The SIMD engine: the core's hot float32 loops run as WebAssembly SIMD (kernels.ts) where the
// engine can promise the same bits as the JavaScript loops, and nowhere else.
//
// Why it is exact: the JavaScript matrix product emulates a float32 FMA per term (fmaFloat32),
// glibc's logf a float64 one (libm/fma.ts's fmaBeforeFloat32); WebAssembly's relaxed_madd is a real FMA where the
// engine fuses it (V8 on x64 with FMA3, and on ARM64), and a multiply then an add elsewhere. So
// every product and logf call also runs a probe madd whose fused and unfused results differ, and
// reports which it got: if it ever reports "unfused", that call's output is thrown away, the
// JavaScript computes it, and the engine is switched off. The other kernels add, subtract,
// multiply, divide, compare, select and shift bits: IEEE operations that round alike everywhere.
// Without relaxed SIMD (Node 20 without --experimental-wasm-relaxed-simd, Safari, older
// browsers) the engine runs a module of those alone (kernelModule(false)), and the products and
// logs stay in JavaScript; without WebAssembly SIMD it is unavailable.
//
// Tensors stay in JavaScript typed arrays: a call copies its inputs into the module's memory,
// computes, and copies the output back. Copies are most of a call's cost on large tensors, so
// the memory is also a cache of the outputs it produced (Ring): a later call that reads the
// same array, unchanged since (its storage's write count, storage.ts#versionOf, agrees), reads
// the copy already there. The count is the whole rule: every write into a tensor's storage
// outside the engine counts (in-place ops and operators, setitem, zero_/fill_, nn.init, the
// optimizers, grad accumulation and zero_grad, load_state_dict, numpy's writes into a shared
// storage, a pooled array's reuse: torch-simd.test.ts writes each way), and every engine call
// forgets its output array's copy first, so a call that ends in the JavaScript loops instead
// (or a loop replay that does) cannot leave an old copy standing for it. In a training step every large tensor is
// the engine's output before it is the engine's input (a layer's output, then the ReLU's, then
// the next layer's; a gradient, then its masked copy, then the weight gradient and the bias's
// column sums), so each crosses into the module once.
import { blasCall, SgemmPlan } from '../openblas-sgemm';
import { versionOf } from '../storage';
import { INVC, LOGC } from '../glibc-logf';
import { sleefExpf } from '../sleef';
import { F64_PROBE_AT, kernelModule, LOGF_TABLES_AT, RESERVED_BYTES, type KernelExports, type MaddKernelExports } from './kernels';

/** A region of the kernel memory that holds an output of the engine (the same floats as its array, while `live`). */
interface Entry {
  readonly at: number;
  readonly end: number;
  readonly version: number;
  live: boolean;
}

/** Most kernel memory the engine will use; a call that needs more runs in JavaScript. */
const MAX_BYTES = 1 << 30;
const PAGE = 65536;
const align16 = (bytes: number): number => (bytes + 15) & ~15;
/** Room after every region: kernels read up to 15 floats past an array's end (lanes they then mask or drop). */
const SPARE_BYTES = 64;

/**
 * The kernel memory as a ring: each call's regions are taken after the previous call's, wrapping
 * to the start when the end is reached, and whatever cached output they overlap is forgotten.
 * The memory grows (keeping its contents) so that one call never needs more than a quarter of it.
 */
class Ring {
  private head = RESERVED_BYTES;
  private readonly entries: Entry[] = [];
  private readonly byArray = new WeakMap<Float32Array, Entry>();
  /** Regions the current call reads or writes: not to be handed out again until it ends. */
  private pinned: [number, number][] = [];

  constructor(
    readonly memory: WebAssembly.Memory,
    readonly kernels: KernelExports,
    /** The products' and logs' kernels, where the module has them (relaxed SIMD). */
    readonly madd: MaddKernelExports | null,
  ) {}

  begin(): void {
    this.pinned = [];
  }

  /** Grows the memory by enough pages for `bytes` more; false when the browser refuses. */
  private grow(bytes: number): boolean {
    try {
      this.memory.grow(Math.ceil(bytes / PAGE));
      return true;
    } catch {
      return false; // out of memory: this call runs in JavaScript
    }
  }

  /** Byte address of n floats (plus SPARE_BYTES) for the current call, or -1 when too large. */
  reserve(n: number): number {
    const bytes = align16(n * 4 + SPARE_BYTES);
    if (4 * bytes > MAX_BYTES) return -1;
    const capacity = (): number => this.memory.buffer.byteLength;
    if (4 * bytes > capacity() - RESERVED_BYTES && !this.grow(Math.min(MAX_BYTES, RESERVED_BYTES + 4 * bytes) - capacity())) return -1;
    let at = this.head;
    for (let tries = 0; ; tries++) {
      if (at + bytes > capacity()) at = RESERVED_BYTES;
      const clash = this.pinned.find(([from, to]) => at < to && from < at + bytes);
      if (!clash) break;
      if (tries > this.pinned.length + 1) {
        // Pinned regions leave no room: take fresh memory past the end.
        at = capacity();
        if (!this.grow(bytes)) return -1;
        break;
      }
      at = clash[1];
    }
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (at < e.end && e.at < at + bytes) {
        e.live = false;
        this.entries.splice(i, 1);
      }
    }
    this.head = at + bytes;
    this.pinned.push([at, at + bytes]);
    return at;
  }

  /** Byte address of x[start] in kernel memory: the cached copy of x when it is still x, else a fresh copy of x[start, start + length). */
  input(x: Float32Array, start = 0, length = x.length - start): number {
    const e = this.byArray.get(x);
    if (e && e.live && e.version === versionOf(x)) {
      this.pinned.push([e.at, e.end]);
      if (verifyCache) this.verify(x, e);
      return e.at + 4 * start;
    }
    const at = this.reserve(length);
    if (at >= 0) new Float32Array(this.memory.buffer, at, length).set(x.subarray(start, start + length));
    return at;
  }

  /** Tests: a trusted copy must hold exactly the array's floats. */
  private verify(x: Float32Array, e: Entry): void {
    const copy = new Float32Array(this.memory.buffer, e.at, x.length);
    for (let i = 0; i < x.length; i++) {
      if (!Object.is(copy[i], x[i]) && !(Number.isNaN(copy[i]) && Number.isNaN(x[i]))) throw new Error(`SIMD engine: stale cached copy of a ${x.length}-float array at ${i}`);
    }
  }

  view(): Float32Array {
    return new Float32Array(this.memory.buffer);
  }

  /** out now holds the floats at byte address `at` (the caller copied them): remember that. */
  remember(out: Float32Array, at: number): void {
    this.drop(out);
    const entry: Entry = { at, end: at + 4 * out.length, version: versionOf(out), live: true };
    this.entries.push(entry);
    this.byArray.set(out, entry);
  }

  /** Forgets the cached copy of `out`, if any: out is about to be written. */
  drop(out: ArrayLike<number>): void {
    const old = this.byArray.get(out as Float32Array);
    if (old?.live) {
      old.live = false;
      this.entries.splice(this.entries.indexOf(old), 1);
    }
  }

  /** Forgets every cached output (the JavaScript loops may have written arrays the engine made). */
  forget(): void {
    for (const e of this.entries) e.live = false;
    this.entries.length = 0;
  }
}

let ring: Ring | null | undefined;
/** Tests and the bench switch the engine off to compare with the JavaScript loops. */
let enabled = true;
/** Tests: check every cached copy against its array before using it. */
let verifyCache = false;
/** Tests: false starts the engine without its madd kernels, as where relaxed SIMD is missing. */
let maddWanted = true;

function instantiate(): Ring | null {
  try {
    if (typeof WebAssembly !== 'object') return null;
    let withMadd = maddWanted;
    let bytes = kernelModule(withMadd);
    if (withMadd && !WebAssembly.validate(bytes)) {
      withMadd = false; // no relaxed SIMD here: the plain SIMD kernels alone
      bytes = kernelModule(false);
    }
    if (!WebAssembly.validate(bytes)) return null; // no WebAssembly SIMD either
    const memory = new WebAssembly.Memory({ initial: 1 });
    const kernels = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as unknown as KernelExports & MaddKernelExports;
    const probe = new Float32Array(memory.buffer, 0, 12);
    probe.fill(1 + 2 ** -23, 0, 4);
    probe.fill(1 - 2 ** -23, 4, 8);
    probe.fill(-1, 8, 12);
    const probe64 = new Float64Array(memory.buffer, F64_PROBE_AT, 6);
    probe64.fill(1 + 2 ** -52, 0, 2);
    probe64.fill(1 - 2 ** -52, 2, 4);
    probe64.fill(-1, 4, 6);
    new Float64Array(memory.buffer, LOGF_TABLES_AT, 32).set([...INVC, ...LOGC]);
    return new Ring(memory, kernels, withMadd ? kernels : null);
  } catch {
    return null;
  }
}

/** The engine for one call, or null when it is unavailable or switched off. */
function begin(): Ring | null {
  if (!enabled) return null;
  if (ring === undefined) ring = instantiate();
  ring?.begin();
  return ring;
}

/**
 * Every engine call that writes `out` calls this first: whatever the call then does (the engine,
 * or the JavaScript loops when it declines), no old cached copy may stand for out afterwards.
 */
function writing(out: ArrayLike<number>): void {
  ring?.drop(out);
}

/** Whether the SIMD kernels are in use (available, fused, and not switched off): the products' and logs' too when the module has them. */
export function simdActive(): boolean {
  return begin() !== null;
}

/** Switches the SIMD kernels off (false) or back on; returns the previous setting. */
export function setSimdEnabled(on: boolean): boolean {
  const previous = enabled;
  enabled = on;
  ring?.forget(); // arrays it made may be written by the JavaScript loops meanwhile
  return previous;
}

/** Tests: verify every cached copy the engine trusts (a mismatch throws). */
export function setSimdCacheChecks(on: boolean): void {
  verifyCache = on;
}

/** Tests: starts the engine afresh, from the module without its madd kernels (false: as where relaxed SIMD is missing) or with them. */
export function setSimdMaddKernels(on: boolean): void {
  maddWanted = on;
  ring = undefined;
}

/** Tests: from now on the probe sees what an engine without FMA computes (1·1 − 1 = 0). */
export function simulateUnfusedMadd(): void {
  if (!ring) return;
  new Float32Array(ring.memory.buffer, 0, 8).fill(1);
  new Float64Array(ring.memory.buffer, F64_PROBE_AT, 4).fill(1);
}

/** A kernel call reported an unfused madd: never use the engine again in this realm. */
function unfused(): false {
  ring = null;
  return false;
}

const roundUp4 = (n: number): number => (n + 3) & ~3;

/** Products below this many multiply-adds stay in JavaScript (a call and its copies cost more). */
const MIN_TERMS = 512;

/**
 * out[m×n] = A·B (+ bias per column) as linalg.ts computes it, in OpenBLAS's order
 * (openblas-sgemm.ts): one FMA chain per element; or, past GEMM_Q terms, the chains of K blocks
 * added into C one after another (from the bias, or from 0); or, for nn.Linear's A·Wᵀ where
 * OpenBLAS's small-matrix kernel reads both rows along k, 16 lanes per element and its trees.
 * A is stored [m×k] (or [k×m] when transA) and B [k×n] (or [n×k] when transB); transA and
 * transB are not both set. Returns false, touching nothing, when the engine cannot do it (the
 * small kernels' other mixes of lanes and chains run in JavaScript).
 */
export function simdProduct(
  out: Float32Array, a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number,
  transA: boolean, transB: boolean, bias: ArrayLike<number> | null,
): boolean {
  writing(out);
  if (k === 0 || m * n * k < MIN_TERMS) return false;
  if (transA) bias = null; // as productTN: the weight gradients have none
  if (!(a instanceof Float32Array && b instanceof Float32Array) || (bias !== null && !(bias instanceof Float32Array))) return false;
  const call = blasCall(m, k, n, transA, transB);
  const plan = new SgemmPlan(call);
  const lanes = !plan.chainsOnly && plan.blocks === null;
  // Sixteen lanes for every element: BLAS's TN small kernel on our A·Bᵀ, both rows along k.
  if (lanes && !(call.transA && !call.transB && !transA && transB)) return false;
  const e = begin();
  if (!e?.madd) return false;
  return lanes
    ? sixteenLaneProduct(e, e.madd, out, a, b, m, k, n, bias as Float32Array | null, call.swapped ? [call.n & ~3, call.m & ~3] : [call.m & ~3, call.n & ~3])
    : chains(e, e.madd, out, a, b, m, k, n, transA, transB, bias as Float32Array | null, plan.chainsOnly ? null : plan.blocks!);
}

/** The sixteen-lane products (dot16): rows of A and of B both run along k. */
function sixteenLaneProduct(e: Ring, madd: MaddKernelExports, out: Float32Array, a: Float32Array, b: Float32Array, m: number, k: number, n: number, bias: Float32Array | null, [foursRows, foursCols]: [number, number]): boolean {
  const aAt = e.input(a);
  const bAt = e.input(b);
  const biasAt = bias ? e.input(bias) : 0;
  const cAt = e.reserve(m * n);
  if (aAt < 0 || bAt < 0 || biasAt < 0 || cAt < 0) return false;
  if (!madd.dot16(cAt, aAt, bAt, biasAt, m, n, k, foursRows, foursCols)) return unfused();
  out.set(new Float32Array(e.memory.buffer, cAt, m * n));
  e.remember(out, cAt);
  return true;
}

/**
 * Products whose elements are FMA chains: over all of k (`blocks` null: plus the bias, or
 * nothing), or over OpenBLAS's K blocks, each block's chains added into C in turn, the first
 * onto the bias or onto 0.
 */
function chains(
  e: Ring, madd: MaddKernelExports, out: Float32Array, a: Float32Array, b: Float32Array, m: number, k: number, n: number,
  transA: boolean, transB: boolean, bias: Float32Array | null, blocks: [number, number][] | null,
): boolean {
  // The vectorised operand must run along its rows: B's columns j (A's rows i when n < 4 and A
  // is stored k-major, i.e. transA: then the engine computes Cᵀ).
  const alongRows = transA && n < 4 && m >= 4;
  const rows = alongRows ? n : m;
  const cols = alongRows ? m : n;
  const ldc = roundUp4(cols);
  const aAt = e.input(a);
  const bAt = e.input(b);
  const packedAt = transB ? e.reserve(k * n) : 0; // Bᵀ made k-major
  const biasAt = bias ? e.input(bias) : 0;
  const zeroAt = blocks && !bias ? e.reserve(Math.max(cols, 4)) : 0; // a first K block starts from 0
  const cAt = e.reserve(rows * ldc);
  if (aAt < 0 || bAt < 0 || packedAt < 0 || biasAt < 0 || zeroAt < 0 || cAt < 0) return false;
  if (zeroAt) new Float32Array(e.memory.buffer, zeroAt, Math.max(cols, 4)).fill(0);
  if (transB) e.kernels.transpose(packedAt, bAt, n, k);
  const bk = transB ? packedAt : bAt; // B k-major: B[p, j] at bk + 4(p·n + j)
  const gemv = n === 1 && !transA && m >= 4;
  const full = m & ~3;
  let fused = 1;
  for (const [index, [from, to]] of (blocks ?? [[0, k]]).entries()) {
    const accumulate = index > 0 ? 1 : 0;
    const start = blocks ? biasAt || zeroAt : biasAt; // what the first block is added onto
    const kb = to - from;
    if (gemv) {
      // One output column from rows of A (nn.Linear(k, 1)): four rows per vector into c[0 … full),
      // then the last rows by gemm into rows of their own (ldc 4) after them.
      fused &= madd.gemvRows(cAt, aAt + 4 * from, bk + 4 * from, start, full, kb, k, accumulate);
      if (full < m) fused &= madd.gemm(cAt + 4 * full, aAt + 4 * (full * k + from), bk + 4 * from, start, m - full, 1, kb, 1, k, 1, 4, accumulate);
    } else if (alongRows) {
      // Cᵀ[j, i] = Σ_p B[p, j] · A[p, i]: X = B (stride n along p), Y = A (k-major, row length m).
      fused &= madd.gemm(cAt, bAt + 4 * from * n, aAt + 4 * from * m, start, rows, cols, kb, n, 1, m, ldc, accumulate);
    } else {
      const [xp, xr] = transA ? [m, 1] : [1, k]; // A[i, p]
      fused &= madd.gemm(cAt, aAt + 4 * from * xp, bk + 4 * from * n, start, rows, cols, kb, xp, xr, n, ldc, accumulate);
    }
  }
  if (!fused) return unfused();
  const mem = e.view();
  const c = cAt >> 2;
  if (gemv) {
    out.set(mem.subarray(c, c + full));
    for (let i = full; i < m; i++) out[i] = mem[c + full + 4 * (i - full)];
  } else if (alongRows) {
    for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) out[i * n + j] = mem[c + j * ldc + i];
  } else if (ldc === n) {
    out.set(mem.subarray(c, c + m * n));
    e.remember(out, cAt);
  } else if (n < 16) {
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = mem[c + i * ldc + j];
  } else {
    for (let i = 0; i < m; i++) out.set(mem.subarray(c + i * ldc, c + i * ldc + n), i * n);
  }
  return true;
}

/** Element-wise work below this many floats stays in JavaScript. */
const MIN_ELEMENTS = 1024;
/** A log costs a hundred times an add: the engine takes batches of logs from this many on. */
const MIN_LOGS = 64;

/** An element-wise kernel, called with the byte addresses of its output and of its inputs. */
type ElementwiseKernel = (outAt: number, ...inputAt: number[]) => number | void;

/**
 * Runs an element-wise kernel into out[0, n): the inputs' first n floats into kernel memory (the
 * cached copy where there is one; an array passed twice copied once), n floats for the output,
 * the kernel, and the output copied back. With `remember` (the caller replaces no element of out
 * afterwards) out's copy may stand for it in later calls. False, touching nothing, when memory
 * runs out; a kernel that returns 0 reported an unfused madd (and the engine goes off).
 */
function runElementwise(e: Ring, out: Float32Array, n: number, inputs: readonly Float32Array[], kernel: ElementwiseKernel, remember = true): boolean {
  const inputAt: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const first = inputs.indexOf(inputs[i]);
    inputAt.push(first < i ? inputAt[first] : e.input(inputs[i], 0, n));
  }
  const outAt = e.reserve(n);
  if (outAt < 0 || inputAt.some((at) => at < 0)) return false;
  if (kernel(outAt, ...inputAt) === 0) return unfused();
  out.set(new Float32Array(e.memory.buffer, outAt, n));
  if (remember) e.remember(out, outAt);
  return true;
}

/**
 * out[i] = mask[i] > 0 ? values[i] : 0 (ReLU with mask = values; its backward with mask = the
 * forward's output). False, touching nothing, when the engine cannot do it.
 */
export function simdSelectPositive(out: Float32Array, mask: Float32Array, values: Float32Array): boolean {
  writing(out);
  const n = out.length;
  if (n < MIN_ELEMENTS) return false;
  const e = begin();
  return e !== null && runElementwise(e, out, n, [mask, values], (outAt, maskAt, valuesAt) => e.kernels.selectPositive(outAt, maskAt, valuesAt, n));
}

/**
 * cascade-sum.ts's multi_row_sum for `width` lanes at once, from x[start]: the level-0
 * accumulators into out[k·width + l]. False when the engine cannot do it.
 */
export function simdMultiRowSum(
  x: ArrayLike<number>, start: number, rowStride: number, colStride: number, nrows: number, width: number, size: number,
  levelPower: number, out: Float32Array,
): boolean {
  writing(out);
  if (size * nrows * width < MIN_ELEMENTS || !(x instanceof Float32Array)) return false;
  const e = begin();
  if (!e) return false;
  const span = (size - 1) * rowStride + (nrows - 1) * colStride + width; // floats read from x[start]
  const w = roundUp4(width);
  const xAt = e.input(x, start, span);
  const accAt = e.reserve(4 * nrows * w);
  if (xAt < 0 || accAt < 0) return false;
  e.kernels.multiRowSum(xAt, rowStride, colStride, nrows, width, size, levelPower, accAt);
  const mem = e.view();
  const acc = accAt >> 2;
  for (let k = 0; k < nrows; k++) out.set(mem.subarray(acc + k * w, acc + k * w + width), k * width);
  return true;
}

/**
 * generator.ts's fillBernoulli on the state's 624 words with the stream at `next` (624: twist
 * first): out[i] = value when the i-th double uniform is below `below`, else 0. Returns the
 * stream's next position, or -1 when the engine cannot do it (nothing touched).
 */
export function simdFillBernoulli(state: Uint32Array, next: number, out: Float32Array, below: number, value: number): number {
  writing(out);
  if (out.length < MIN_ELEMENTS) return -1;
  const e = begin();
  if (!e) return -1;
  const stateAt = e.reserve(state.length);
  const outAt = e.reserve(out.length);
  if (stateAt < 0 || outAt < 0) return -1;
  new Uint32Array(e.memory.buffer, stateAt, state.length).set(state);
  // u < below for u = v / 2^53 and an integer v: v < ⌈below · 2^53⌉ (the scaling is exact).
  const threshold = Math.ceil(Math.min(Math.max(below, 0), 1) * 2 ** 53);
  const high = Math.floor(threshold / 2 ** 32);
  const after = e.kernels.fillBernoulli(stateAt, next, out.length, outAt, (threshold - high * 2 ** 32) | 0, high, value);
  state.set(new Uint32Array(e.memory.buffer, stateAt, state.length));
  out.set(new Float32Array(e.memory.buffer, outAt, out.length));
  e.remember(out, outAt);
  return after;
}

/** The element-wise kernels, by broadcast-map.ts's op codes (ADD, SUB, MUL, DIV). */
const BINARY = ['add', 'sub', 'mul', 'div'] as const;

/**
 * out[i] = a[i] op b[i] for float32 arrays of one length (op: broadcast-map.ts's code). False,
 * touching nothing, when the engine cannot do it.
 */
export function simdBinary(op: number, a: ArrayLike<number>, b: ArrayLike<number>, out: ArrayLike<number>, n: number): boolean {
  writing(out);
  if (n < MIN_ELEMENTS || !(a instanceof Float32Array && b instanceof Float32Array && out instanceof Float32Array)) return false;
  const e = begin();
  return e !== null && runElementwise(e, out, n, [a, b], (outAt, aAt, bAt) => e.kernels[BINARY[op]](outAt, aAt, bAt, n));
}

/**
 * A log kernel on x into out for every x[i] ≥ FLT_MIN and finite; other elements (zero, negative,
 * infinite, NaN, subnormal) are left for the caller. False, touching nothing, when the engine
 * cannot do it.
 */
function logKernel(kernel: 'sleefLogf' | 'logf', out: Float32Array, x: Float32Array): boolean {
  writing(out);
  const n = x.length;
  if (n < MIN_LOGS) return false;
  const e = begin();
  // (SLEEF's logf is in every module: without relaxed SIMD its madds are emulated)
  const run = kernel === 'sleefLogf' ? e?.kernels.sleefLogf : e?.madd?.logf;
  if (!e || !run) return false;
  // (not remembered: the caller then computes the elements off the kernel's path into out)
  return runElementwise(e, out, n, [x], (outAt, xAt) => run(outAt, xAt, n), false);
}

/** out[i] = SLEEF's logf(x[i]) (sleef-df.ts#sleefLogf, torch.log), as logKernel. */
export function simdSleefLogf(out: Float32Array, x: Float32Array): boolean {
  return logKernel('sleefLogf', out, x);
}

/** out[i] = glibc's logf(x[i]) (glibc-logf.ts), as logKernel. */
export function simdLogf(out: Float32Array, x: Float32Array): boolean {
  return logKernel('logf', out, x);
}

/** Fewer exps than this stay in JavaScript (a call and its copies cost more). */
const MIN_EXPS = 64;

/**
 * The expf kernels (`expf`, `sigmoidf`) on x[0, n) into out: the inputs outside the kernel's
 * range (NaN, below −104, above 100) through `scalar` here. False, touching nothing, when the
 * engine cannot do it.
 */
function expKernel(kernel: 'expf' | 'sigmoidf', out: Float32Array, x: Float32Array, n: number, scalar: (v: number) => number): boolean {
  writing(out);
  if (n < MIN_EXPS || out === x) return false; // (the inputs outside the range are read after out is written)
  const e = begin();
  // (not remembered: the inputs outside the range are computed into out below)
  if (!e || !runElementwise(e, out, n, [x], (outAt, xAt) => e.kernels[kernel](outAt, xAt, n), false)) return false;
  const sign = kernel === 'sigmoidf' ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const v = sign * x[i];
    if (!(v >= -104 && v <= 100)) out[i] = scalar(x[i]);
  }
  return true;
}

const sigmoidOf = (x: number): number => 1 / Math.fround(1 + sleefExpf(-x));

/** out[i] = SLEEF's expf (sleef.ts#sleefExpf: torch.exp, softmax) of x[i] for i < n, the same bits. False, touching nothing, when the engine cannot do it. */
export function simdExpf(out: Float32Array, x: Float32Array, n = x.length): boolean {
  return expKernel('expf', out, x, n, sleefExpf);
}

/**
 * out[i] = 1 / (1 + SLEEF's expf(−x[i])) in float32 for i < n: sigmoid's vectorised part
 * (unary.ts), the same bits. False, touching nothing, when the engine cannot do it.
 */
export function simdSigmoid(out: Float32Array, x: Float32Array, n: number): boolean {
  return expKernel('sigmoidf', out, x, n, sigmoidOf);
}

/** out[i] = (g[i] · (1 − y[i])) · y[i] in float32 (sigmoid's backward). False, touching nothing, when the engine cannot do it. */
export function simdSigmoidBackward(out: Float32Array, g: Float32Array, y: Float32Array): boolean {
  writing(out);
  const n = out.length;
  if (n < MIN_ELEMENTS) return false;
  const e = begin();
  return e !== null && runElementwise(e, out, n, [g, y], (outAt, gAt, yAt) => e.kernels.sigmoidBackward(outAt, gAt, yAt, n));
}

/**
 * out[i] = (g[i] · (x[i] − y[i])) / max((1 − x[i]) · x[i], 1e-12) / scale in float32 (BCELoss's
 * backward, losses.ts). False, touching nothing, when the engine cannot do it.
 */
export function simdBceBackward(out: Float32Array, g: Float32Array, x: Float32Array, y: ArrayLike<number>, scale: number): boolean {
  writing(out);
  const n = out.length;
  // (a scale of 2^24 or less is a float32: the kernel divides by the same number)
  if (n < MIN_ELEMENTS || !(y instanceof Float32Array) || scale > 2 ** 24) return false;
  const e = begin();
  return e !== null && runElementwise(e, out, n, [g, x, y], (outAt, gAt, xAt, yAt) => e.kernels.bceBackward(outAt, gAt, xAt, yAt, scale, n));
}
