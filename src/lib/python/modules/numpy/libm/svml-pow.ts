/**
 * x ** y for float64 arrays as numpy 1.24 computes it on an AVX-512 (SKX) machine: numpy's power
 * loop calls Intel's SVML `__svml_pow8` there, whose last bit differs from glibc's pow (and from
 * V8's **) on ~28 % of inputs. Ported from the instructions of the shipped library (Debian's
 * numpy 1.24.2): log2(x) = e + log2(2/c) + log2(1 + r) with c = 1 + j/32 from the rounded
 * VRCP14 of x's mantissa, r = m·c − 1 exact, log2(1 + r) by a degree-10 polynomial carried in
 * double-double; y·log2(x) = n/16 + f (the product rounded toward zero, n = ⌊16·y·log2 x⌋), and
 * 2^f by a degree-6 polynomial times 2^((n mod 16)/16) from a table and 2^⌊n/16⌋.
 *
 * Lanes SVML sends to its scalar routine (x ≤ 0, subnormal, inf or NaN; y inf or NaN; |y·log2 x|
 * > 1021.5: the overflow and subnormal edges) are not ported: svmlPow returns null there and the
 * caller uses glibc's pow, which gives the same result for the IEEE special values.
 */
import { fma } from '../../../../libm/fma';

/** −log2(c) (j < 16, beside e + 1) and 1 − log2(c) (j ≥ 16, beside e), c = 1 + j/32: leading part. */
const LOG_HI = [0.0, -0.04439411935800308, -0.0874628412502716, -0.12928301694500988, -0.16992500144260703, -0.20945336562908778, -0.24792751344375574, -0.2854022188621457, -0.32192809488697094, -0.3575520046179008, -0.39231742277843296, -0.4262647547020606, -0.45943161863760906, -0.49185309632957797, -0.5235619560571649, -0.5545888516780906, 0.4150374992786965, 0.3852901558848316, 0.3561438102251486, 0.3275746580284249, 0.29956028185915784, 0.2720795454370091, 0.24511249783608946, 0.21864028647542, 0.19264507794196106, 0.16710998583494074, 0.1420190048720542, 0.1173569506381682, 0.09310940439172555, 0.06926266243681312, 0.04580368961342174, 0.02272007650026353];
/** … and its tail. */
const LOG_LO = [0.0, -4.5035636491329477e-13, -6.781363655020842e-14, 4.3421195976986995e-14, 2.9466363971563933e-13, 1.3800246976244608e-13, 1.7024883460791358e-13, -1.02668366941445e-13, -3.914087556296025e-13, -1.82872716976671e-13, -3.273329303085191e-13, -3.733907276649932e-14, 3.1180651700181383e-13, -9.67451159139632e-14, 1.520621696507556e-13, 4.532053086411405e-13, 1.4733181985781966e-13, -3.983479855974919e-14, 1.266771905137232e-13, 7.951818330761124e-14, -2.500001867992647e-13, -2.0825307466611057e-13, 4.4199545957345896e-13, -7.960223862778872e-14, 4.348299516065895e-13, 3.1758065446573327e-13, 3.736684162192024e-13, -9.459192232399996e-15, -2.4407693577178287e-13, 3.0060745418937855e-13, -2.9694741952048217e-13, -1.800011104506994e-13];
/** 2^(i/16), i = 0..15. */
const EXP2 = [1.0, 1.0442737824274138, 1.0905077326652577, 1.1387886347566916, 1.189207115002721, 1.241857812073484, 1.2968395546510096, 1.3542555469368927, 1.4142135623730951, 1.4768261459394993, 1.5422108254079407, 1.6104903319492543, 1.681792830507429, 1.7562521603732995, 1.8340080864093424, 1.9152065613971474];
/**
 * VRCP14PD of a mantissa m in [0.5, 1), rounded to 1/32 (VRNDSCALEPD 0x58), is 1 + k/32 with k
 * the number of these bit patterns above m's (found on the CPU by bisection; monotone, and
 * checked on 2·10^8 random mantissas). VRCP14's own error (< 2^-14) moves the step away from
 * 1/m's midpoints, so rounding 1/m would pick another c for ~0.5 % of inputs.
 */
const RCP_STEPS_HIGH = [
  0x3fe02060, 0x3fe06270, 0x3fe0a6a0, 0x3fe0ed00, 0x3fe135d0, 0x3fe180f0, 0x3fe1cf20, 0x3fe21fd0,
  0x3fe27360, 0x3fe2c9f0, 0x3fe32400, 0x3fe38120, 0x3fe3e250, 0x3fe446e0, 0x3fe4afe0, 0x3fe51d20,
  0x3fe58ef0, 0x3fe60570, 0x3fe68170, 0x3fe702d0, 0x3fe78a50, 0x3fe81820, 0x3fe8acd0, 0x3fe948a0,
  0x3fe9ecb0, 0x3fea98f0, 0x3feb4e90, 0x3fec0e00, 0x3fecd880, 0x3fedae60, 0x3fee9150, 0x3fef8230,
];

const C_LOG = [
  0.16038822625577315, -0.18041677509176682, 0.20609927020561977, -0.24044915873623204, 0.2885390081799307,
  -0.3606737602232487, 0.4808983469629877, 8.421822774076385e-18, 2.0355736058257225e-17,
];
const LOG2E = 1.4426950408889634;
const MINUS_HALF_LOG2E = -0.7213475204444817;
const C_EXP = [0.00015741120548571732, 0.0013330645434141127, 0.009618141545265708, 0.0555041083923959, 0.24022650696194106, 0.6931471805599342];
/** 1.5·2^48 + 0x3ff0/16: adding it (rounding down) leaves ⌊16·p⌋ + 0x3ff0 in the low mantissa bits. */
const SHIFTER = 422212465067007.0;

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

