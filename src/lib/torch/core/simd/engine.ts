// The SIMD engine: the core's hot float32 loops run as WebAssembly SIMD (kernels.ts) where the
// engine can promise the same bits as the JavaScript loops, and nowhere else.
//
// Why it is exact: the JavaScript matrix product emulates a float32 FMA per term (fmaFloat32);
// WebAssembly's relaxed_madd is a real FMA where the engine fuses it (V8 on x64 with FMA3, and
// on ARM64), and a multiply then an add elsewhere. So every kernel call also runs a probe madd
// whose fused and unfused results differ, and reports which it got: if it ever reports
// "unfused", that call's output is thrown away, the JavaScript loop computes it, and the engine
// is switched off. Without relaxed SIMD (Node 20 without its flag, older browsers) or without
// WebAssembly the engine is simply unavailable.
//
// Tensors stay in JavaScript typed arrays: a call copies its inputs into the module's memory,
// computes, and copies the output back (a copy costs about a tenth of a JavaScript loop over
// the same floats). The memory is scratch for one call at a time and grows as needed.
import { kernelModule, RESERVED_BYTES, type KernelExports } from './kernels';

interface Instance {
  readonly memory: WebAssembly.Memory;
  readonly kernels: KernelExports;
}

let instance: Instance | null | undefined;
/** Tests and the bench switch the engine off to compare with the JavaScript loops. */
let enabled = true;

function instantiate(): Instance | null {
  try {
    if (typeof WebAssembly !== 'object') return null;
    const bytes = kernelModule();
    if (!WebAssembly.validate(bytes)) return null; // no relaxed SIMD here
    const memory = new WebAssembly.Memory({ initial: 1 });
    const kernels = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as unknown as KernelExports;
    const probe = new Float32Array(memory.buffer, 0, 12);
    probe.fill(1 + 2 ** -23, 0, 4);
    probe.fill(1 - 2 ** -23, 4, 8);
    probe.fill(-1, 8, 12);
    return { memory, kernels };
  } catch {
    return null;
  }
}

function engine(): Instance | null {
  if (!enabled) return null;
  if (instance === undefined) instance = instantiate();
  return instance;
}

/** Whether the SIMD kernels are in use (available, fused, and not switched off). */
export function simdActive(): boolean {
  return engine() !== null;
}

/** Switches the SIMD kernels off (false) or back on; returns the previous setting. */
export function setSimdEnabled(on: boolean): boolean {
  const previous = enabled;
  enabled = on;
  return previous;
}

/** A kernel call reported an unfused madd: never use the engine again in this realm. */
function unfused(): false {
  instance = null;
  return false;
}

/** Bump allocation in the scratch memory for one call: 16-byte aligned regions with 16 spare bytes. */
class Scratch {
  private top = RESERVED_BYTES;
  constructor(private readonly memory: WebAssembly.Memory) {}
  /** Reserves room for n floats; returns its byte address. */
  reserve(n: number): number {
    const at = this.top;
    this.top += (Math.ceil(n / 4) + 1) * 16;
    return at;
  }
  /** Grows the memory to hold everything reserved; returns a float view of it (valid until the next grow). */
  view(): Float32Array {
    const pages = Math.ceil(this.top / 65536) - this.memory.buffer.byteLength / 65536;
    if (pages > 0) this.memory.grow(pages);
    return new Float32Array(this.memory.buffer);
  }
}

const roundUp4 = (n: number): number => (n + 3) & ~3;

/** Products below this many multiply-adds stay in JavaScript (a call and its copies cost more). */
const MIN_TERMS = 512;

/**
 * out[m×n] = A·B (+ bias per column) as linalg.ts's product loops compute it, with A stored
 * [m×k] (or [k×m] when transA) and B stored [k×n] (or [n×k] when transB); transA and transB are
 * not both set. Returns false, touching nothing, when the engine cannot do it.
 */
