/**
 * fma(a, b, c) for doubles and for float32s, rounded once as the x86 FMA instructions do. C
 * maths libraries compiled for FMA machines (glibc's __log_fma, numpy's AVX512F kernels,
 * PyTorch's AVX2 kernels and OpenBLAS's sgemm, SLEEF) fuse their multiply-adds, so a port that
 * rounds the product first differs in the last bit now and then. The one place for both: the
 * torch core (src/lib/torch/core) and CPython/numpy (src/lib/python) import it from here.
 *
 * Boldo and Melquiond's emulation ("Emulation of FMA and correctly rounded sums: proved
 * algorithms using rounding to odd", 2008): the product split exactly into uh + ul (Dekker),
 * c + ul and uh + th summed exactly (Knuth), the two low parts added with rounding to odd, and
 * that one more rounding to nearest gives the correctly rounded a·b + c. Exact for operands
 * whose product neither overflows nor lands among the subnormals, and below 2^996 (the callers' ranges).
 */

/** Veltkamp's splitter, 2^27 + 1: a double's two halves of 26 bits, whose products are exact. */
const SPLITTER = 134217729;

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

/** x + y rounded to odd: the nearest double below or above, whichever has an odd last bit, when x + y is inexact. */
export function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  // An infinite or NaN operand (sgemm meets them in a diverged net) has no rounding to emulate.
  if (!Number.isFinite(s)) return s;
  const v = s - x;
  const err = (x - (s - v)) + (y - v);
  if (err === 0) return s;
  word[0] = s;
  if ((halves[0] & 1) === 0) {
    // Step one ulp towards the exact sum: up in magnitude when the error has s's sign.
    const bigger = err > 0 === s > 0;
    const low = halves[0] + (bigger ? 1 : -1);
    halves[0] = low >>> 0;
    if (low > 0xffffffff) halves[1]++;
    else if (low < 0) halves[1]--;
  }
  return word[0];
}

export function fma(a: number, b: number, c: number): number {
  const uh = a * b;
  // A zero product is exact; infinite or NaN operands have no rounding to emulate.
  if (uh === 0 && (a === 0 || b === 0)) return uh + c;
  if (!Number.isFinite(uh) || !Number.isFinite(c)) return uh + c;
  const ca = SPLITTER * a;
  const cb = SPLITTER * b;
  // Operands above 2^996 overflow the split: not met by the callers (outside their ranges).
  if (!Number.isFinite(ca) || !Number.isFinite(cb)) return uh + c;
  const ah = ca - (ca - a);
  const al = a - ah;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const ul = ((ah * bh - uh) + ah * bl + al * bh) + al * bl; // a·b = uh + ul exactly
  const th = c + ul;
  const tv = th - c;
  const tl = (c - (th - tv)) + (ul - tv); // c + ul = th + tl exactly
  const vh = uh + th;
  const vv = vh - uh;
  const vl = (uh - (vh - vv)) + (th - vv); // uh + th = vh + vl exactly
  if (vl === 0 && tl === 0) return vh;
  return vh + addRoundToOdd(tl, vl);
}

/**
 * a·b + c in double for a caller that rounds its result to float32 (glibc's logf and expf: a
 * double polynomial rounded once to float): the product kept exact (Dekker) and summed with c
 * (Knuth's TwoSum), without fma's rounding to odd. It can differ from fma only when the sum lands
 * exactly halfway between two doubles after both corrections — one ulp of a double, which cannot
 * change the float the caller keeps. About 4× cheaper than fma in the logf loop (BCE takes two
 * logs per element, untraced cells and Node run it in JavaScript).
 */
export function fmaBeforeFloat32(a: number, b: number, c: number): number {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl; // a·b = p + e exactly
  const s = p + c;
  const v = s - p;
  const t = (p - (s - v)) + (c - v); // p + c = s + t exactly
  return s + (t + e);
}

/**
 * fma(a, b, c) for float32 operands, rounded once to float32 (vfmadd…ps): the product is exact
 * in a double, the sum rounded to odd there, and rounding that to float32 is then the single
 * correct rounding (53 ≥ 2·24 + 2 bits).
 *
 * Rounding to odd only matters when the sum rounded to nearest in double lands exactly halfway
 * between two floats (a double rounding can then tie the wrong way); anywhere else that sum
 * rounds to the same float as the exact one (no halfway point lies between them). So the sum is
 * rounded the cheap way first and handed to addRoundToOdd only at a halfway point or past the
 * float32 range: the same bits, and the matrix products' and SLEEF logs' inner loops (Node runs
 * them in JavaScript) stop writing a typed array per term.
 */
export function fmaFloat32(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const f = Math.fround(s);
  if (f === s) return f; // s is a float: the exact sum is within half a double's ulp of it
  const mirror = 2 * s - f; // the other float beside s when s is halfway between two
  // Not halfway, and f finite (an infinite or NaN f, or a mirror that happens to be a float,
  // takes the exact path: always right, only slower).
  if (Math.fround(mirror) !== mirror && f - f === 0) return f;
  return Math.fround(addRoundToOdd(p, c));
}