/** The next double towards zero. */
function towardZero(v: number): number {
  word[0] = v;
  if (halves[0] === 0) halves[1]--;
  halves[0]--;
  return word[0];
}

/** a·b rounded toward zero (VMULPD {rz-sae}). */
function mulTowardZero(a: number, b: number): number {
  const p = a * b;
  const err = fma(a, b, -p); // exact: the product's rounding error
  return err !== 0 && err > 0 !== p > 0 ? towardZero(p) : p;
}

/** v = m·2^e exactly, m an integer (BigInt). */
function exact(v: number): [bigint, number] {
  word[0] = v;
  const biased = (halves[1] >>> 20) & 0x7ff;
  let m = (BigInt(halves[1] & 0xfffff) << 32n) | BigInt(halves[0]);
  if (biased !== 0) m |= 1n << 52n;
  if (halves[1] >>> 31) m = -m;
  return [m, Math.max(biased, 1) - 1075];
}

/** a·b + c rounded toward zero (VFMADD…PD {rz-sae}): the nearest result, stepped when the exact value lies inside it. */
function fmaTowardZero(a: number, b: number, c: number): number {
  const r = fma(a, b, c);
  if (r === 0 || !Number.isFinite(r)) return r;
  const [ma, ea] = exact(a);
  const [mb, eb] = exact(b);
  const [mc, ec] = exact(c);
  const [mr, er] = exact(r);
  const e = Math.min(ea + eb, ec, er);
  const residual = ((ma * mb) << BigInt(ea + eb - e)) + (mc << BigInt(ec - e)) - (mr << BigInt(er - e));
  return residual !== 0n && residual > 0n !== r > 0 ? towardZero(r) : r;
}

/** a + b rounded down (VADDPD {rd-sae}), for a sum that is not negative. */
function addDown(a: number, b: number): number {
  const s = a + b;
  const v = s - a;
  const err = (a - (s - v)) + (b - v);
  if (err >= 0) return s;
  return towardZero(s);
}

/** SVML's pow for one lane, or null for a lane its scalar routine computes (see above). */
export function svmlPow(x: number, y: number): number | null {
  if (!(x >= 2.2250738585072014e-308) || x === Infinity || !Number.isFinite(y)) return null;
  word[0] = x;
  const e = ((halves[1] >>> 20) & 0x7ff) - 1023; // VGETEXPPD
  halves[1] = (halves[1] & 0x000fffff) | 0x3fe00000; // VGETMANTPD, interval [0.5, 1)
  const m = word[0];
  let k = 0;
  for (const step of RCP_STEPS_HIGH) if (step > halves[1]) k++;
  const c = 1 + k / 32;
  const r = fma(c, m, -1);
  // j = the top five fraction bits of c (c = 2 gives j = 0, whose table entries are 0).
  const j = k & 31;
  const ePrime = c < 1.5 ? e + 1 : e;
  const big = LOG_HI[j] + ePrime;
  const r2 = r * r;
  let p = fma(r2, fma(r, C_LOG[0], C_LOG[1]), fma(r, C_LOG[2], C_LOG[3]));
  p = fma(r2, p, fma(r, C_LOG[4], C_LOG[5]));
  const r2lo = fma(r, r, -r2);
  let small = fma(MINUS_HALF_LOG2E, r2lo, LOG_LO[j]);
  p = fma(r2, p, fma(C_LOG[6], r, C_LOG[7]));
  const s1 = fma(LOG2E, r, big);
  small = fma(p, r2, small);
  let e1 = fma(r, LOG2E, -(s1 - big));
  const s2 = fma(MINUS_HALF_LOG2E, r2, s1);
  e1 = fma(C_LOG[8], r, e1);
  const l = s2 + small;
  const e2 = fma(MINUS_HALF_LOG2E, r2, -(s2 - s1));
  // y·log2(x) = pHigh + q: the product rounded toward zero, its exact error, the tail's share.
  const pHigh = mulTowardZero(l, y);
  const pLow = fma(y, l, -pHigh); // exact
  const tail = small - (l - s2) + (e1 + e2);
  const shifted = addDown(pHigh, SHIFTER);
  const f = addDown(pHigh, -Math.floor(pHigh * 16) / 16); // VREDUCEPD 0x41: the part below 1/16, its subtraction rounded down too
  const q = fmaTowardZero(y, tail, pLow);
  if (!(Math.abs(pHigh) <= 1021.5)) return null;
  const g = f + q;
  word[0] = shifted;
  const n = halves[0]; // ⌊16·pHigh⌋ + 0x3ff0 in its low bits
  const t = EXP2[n & 15];
  const g2 = g * g;
  let a = fma(g2, fma(C_EXP[0], g, C_EXP[1]), fma(C_EXP[2], g, C_EXP[3]));
  a = fma(g2, a, fma(C_EXP[4], g, C_EXP[5]));
  const result = fma(g * t, a, t);
  // 2^⌊n/16⌋: bits 4..14 of n as the exponent.
  halves[1] = ((n >>> 4) & 0x7ff) << 20;
  halves[0] = 0;
  return result * word[0];
}