export function simdProduct(
  out: Float32Array, a: ArrayLike<number>, b: ArrayLike<number>, m: number, k: number, n: number,
  transA: boolean, transB: boolean, bias: ArrayLike<number> | null,
): boolean {
  if (k === 0 || m * n * k < MIN_TERMS) return false;
  if (transA) bias = null; // as productTN: the weight gradients have none
  if (!(a instanceof Float32Array && b instanceof Float32Array) || (bias !== null && !(bias instanceof Float32Array))) return false;
  const e = engine();
  if (!e) return false;
  const scratch = new Scratch(e.memory);
  const aAt = scratch.reserve(a.length);
  const bAt = scratch.reserve(b.length);
  // The vectorised operand must run along its rows: B's columns j (A's rows i when n < 4 and A
  // is stored k-major, i.e. transA: then the engine computes Cᵀ).
  const alongRows = transA && n < 4 && m >= 4;
  const packedAt = transB ? scratch.reserve(k * n) : 0; // Bᵀ made k-major
  const biasAt = bias ? scratch.reserve(roundUp4(n)) : 0;
  const rows = alongRows ? n : m;
  const cols = alongRows ? m : n;
  const ldc = roundUp4(cols);
  const cAt = scratch.reserve(rows * ldc);
  const mem = scratch.view();
  mem.set(a, aAt >> 2);
  mem.set(b, bAt >> 2);
  if (bias) mem.set(bias, biasAt >> 2);
  if (transB) e.kernels.transpose(packedAt, bAt, n, k);
  let fused: number;
  if (alongRows) {
    // Cᵀ[j, i] = Σ_p B[p, j] · A[p, i]: X = B (stride n along p), Y = A (k-major, row length m).
    fused = e.kernels.gemm(cAt, bAt, aAt, 0, rows, cols, k, n, 1, m, ldc);
  } else {
    const [xp, xr] = transA ? [m, 1] : [1, k]; // A[i, p]
    fused = e.kernels.gemm(cAt, aAt, transB ? packedAt : bAt, biasAt, rows, cols, k, xp, xr, n, ldc);
  }
  if (!fused) return unfused();
  const c = cAt >> 2;
  if (alongRows) {
    for (let j = 0; j < n; j++) {
      const add = bias ? bias[j] : 0; // one float32 rounding, as the kernel's bias add
      for (let i = 0; i < m; i++) out[i * n + j] = bias ? mem[c + j * ldc + i] + add : mem[c + j * ldc + i];
    }
  } else if (ldc === n) {
    out.set(mem.subarray(c, c + m * n));
  } else if (n < 16) {
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[i * n + j] = mem[c + i * ldc + j];
  } else {
    for (let i = 0; i < m; i++) out.set(mem.subarray(c + i * ldc, c + i * ldc + n), i * n);
  }
  return true;
}

/** Element-wise work below this many floats stays in JavaScript. */
const MIN_ELEMENTS = 1024;

/**
 * out[i] = mask[i] > 0 ? values[i] : 0 (ReLU with mask = values; its backward with mask = the
 * forward's output). False, touching nothing, when the engine cannot do it.
 */
export function simdSelectPositive(out: Float32Array, mask: Float32Array, values: Float32Array): boolean {
  const n = out.length;
  if (n < MIN_ELEMENTS) return false;
  const e = engine();
  if (!e) return false;
  const scratch = new Scratch(e.memory);
  const maskAt = scratch.reserve(n);
  const valuesAt = mask === values ? maskAt : scratch.reserve(n);
  const outAt = scratch.reserve(n);
  const mem = scratch.view();
  mem.set(mask, maskAt >> 2);
  if (valuesAt !== maskAt) mem.set(values, valuesAt >> 2);
  e.kernels.selectPositive(outAt, maskAt, valuesAt, n);
  out.set(mem.subarray(outAt >> 2, (outAt >> 2) + n));
  return true;
}

/**
 * cascade-sum.ts's multi_row_sum for `width` lanes at once, from x[start]: the level-0
 * accumulators into out[k·width + l]. False when the engine cannot do it.
 */
export function simdMultiRowSum(
  x: ArrayLike<number>, start: number, rowStride: number, colStride: number, nrows: number, width: number, size: number,
  levelPower: number, out: Float32Array,
): boolean {
  if (size * nrows * width < MIN_ELEMENTS || !(x instanceof Float32Array)) return false;
  const e = engine();
  if (!e) return false;
  const span = size === 0 ? 0 : (size - 1) * rowStride + (nrows - 1) * colStride + width; // floats read from start
  const w = roundUp4(width);
  const scratch = new Scratch(e.memory);
  const xAt = scratch.reserve(span);
  const accAt = scratch.reserve(4 * nrows * w);
  const mem = scratch.view();
  mem.set(x.subarray(start, start + span), xAt >> 2);
  e.kernels.multiRowSum(xAt, rowStride, colStride, nrows, width, size, levelPower, accAt);
  const acc = accAt >> 2;
  for (let k = 0; k < nrows; k++) out.set(mem.subarray(acc + k * w, acc + k * w + width), k * width);
  return true;
}
