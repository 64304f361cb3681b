/**
 * SLEEF 3.5.1's double-float functions as PyTorch 1.13's CPU kernels call them (Debian links
 * libsleef3; the AVX2 versions, with fused multiply-adds): Sleef_tanhf8_u10 for torch.tanh (and
 * nn.Tanh, RNNCell), every element and the tails too (vml's vec::map), and Sleef_logf8_u10 for
 * the log of log_softmax's row sums (and torch.log). They work in double-float arithmetic (df.h's
 * dfadd/dfmul/dfdiv/dfrec); a correctly rounded tanh or log differs from them now and then (tanh
 * in one value in 450). Both ports matched libsleef's AVX2 functions on 80 000 inputs (goldens
 * `tanh-bits`, `logf-bits`).
 */
import { fmaFloat32 } from '../../libm/fma';

const f = Math.fround;
const R_LN2 = f(1.442695040888963407359924681001892137426645954152985934135449406931);
const NEG_L2U = -f(0.693145751953125);
const NEG_L2L = -f(1.428606765330187045e-6);
const E0 = f(0.1980960224e-3);
const E1 = f(0.1394256484e-2);
const E2 = f(0.8333456703e-2);
const E3 = f(0.4166637361e-1);
const E4 = f(0.166666659414234244790680580464);
/** Above this |x| tanh is 1 in float32. */
const LARGE = f(8.664339742);

/** A double-float: the value x + y, |y| below half an ulp of x. */
type Df = [number, number];

/** rint: round half to even, as the AVX2 conversion does. */
function rint(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const fmapn = (x: number, y: number, z: number) => fmaFloat32(x, y, -z); // x·y − z
const fmanp = (x: number, y: number, z: number) => fmaFloat32(-x, y, z); // z − x·y

function add2(x: Df, y: number): Df {
  const s = f(x[0] + y);
  const v = f(s - x[0]);
  return [s, f(f(f(x[0] - f(s - v)) + f(y - v)) + x[1])];
}

function add2Df(x: Df, y: Df): Df {
  const s = f(x[0] + y[0]);
  const v = f(s - x[0]);
  const t = f(f(x[0] - f(s - v)) + f(y[0] - v));
  return [s, f(t + f(x[1] + y[1]))];
}

function addDf(x: Df, y: Df): Df {
  const s = f(x[0] + y[0]);
  return [s, f(f(f(f(x[0] - s) + y[0]) + x[1]) + y[1])];
}

function mulDfF(x: Df, y: number): Df {
  const s = f(x[0] * y);
  return [s, fmaFloat32(x[1], y, fmapn(x[0], y, s))];
}

function mulDf(x: Df, y: Df): Df {
  const s = f(x[0] * y[0]);
  return [s, fmaFloat32(x[0], y[1], fmaFloat32(x[1], y[0], fmapn(x[0], y[0], s)))];
}

function squareDf(x: Df): Df {
  const s = f(x[0] * x[0]);
  return [s, fmaFloat32(f(x[0] + x[0]), x[1], fmapn(x[0], x[0], s))];
}

function recDf(d: Df): Df {
  const s = f(1 / d[0]);
  return [s, f(s * fmanp(d[1], s, fmanp(d[0], s, 1)))];
}

function divDf(n: Df, d: Df): Df {
  const t = f(1 / d[0]);
  const s = f(n[0] * t);
  const u = fmapn(t, n[0], s);
  const v = fmanp(d[1], t, fmanp(d[0], t, 1));
  return [s, fmaFloat32(s, v, fmaFloat32(n[1], t, u))];
}

/** vldexp2: d·2^⌊q/2⌋·2^(q−⌊q/2⌋), each step rounded to float32. */
function ldexp2(d: number, q: number): number {
  const h = q >> 1;
  return f(f(d * 2 ** h) * 2 ** (q - h));
}

/** expk2f: exp of a double-float, as a double-float. */
function expk2(x: number): Df {
  const q = rint(f(x * R_LN2));
  let s = add2([x, 0], f(q * NEG_L2U));
  s = add2(s, f(q * NEG_L2L));
  let u = fmaFloat32(E0, s[0], E1);
  u = fmaFloat32(u, s[0], E2);
  u = fmaFloat32(u, s[0], E3);
  let t = add2(mulDfF(s, u), E4);
  t = add2(mulDf(s, t), 0.5);
  t = add2Df(s, mulDf(squareDf(s), t));
  const one = f(1 + t[0]);
  t = [one, f(f(f(1 - one) + t[0]) + t[1])];
  return [ldexp2(t[0], q), ldexp2(t[1], q)];
}

/** SLEEF 3.5.1's xtanhf (u10) for one float32 lane. */
export function sleefTanhf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  let y: number;
  if (a > LARGE) y = 1;
  else {
    const d = expk2(a);
    const e = recDf(d);
    const q = divDf(addDf(d, [-e[0], -e[1]]), addDf(d, e));
    y = f(q[0] + q[1]);
    if (Number.isNaN(y)) y = 1;
  }
  return x < 0 || Object.is(x, -0) ? -y : y;
}

