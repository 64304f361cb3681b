// A small WebAssembly assembler: enough of the binary format (types, one imported memory,
// functions, exports) and of the instruction set (i32 arithmetic, f32 loads and stores, 128-bit
// SIMD, structured loops) to write the core's float32 kernels (kernels.ts) as plain TypeScript,
// with no toolchain and no prebuilt binary in the repository. Instructions are byte arrays;
// a function body is a (nested) list of them, flattened when the module is encoded.

export type Code = number | Code[];

export const i32 = 0x7f;
export const f32 = 0x7d;
export const v128 = 0x7b;
export type ValueType = typeof i32 | typeof f32 | typeof v128;

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (32-bit). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];

function flatten(code: Code, out: number[] = []): number[] {
  if (typeof code === 'number') out.push(code);
  else for (const c of code) flatten(c, out);
  return out;
}

/** One function: its parameters are locals 0 … params.length − 1, then `locals` in order. */
export interface FunctionDef {
  readonly name: string;
  readonly params: readonly ValueType[];
  readonly results: readonly ValueType[];
  readonly locals: readonly ValueType[];
  readonly body: Code;
}

/** A module importing `env.memory` and exporting every function by its name. */
export function encodeModule(functions: readonly FunctionDef[]): Uint8Array<ArrayBuffer> {
  const types = functions.map((fn) => [0x60, ...vector(fn.params.map((t) => [t])), ...vector(fn.results.map((t) => [t]))]);
  const imports = vector([[...name('env'), ...name('memory'), 0x02, 0x00, ...uleb(1)]]);
  const declarations = vector(functions.map((_, i) => uleb(i)));
  const exports = vector(functions.map((fn, i) => [...name(fn.name), 0x00, ...uleb(i)]));
  const bodies = vector(
    functions.map((fn) => {
      const body = [...vector(fn.locals.map((t) => [1, t])), ...flatten(fn.body), 0x0b];
      return [...uleb(body.length), ...body];
    }),
  );
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)), ...section(2, imports), ...section(3, declarations),
    ...section(7, exports), ...section(10, bodies),
  ]);
}

// Locals and constants
export const get = (local: number): Code => [0x20, ...uleb(local)];
export const set = (local: number): Code => [0x21, ...uleb(local)];
export const tee = (local: number): Code => [0x22, ...uleb(local)];
export const int = (value: number): Code => [0x41, ...sleb(value)];

// i32 arithmetic and comparisons (operands on the stack)
export const add = 0x6a;
export const sub = 0x6b;
export const mul = 0x6c;
export const shl = 0x74;
export const shrU = 0x76;
export const ltU = 0x49;
export const leU = 0x4d;
export const geU = 0x4f;
export const ne = 0x47;
export const eq = 0x46;
export const eqz = 0x45;
export const and = 0x71;
export const or = 0x72;
export const xor = 0x73;

/** Memory argument: log2 of the alignment and a constant byte offset. */
const memarg = (alignLog2: number, offset: number): number[] => [...uleb(alignLog2), ...uleb(offset)];
export const f32Load = (offset = 0): Code => [0x2a, ...memarg(2, offset)];
export const f64Load = (offset = 0): Code => [0x2b, ...memarg(3, offset)];
export const f32Store = (offset = 0): Code => [0x38, ...memarg(2, offset)];
export const i32Load = (offset = 0): Code => [0x28, ...memarg(2, offset)];

// i64 (a 53-bit integer built from two draws)
export const i64ExtendU = 0xad;
export const i64Shl = 0x86;
export const i64Or = 0x84;
export const i64LtS = 0x53;

/** `a ? b : c` of two values of the same numeric type, condition last (an i32). */
export const select = 0x1b;
/** Calls function `index` (module order). */
export const call = (index: number): Code => [0x10, ...uleb(index)];
export const i32Store = (offset = 0): Code => [0x36, ...memarg(2, offset)];

// f32 scalar arithmetic and comparison
export const f32Add = 0x92;
export const f32Mul = 0x94;
export const f32Ne = 0x5c;
export const f32Const = (value: number): Code => [0x43, ...new Uint8Array(new Float32Array([value]).buffer)];
export const f64Const = (value: number): Code => [0x44, ...new Uint8Array(new Float64Array([value]).buffer)];

