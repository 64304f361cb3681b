import { describe, expect, it } from 'vitest';
import { addRoundToOdd, fmaFloat32 } from '../../src/lib/libm/fma';

/** The float32 FMA by rounding to odd on every call: the proved emulation fmaFloat32 shortcuts. */
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
    const next = stream(20261208);
    const cases: [number, number, number][] = [
      [3.4028234663852886e38, 1, 3.4028234663852886e38], // past FLT_MAX
      [3.4028234663852886e38, 1, 1.0141204801825835e31], // FLT_MAX + half its ulp: a tie to infinity
      [3.4028234663852886e38, 1, 1.0141203e31], [3.4028234663852886e38, -1, -1.0141204801825835e31],
      [Infinity, 1, -Infinity], [Infinity, 0, 1], [NaN, 1, 1], [1, 1, Infinity], [-0, 1, -0], [0, -1, 0],
      [1.401298464324817e-45, 0.5, 0], [1.401298464324817e-45, 1.5, 1.401298464324817e-45],
    ];
    for (let i = 0; i < 200_000; i++) {
      // Short significands make products with 25 significant bits: halfway points, met exactly
      // (c = 0) or pushed off by a c far below the double's ulp, or with c of any size.
      const a = floatOf((next() & 0xfffff000) >>> 0);
      const b = floatOf((next() & 0xffffe000) >>> 0);
      const scale = Math.abs(a * b) || 1;
      const kind = i % 4;
      const c = kind === 0 ? 0 : kind === 1 ? Math.fround((next() % 2 ? 1 : -1) * scale * 2 ** -(60 + (next() % 20))) : kind === 2 ? floatOf(next()) : Math.fround(-a * b);
      cases.push([a, b, c]);
    }
    let ties = 0;
    const differ: string[] = [];
    for (const [a, b, c] of cases) {
      const expected = roundedToOdd(a, b, c);
      const got = fmaFloat32(a, b, c);
      if (!Object.is(got, expected)) differ.push(`${a}·${b} + ${c}: ${got}, expected ${expected}`);
      const s = a * b + c;
      if (Math.fround(s) !== s && Math.fround(2 * s - Math.fround(s)) === 2 * s - Math.fround(s)) ties++;
    }
    expect(differ).toEqual([]);
    expect(ties).toBeGreaterThan(10_000); // the halfway path was exercised
  });
});