/** dfadd2_vf2_vf_vf: x + y as a double-float. */
function twoSum(x: number, y: number): Df {
  const s = f(x + y);
  const v = f(s - x);
  return [s, f(f(x - f(s - v)) + f(y - v))];
}

/** ln 2 as a double-float, and the polynomial's coefficients (also the SIMD engine's: simd/kernels.ts#sleefLogf). */
export const LOG_LN2: Df = [f(0.69314718246459960938), f(-1.904654323148236017e-9)];
export const L0 = f(0.3027294874);
export const L1 = f(0.3996108174);
export const L2 = f(0.666669488);
export const FLT_MIN = 1.1754943508222875e-38;
const logBits = new Float32Array(1);
const logWord = new Int32Array(logBits.buffer);

/** SLEEF 3.5.1's xlogf_u1 (Sleef_logf8_u10) for one float32 lane. */
export function sleefLogf(d: number): number {
  if (Number.isNaN(d) || d < 0) return NaN;
  if (d === 0) return -Infinity;
  if (d === Infinity) return Infinity;
  const tiny = d < FLT_MIN;
  if (tiny) d = f(d * 18446744073709551616); // 2^64
  logBits[0] = f(d * f(1 / 0.75));
  let e = ((logWord[0] >> 23) & 0xff) - 0x7f; // vilogb2k
  logBits[0] = d;
  logWord[0] += -e << 23; // vldexp3: d·2^−e by the exponent bits
  const m = logBits[0];
  if (tiny) e -= 64;
  // the double-float steps written out (no pairs allocated: torch.log and BCE run this per element)
  const sh = f(LOG_LN2[0] * e); // s0 = ln2·e (dfmul_vf2_vf2_vf)
  const sl = fmaFloat32(LOG_LN2[1], e, fmapn(LOG_LN2[0], e, sh));
  const nh = f(-1 + m); // −1 + m (dfadd2_vf2_vf_vf)
  const nv = f(nh + 1);
  const nl = f(f(-1 - f(nh - nv)) + f(m - nv));
  const dh = f(1 + m); // 1 + m (dfadd2_vf2_vf_vf)
  const dv = f(dh - 1);
  const dl = f(f(1 - f(dh - dv)) + f(m - dv));
  const r = f(1 / dh); // x = (m − 1)/(m + 1) (dfdiv_vf2_vf2_vf2)
  const xh = f(nh * r);
  const xl = fmaFloat32(xh, fmanp(dl, r, fmanp(dh, r, 1)), fmaFloat32(nl, r, fmapn(r, nh, xh)));
  const x2 = f(xh * xh);
  let t = fmaFloat32(L0, x2, L1);
  t = fmaFloat32(t, x2, L2);
  const ah = f(sh + f(xh * 2)); // s = s0 + 2x (dfadd_vf2_vf2_vf2)
  const al = f(f(f(f(sh - ah) + f(xh * 2)) + sl) + f(xl * 2));
  const tail = f(f(x2 * xh) * t);
  const sum = f(ah + tail); // dfadd_vf2_vf2_vf
  return f(sum + f(f(f(ah - sum) + tail) + al));
}

/**
 * SLEEF 3.5.1's xlog1pf (Sleef_log1pf8_u10) for one float32 lane: softplus's log1p(exp(x·β)).
 * m = (d + 1)/2^e − 1 without cancellation, then the same atanh-like series as logf.
 */
export function sleefLog1pf(d: number): number {
  if (Number.isNaN(d) || d < -1) return NaN;
  if (d === -1) return -Infinity;
  if (d > 1e38) return Infinity;
  if (Object.is(d, -0)) return -0;
  let dp1 = f(d + 1);
  const tiny = dp1 < FLT_MIN;
  if (tiny) dp1 = f(dp1 * 18446744073709551616); // 2^64
  logBits[0] = f(dp1 * f(1 / 0.75));
  let e = ((logWord[0] >> 23) & 0xff) - 0x7f; // vilogb2k
  logWord[0] = 0x3f800000 + (-e << 23); // vldexp3(1, −e): 2^−e
  const t = logBits[0];
  const m = fmaFloat32(d, t, f(t - 1));
  if (tiny) e -= 64;
  // the double-float steps written out (no pairs allocated: softplus runs this per element)
  const sh = f(LOG_LN2[0] * e); // s = ln2·e (dfmul_vf2_vf2_vf)
  const sl = fmaFloat32(LOG_LN2[1], e, fmaFloat32(LOG_LN2[0], e, -sh));
  const den = f(2 + m); // 2 + m (dfadd_vf2_vf_vf)
  const denLo = f(f(2 - den) + m);
  const r = f(1 / den); // x = m / (2 + m) (dfdiv_vf2_vf2_vf2)
  const xh = f(m * r);
  const xl = fmaFloat32(xh, fmanp(denLo, r, fmanp(den, r, 1)), fmapn(r, m, xh) + 0); // + 0·r: −0 becomes +0
  const x2 = f(xh * xh);
  let p = fmaFloat32(L0, x2, L1);
  p = fmaFloat32(p, x2, L2);
  const th = f(sh + f(xh * 2)); // s += 2x (dfadd_vf2_vf2_vf2)
  const tl = f(f(f(f(sh - th) + f(xh * 2)) + sl) + f(xl * 2));
  const tail = f(f(x2 * xh) * p);
  const sum = f(th + tail); // dfadd_vf2_vf2_vf
  return f(sum + f(f(f(th - sum) + tail) + tl));
}