// 128-bit SIMD (0xfd prefix), on four float32 lanes unless named otherwise
const simd = (op: number, ...immediates: number[]): Code => [0xfd, ...uleb(op), ...immediates];
export const load = (offset = 0): Code => simd(0x00, ...memarg(4, offset));
export const store = (offset = 0): Code => simd(0x0b, ...memarg(4, offset));
/** Loads one float32 into all four lanes. */
export const loadSplat = (offset = 0): Code => simd(0x09, ...memarg(2, offset));
export const splat = simd(0x13);
export const extractLane = (lane: number): Code => simd(0x1f, lane);
export const replaceLane = (lane: number): Code => simd(0x20, lane);
export const zero = simd(0x0c, ...new Array<number>(16).fill(0));
export const vAdd = simd(0xe4);
export const vSub = simd(0xe5);
export const vMul = simd(0xe6);
export const vDiv = simd(0xe7);
export const vGt = simd(0x44);
export const vAnd = simd(0x4e);
// Lanes as integers: four i32 or two i64
export const i32x4Splat = simd(0x11);
export const i64x2Splat = simd(0x12);
export const i32x4Shl = simd(0xab);
export const i32x4ShrU = simd(0xad);
export const i32x4Neg = simd(0xa1);
export const i32x4LtS = simd(0x39);
export const i32x4ShrS = simd(0xac);
export const i32x4Sub = simd(0xb1);
export const i32x4ExtractLane = (lane: number): Code => simd(0x1b, lane);
export const i32x4Add = simd(0xae);
export const vNeg = simd(0xe1); // f32x4.neg
/** Four int32 lanes as float32. */
export const f32x4ConvertI32 = simd(0xfa);
/** f32x4.nearest: round half to even to an integral value. */
export const f32x4Nearest = simd(0x6a);
/** f32x4.max: NaN if either lane is NaN, and +0 above −0 (as Math.max). */
export const vMax = simd(0xe9);
/** i32x4.trunc_sat_f32x4_s. */
export const i32x4TruncSatF32 = simd(0xf8);
// Two float64 lanes
export const f64x2Splat = simd(0x14);
export const f64x2ExtractLane = (lane: number): Code => simd(0x21, lane);
export const f64x2ReplaceLane = (lane: number): Code => simd(0x22, lane);
export const f64x2Add = simd(0xf0);
export const f64x2Sub = simd(0xf1);
export const f64x2Mul = simd(0xf2);
/** Lane mask: all ones where a ≠ b. */
export const f64x2Ne = simd(0x48);
/** The two low float32 lanes widened to float64. */
export const f64x2PromoteLow = simd(0x5f);
/** Two float64 lanes rounded to float32 (the two high lanes 0). */
export const f32x4DemoteZero = simd(0x5e);
/** The two low int32 lanes as float64. */
export const f64x2ConvertLowI32 = simd(0xfe);
/** relaxed_madd on float64 lanes: fused where the engine fuses (engine.ts checks). */
export const f64x2Madd = simd(0x107);
export const i64x2LtS = simd(0xd8);
export const i64x2Eq = simd(0xd6);
export const i64x2Add = simd(0xce);
export const i64x2Shl = simd(0xcb);
export const i64x2ShrS = simd(0xcc);
export const vOr = simd(0x50);
export const vXor = simd(0x51);
/** Lanes picked by byte from two vectors (0–15 the first, 16–31 the second). */
export const shuffle = (...lanes: number[]): Code => simd(0x0d, ...lanes);
export const v128Const = (...bytes: number[]): Code => simd(0x0c, ...bytes);

/** relaxed_madd(a, b, c) = a·b + c: one rounding where the engine fuses it (see engine.ts). */
export const vMadd = simd(0x105);
/** Lane-wise select: bits of the first operand where the mask (third) is set, else the second. */
export const bitselect = simd(0x52);

/** `block … end` and `loop … end` with no result; branches name them by depth. */
export const block = (...body: Code[]): Code => [0x02, 0x40, body, 0x0b];
export const loop = (...body: Code[]): Code => [0x03, 0x40, body, 0x0b];
export const br = (depth: number): Code => [0x0c, ...uleb(depth)];
export const brIf = (depth: number): Code => [0x0d, ...uleb(depth)];
/** `condition ? then : otherwise`, each arm leaving one value of `type`. */
export const ifElse = (type: ValueType, condition: Code, then: Code, otherwise: Code): Code => [condition, 0x04, type, then, 0x05, otherwise, 0x0b];

/** `while (condition) body`: condition is code leaving an i32 (the body may not branch out of it). */
export function whileLoop(condition: Code, ...body: Code[]): Code {
  return block(loop(condition, eqz, brIf(1), body, br(0)));
}

/**
 * `for (counter = from; counter < end; counter += step) body` over unsigned i32 locals, where
 * `from` and `end` are code leaving an i32 (the body may not branch out of it).
 */
export function forRange(counter: number, from: Code, end: Code, step: number, ...body: Code[]): Code {
  return [
    from, set(counter),
    block(
      get(counter), end, geU, brIf(0),
      loop(body, get(counter), int(step), add, tee(counter), end, ltU, brIf(0)),
    ),
  ];
}
