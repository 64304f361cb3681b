/**
 * log(x) for float64 arrays as numpy 1.24 computes it on an AVX-512 (SKX) machine: SVML's
 * __svml_log8 (numpy links SVML there), ported from the instructions of the shipped library
 * (Debian's numpy 1.24.2). x = 2^e·m with m in [1, 2); rc ≈ 1/m to 5 bits (vrcp14pd, then
 * vrndscalepd to a multiple of 1/32); log(x) = e·ln2 − log(rc) + log1p(rc·m − 1), the last by a
 * degree-9 polynomial in FMAs. Its last bit differs from Math.log on about 1 input in 8.
 * Zero, negative and infinite lanes go to SVML's scalar routine, whose results are the IEEE ones.
 * scripts/libm-check.py compares with numpy.
 */
import { fma } from '../../../../libm/fma';

/**
 * The m from which rc drops by 1/32 (from 1 at m = 1 to 1/2 near 2). vrcp14pd reads only the top
 * 24 bits of m's fraction, so these were found by scanning all 2^24 of them on an AVX-512 CPU.
 */
const RC_STEPS = [
  1.0158538818359375, 1.0491790771484375, 1.08477783203125, 1.122802734375, 1.163665771484375, 1.2075653076171875,
  1.2549285888671875, 1.3061370849609375, 1.3617095947265625, 1.4221954345703125, 1.4883880615234375, 1.56097412109375,
  1.641021728515625, 1.729736328125, 1.82855224609375, 1.939453125,
];
/** −log(rc·2) for rc = 16/32…23/32 (e counts one more there), −log(rc) for rc = 24/32…31/32, by rc's top 4 fraction bits. */
const MINUS_LOG_RC = [
  0.0, -0.06062462181643484, -0.11778303565638346, -0.17185025692665923, -0.22314355131420976, -0.27193371548364176,
  -0.3184537311185346, -0.3629054936893685, 0.2876820724517809, 0.24686007793152578, 0.2076393647782445, 0.16989903679539747,
  0.13353139262452263, 0.09844007281325252, 0.06453852113757118, 0.0317486983145803,
];
const LN2 = 0.6931471805599453;
// log1p(r) ≈ r + r²·(C2 + C3·r + r²·(C4 + C5·r) + r⁴·((C6 + C7·r) + r²·(C8 + C9·r)))
const C2 = -0.4999999999999968;
const C3 = 0.33333333333332005;
const C4 = -0.2500000000437373;
const C5 = 0.20000000009280938;
const C6 = -0.16666650546695666;
const C7 = 0.14285690939597326;
const C8 = -0.125220000081181;
const C9 = 0.11135561406034511;

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

/** SVML's log of a float64 (numpy 1.24's np.log on float64). */
export function svmlLog(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x <= 0) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  // vgetexppd and vgetmantpd: x = 2^e·m, m in [1, 2), subnormals included.
  word[0] = x;
  let e: number;
  if (halves[1] >>> 20 === 0) {
    word[0] = x * 18014398509481984; // 2^54
    e = (halves[1] >>> 20) - 1023 - 54;
  } else e = (halves[1] >>> 20) - 1023;
  halves[1] = (halves[1] & 0xfffff) | 0x3ff00000;
  const m = word[0];
  let steps = 0;
  while (steps < 16 && m >= RC_STEPS[steps]) steps++;
  const rc = (32 - steps) / 32;
  const r = fma(rc, m, -1);
  if (rc < 0.75) e += 1;
  const index = rc === 1 ? 0 : 32 - steps - 16;
  const r2 = r * r;
  const r4 = r2 * r2;
  const high = fma(r4, fma(r2, fma(C9, r, C8), fma(C7, r, C6)), fma(r2, fma(C5, r, C4), fma(C3, r, C2)));
  const poly = fma(r2, high, r);
  return fma(LN2, e, MINUS_LOG_RC[index] + poly);
}
