/**
 * Seeded randomness: the same seed gives the same numbers in Node, in every browser backend and
 * at build time, because everything is computed in plain JS integer arithmetic (no Math.random,
 * no backend-specific RNG).
 *
 * The generator is mulberry32 (Tommy Ettinger, public domain): 32 bits of state, period 2^32,
 * passes PractRand up to 2^32 outputs — plenty for a few million Bernoulli draws in a lecture demo.
 */

/** A seeded stream of random numbers. */
export interface Random {
  /** Next uniform double in [0, 1). */
  next(): number;
  /** Next uniform double in [a, b). */
  uniform(a: number, b: number): number;
  /** 1 with probability p, else 0 (p outside [0, 1] is clamped). */
  bernoulli(p: number): 0 | 1;
}

/** Creates a mulberry32 stream. Any finite number is accepted as a seed; it is reduced to 32 bits. */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (a, b) => a + (b - a) * next(),
    // `next() < p` draws exactly one number per call whatever p is, so the stream stays aligned
    // across data sets that differ only in their probabilities.
    bernoulli: (p) => (next() < p ? 1 : 0),
  };
}