/** dfnormalize. */
function normalizeDf(x: Df): Df {
  const s = f(x[0] + x[1]);
  return [s, f(f(x[0] - s) + x[1])];
}

/** vldexp_vf_vf_vi2: x·2^q in five float32 products, so that |q| up to ~300 neither overflows nor underflows early. */
function ldexpk(x: number, q: number): number {
  let m = q >> 31;
  m = (((m + q) >> 6) - m) << 4;
  q -= m << 2;
  m += 0x7f;
  m = m > 0 ? m : 0;
  m = m > 0xff ? 0xff : m;
  logWord[0] = m << 23;
  const u = logBits[0];
  x = f(f(f(f(x * u) * u) * u) * u);
  logWord[0] = (q + 0x7f) << 23;
  return f(x * logBits[0]);
}

const LOGK_C: Df = [f(0.66666662693023681640625), f(3.69183861259614332084311e-9)];
const LOGK0 = f(0.240320354700088500976562);
const LOGK1 = f(0.285112679004669189453125);
const LOGK2 = f(0.400007992982864379882812);
const L2U = f(0.693145751953125);
const L2L = f(1.428606765330187045e-6);
const EXPK = [0.00136324646882712841033936, 0.00836596917361021041870117, 0.0416710823774337768554688, 0.166665524244308471679688, 0.499999850988388061523438].map(f);

/** logkf: log d as a double-float (d > 0). */
function logk(d: number): Df {
  const tiny = d < FLT_MIN;
  if (tiny) d = f(d * 18446744073709551616);
  logBits[0] = f(d * f(1 / 0.75));
  let e = ((logWord[0] >> 23) & 0xff) - 0x7f;
  logBits[0] = d;
  logWord[0] += -e << 23;
  const m = logBits[0];
  if (tiny) e -= 64;
  const x = divDf(twoSum(-1, m), twoSum(1, m));
  const x2 = squareDf(x);
  let t = fmaFloat32(LOGK0, x2[0], LOGK1);
  t = fmaFloat32(t, x2[0], LOGK2);
  let s = addDf(mulDfF(LOG_LN2, e), [f(x[0] * 2), f(x[1] * 2)]);
  s = addDf(s, mulDf(mulDf(x2, x), add2Df(mulDfF(x2, t), LOGK_C)));
  return s;
}

/** expkf: exp of a double-float, rounded to float32 (0 below −104). */
function expk(d: Df): number {
  let q = rint(f(f(d[0] + d[1]) * R_LN2));
  if (!(Math.abs(q) < 2147483648)) q = -2147483648; // cvtps2dq out of range: INT_MIN (then NaN or ∞)
  let s = add2(d, f(q * -L2U));
  s = add2(s, f(q * -L2L));
  s = normalizeDf(s);
  let u = EXPK[0];
  for (let i = 1; i < EXPK.length; i++) u = fmaFloat32(u, s[0], EXPK[i]);
  let t = addDf(s, mulDfF(squareDf(s), u));
  const one = f(1 + t[0]);
  t = [one, f(f(f(1 - one) + t[0]) + t[1])]; // dfadd_vf2_vf_vf2(1, t)
  const v = ldexpk(f(t[0] + t[1]), q);
  return d[0] < -104 ? 0 : v;
}

/** SLEEF 3.5.1's xpowf (Sleef_powf8_u10) for one float32 lane: torch.pow's vectorised loop. */
export function sleefPowf(x: number, y: number): number {
  const yIsInt = Math.trunc(y) === y || Math.abs(y) > 16777216;
  const yIsOdd = yIsInt && Math.abs(y) < 16777216 && (Math.trunc(y) & 1) === 1;
  let result = expk(mulDfF(logk(Math.abs(x)), y));
  if (Number.isNaN(result)) result = Infinity;
  result = f(result * (x > 0 ? 1 : yIsInt ? (yIsOdd ? -1 : 1) : NaN));
  if (!Number.isFinite(y) && !Number.isNaN(y)) {
    const efx = (Math.abs(x) - 1) * (y < 0 ? -1 : 1); // vmulsign: the sign of y's bit
    result = efx < 0 ? 0 : efx === 0 ? 1 : Infinity;
  }
  if (x === 0 || (!Number.isFinite(x) && !Number.isNaN(x))) {
    const sign = yIsOdd ? (x < 0 || Object.is(x, -0) ? -1 : 1) : 1;
    result = sign * ((x === 0 ? -y : y) < 0 ? 0 : Infinity);
  }
  if (Number.isNaN(x) || Number.isNaN(y)) result = NaN;
  if (y === 0 || x === 1) result = 1;
  return result;
}
