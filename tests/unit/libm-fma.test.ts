// The float32 FMA emulations against rounding to odd on every call (Boldo and Melquiond's proved
// method, libm/fma.ts#addRoundToOdd): fmaFloat32's shortcut in JavaScript, and the SIMD engine's
// roundedOnceMadd (its module without relaxed SIMD: SLEEF's logf's multiply-adds in float64 lanes).
import { describe, expect, it } from 'vitest';
import { addRoundToOdd, fmaFloat32 } from '../../src/lib/libm/fma';
import { add, encodeModule, get, i32, int, load, ltU, set, store, whileLoop, type FunctionDef } from '../../src/lib/torch/core/simd/assembler';
import { Locals, roundedOnceMadd } from '../../src/lib/torch/core/simd/kernels';

/** The float32 FMA by rounding to odd on every call. */
const roundedToOdd = (a: number, b: number, c: number): number => Math.fround(addRoundToOdd(a * b, c));

/** xorshift32: the same stream on every run. */
function stream(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

const bits = new Uint32Array(1);
const asFloat = new Float32Array(bits.buffer);
const floatOf = (word: number): number => {
  bits[0] = word;
  return asFloat[0];
};

/** A float32 with a significand of `bits` bits and an exponent in [−20, 20], either sign. */
const shortFloat = (next: () => number, bits: number): number =>
  (next() % 2 ? 1 : -1) * (1 + (next() % 2 ** (bits - 1)) / 2 ** (bits - 1)) * 2 ** ((next() % 41) - 20);

/**
 * Finite float32 triples (a, b, c): products of 12- and 13-bit significands have up to 25
 * significant bits, so many lie halfway between two floats — met exactly (c = 0), pushed off by a
 * c far below the double's ulp (where rounding to double first lands on the halfway point), or
 * with c of any size, or cancelling.
 */
function finiteTriples(count: number): [number, number, number][] {
  const next = stream(20261208);
  const cases: [number, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const a = shortFloat(next, 12);
    const b = shortFloat(next, 13);
    const kind = i % 4;
    const c = kind === 0 ? 0 : kind === 1 ? Math.fround((next() % 2 ? 1 : -1) * Math.abs(a * b) * 2 ** -(60 + (next() % 20))) : kind === 2 ? shortFloat(next, 24) : Math.fround(-a * b);
    cases.push([a, b, c]);
  }
  return cases;
}

/** How many of the triples a double rounding leaves exactly halfway between two floats. */
function halfway(cases: [number, number, number][]): number {
  return cases.filter(([a, b, c]) => {
    const s = a * b + c;
    const f = Math.fround(s);
    return f !== s && Math.fround(2 * s - f) === 2 * s - f;
  }).length;
}

describe('fmaFloat32', () => {
  it('rounds a sum that a double rounding leaves halfway between two floats by its exact value', () => {
    // (1 + 2⁻¹²)² = 1 + 2⁻¹¹ + 2⁻²⁴: halfway between 1 + 2⁻¹¹ and the float above it.
    const a = 1 + 2 ** -12;
    expect(fmaFloat32(a, a, 2 ** -60)).toBe(1 + 2 ** -11 + 2 ** -23);
    expect(fmaFloat32(a, a, -(2 ** -60))).toBe(1 + 2 ** -11);
    expect(fmaFloat32(a, a, 0)).toBe(1 + 2 ** -11); // a true tie: to even
    expect(Math.fround(a * a + 2 ** -60)).toBe(1 + 2 ** -11); // what rounding twice would give
  });

  it('gives the bits of rounding to odd on every call, at ties, the float32 range’s ends and non-finite values', () => {
    const cases: [number, number, number][] = [
      [3.4028234663852886e38, 1, 3.4028234663852886e38], // past FLT_MAX
      [3.4028234663852886e38, 1, 1.0141204801825835e31], // FLT_MAX + half its ulp: a tie to infinity
      [3.4028234663852886e38, 1, 1.0141203e31], [3.4028234663852886e38, -1, -1.0141204801825835e31],
      [Infinity, 1, -Infinity], [Infinity, 0, 1], [NaN, 1, 1], [1, 1, Infinity], [-0, 1, -0], [0, -1, 0],
      [1.401298464324817e-45, 0.5, 0], [1.401298464324817e-45, 1.5, 1.401298464324817e-45],
      ...finiteTriples(200_000),
    ];
    const differ = cases.filter(([a, b, c]) => !Object.is(fmaFloat32(a, b, c), roundedToOdd(a, b, c)));
    expect(differ).toEqual([]);
    expect(halfway(cases)).toBeGreaterThan(10_000); // the halfway path was exercised
  });
});

describe('the SIMD engine\'s roundedOnceMadd (float32 lanes, float64 pairs, plain WebAssembly SIMD)', () => {
  /** out[i] = madd(a[i], b[i], c[i]) for i < n (a multiple of 4), by a module of one kernel. */
  function emulatedMadds(a: Float32Array, b: Float32Array, c: Float32Array): Float32Array {
    const [OUT, A, B, C, END] = [0, 1, 2, 3, 4];
    const L = new Locals(5);
    const madd = roundedOnceMadd(L);
    const body = whileLoop([get(OUT), get(END), ltU],
      get(OUT), madd([get(A), load()], [get(B), load()], [get(C), load()]), store(),
      [OUT, A, B, C].map((ptr) => [get(ptr), int(16), add, set(ptr)]),
    );
    const kernel: FunctionDef = { name: 'madds', params: [i32, i32, i32, i32, i32], results: [], locals: L.types, body };
    const n = a.length;
    const memory = new WebAssembly.Memory({ initial: Math.ceil((16 * n) / 65536) + 1 });
    const { madds } = new WebAssembly.Instance(new WebAssembly.Module(encodeModule([kernel])), { env: { memory } }).exports as { madds: (...args: number[]) => void };
    const view = new Float32Array(memory.buffer);
    view.set(a, n);
    view.set(b, 2 * n);
    view.set(c, 3 * n);
    madds(0, 4 * n, 8 * n, 12 * n, 4 * n);
    return view.slice(0, n);
  }

  it('gives the bits of rounding to odd, halfway cases included', () => {
    const cases = finiteTriples(200_000);
    cases.length -= cases.length % 4;
    const column = (k: number): Float32Array => Float32Array.from(cases, (t) => t[k]);
    const got = emulatedMadds(column(0), column(1), column(2));
    const differ = cases.filter(([a, b, c], i) => !Object.is(got[i], roundedToOdd(a, b, c)));
    expect(differ).toEqual([]);
    expect(halfway(cases)).toBeGreaterThan(10_000);
  });
});
