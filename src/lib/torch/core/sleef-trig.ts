/**
 * sin and cos as PyTorch 1.13's CPU kernels compute them for float32 (Debian links libsleef3; the
 * AVX2 build): torch.sin/torch.cos go through vml's vec::map, so every element, the tail too (a
 * partial vector padded with zeros), is Sleef_sinf8_u10 / Sleef_cosf8_u10 — SLEEF 3.5.1's
 * xsinf_u1/xcosf_u1, double-float arithmetic with fused multiply-adds. Math.sin is correctly
 * rounded and differs from them in about one value in 20.
 *
 * The functions branch per vector, not per lane: while all 8 lanes are below 125 in magnitude
 * they reduce by Cody–Waite (d − q·π in three parts); a lane at or above 125, an infinity or a
 * NaN sends the whole vector through Payne–Hanek (rempif, 4/π's bits from a table), whose
 * reduction of the other lanes differs in the last bit now and then (~1% of them). So the arrays
 * here are taken in groups of 8 from the start, as vec::map loads them. This port matched torch
 * bit for bit on 600 000 inputs (golden `sincos-bits`, scripts/sleef-trig-golden.py).
 */
import { fmaFloat32 as fma } from '../../libm/fma';

const f = Math.fround;
const M_1_PI = f(0.318309886183790671537767526745028724);
const PI_A2 = f(3.1414794921875);
const PI_B2 = f(0.00011315941810607910156);
const PI_C2 = f(1.9841872589410058936e-9);
const PI_B2_HALF = f(PI_B2 * 0.5);
const PI_C2_HALF = f(PI_C2 * 0.5);
/** Below this |d| (for every lane of a vector) the Cody–Waite reduction is used. */
const TRIG_RANGE_MAX = 125;
const HALF_PI_HI = f(3.1415927410125732422 * 0.5);
const HALF_PI_LO = f(-8.7422776573475857731e-8 * 0.5);
const TWO_PI_HI = f(3.1415927410125732422 * 2);
const TWO_PI_LO = f(-8.7422776573475857731e-8 * 2);
const S0 = f(2.6083159809786593541503e-6);
const S1 = f(-0.0001981069071916863322258);
const S2 = f(0.00833307858556509017944336);
const S3 = f(-0.166666597127914428710938);

/** SLEEF's Sleef_rempitabsp: for each exponent, 1/(2π)'s bits from there as four floats. */
const REMPI = new Float32Array([
  0.159154892, 5.112411827e-08, 3.626141271e-15, -2.036222915e-22,
  0.03415493667, 6.420638243e-09, 7.342738037e-17, 8.135951656e-24,
  0.03415493667, 6.420638243e-09, 7.342738037e-17, 8.135951656e-24,
  0.002904943191, -9.861969574e-11, -9.839336547e-18, -1.790215892e-24,
  0.002904943191, -9.861969574e-11, -9.839336547e-18, -1.790215892e-24,
  0.002904943191, -9.861969574e-11, -9.839336547e-18, -1.790215892e-24,
  0.002904943191, -9.861969574e-11, -9.839336547e-18, -1.790215892e-24,
  0.0009518179577, 1.342109202e-10, 1.791623576e-17, 1.518506657e-24,
  0.0009518179577, 1.342109202e-10, 1.791623576e-17, 1.518506657e-24,
  0.0004635368241, 1.779561221e-11, 4.038449606e-18, -1.358546052e-25,
  0.0002193961991, 1.779561221e-11, 4.038449606e-18, -1.358546052e-25,
  9.73258866e-05, 1.779561221e-11, 4.038449606e-18, -1.358546052e-25,
  3.62907449e-05, 3.243700447e-12, 5.690024473e-19, 7.09405479e-26,
  5.773168596e-06, 1.424711477e-12, 1.3532163e-19, 1.92417627e-26,
  5.773168596e-06, 1.424711477e-12, 1.3532163e-19, 1.92417627e-26,
  5.773168596e-06, 1.424711477e-12, 1.3532163e-19, 1.92417627e-26,
  1.958472239e-06, 5.152167755e-13, 1.3532163e-19, 1.92417627e-26,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  2.132179588e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  6.420638243e-09, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  6.420638243e-09, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  2.695347945e-09, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  8.327027956e-10, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  8.327027956e-10, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  3.670415083e-10, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  1.342109202e-10, 1.791623576e-17, 1.518506361e-24, 2.613904e-31,
  1.779561221e-11, 4.038449606e-18, -1.358545683e-25, -3.443243946e-32,
  1.779561221e-11, 4.038449606e-18, -1.358545683e-25, -3.443243946e-32,
  1.779561221e-11, 4.038449606e-18, -1.358545683e-25, -3.443243946e-32,
  3.243700447e-12, 5.690024473e-19, 7.094053557e-26, 1.487136711e-32,
  3.243700447e-12, 5.690024473e-19, 7.094053557e-26, 1.487136711e-32,
  3.243700447e-12, 5.690024473e-19, 7.094053557e-26, 1.487136711e-32,
  1.424711477e-12, 1.3532163e-19, 1.924175961e-26, 2.545416018e-33,
  5.152167755e-13, 1.3532163e-19, 1.924175961e-26, 2.545416018e-33,
  6.046956013e-14, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  6.046956013e-14, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  6.046956013e-14, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  3.626141271e-15, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  3.626141271e-15, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  3.626141271e-15, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  3.626141271e-15, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  1.791623576e-17, 1.518506361e-24, 2.61390353e-31, 4.764937743e-38,
  1.791623576e-17, 1.518506361e-24, 2.61390353e-31, 4.764937743e-38,
  4.038449606e-18, -1.358545683e-25, -3.443243946e-32, 6.296048013e-40,
  4.038449606e-18, -1.358545683e-25, -3.443243946e-32, 6.296048013e-40,
  5.690024473e-19, 7.094053557e-26, 1.487136711e-32, 6.296048013e-40,
  5.690024473e-19, 7.094053557e-26, 1.487136711e-32, 6.296048013e-40,
  5.690024473e-19, 7.094053557e-26, 1.487136711e-32, 6.296048013e-40,
  1.3532163e-19, 1.924175961e-26, 2.545415467e-33, 6.296048013e-40,
  1.3532163e-19, 1.924175961e-26, 2.545415467e-33, 6.296048013e-40,
  2.690143217e-20, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42,
  2.690143217e-20, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42,
  2.690143217e-20, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42,
  1.334890502e-20, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42,
  6.572641438e-21, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42,
  0.05874381959, 1.222115387e-08, 7.693612965e-16, 1.792054435e-22,
  0.02749382704, 4.77057327e-09, 7.693612965e-16, 1.792054435e-22,
  0.01186883077, 1.045283415e-09, 3.252721926e-16, 7.332633139e-23,
  0.00405633077, 1.045283415e-09, 3.252721926e-16, 7.332633139e-23,
  0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27,
  0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27,
  0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27,
  0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27,
  0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27,
  2.801149822e-05, 4.821800945e-12, 8.789757674e-19, 1.208447639e-25,
  2.801149822e-05, 4.821800945e-12, 8.789757674e-19, 1.208447639e-25,
  2.801149822e-05, 4.821800945e-12, 8.789757674e-19, 1.208447639e-25,
  1.275271279e-05, 1.183823005e-12, 1.161414894e-20, 1.291319272e-27,
  5.12331826e-06, 1.183823005e-12, 1.161414894e-20, 1.291319272e-27,
  1.308621904e-06, 2.743283031e-13, 1.161414894e-20, 1.291319272e-27,
  1.308621904e-06, 2.743283031e-13, 1.161414894e-20, 1.291319272e-27,
  3.549478151e-07, 4.695462769e-14, 1.161414894e-20, 1.291319272e-27,
  3.549478151e-07, 4.695462769e-14, 1.161414894e-20, 1.291319272e-27,
  1.165292645e-07, 1.853292503e-14, 4.837885366e-21, 1.291319272e-27,
  1.165292645e-07, 1.853292503e-14, 4.837885366e-21, 1.291319272e-27,
  5.69246339e-08, 4.322073705e-15, 1.449754789e-21, 7.962890365e-29,
  2.712231151e-08, 4.322073705e-15, 1.449754789e-21, 7.962890365e-29,
  1.222115387e-08, 7.693612965e-16, 1.792054182e-22, 2.91418027e-29,
  4.77057327e-09, 7.693612965e-16, 1.792054182e-22, 2.91418027e-29,
  1.045283415e-09, 3.252721926e-16, 7.332632508e-23, 3.898253736e-30,
  1.045283415e-09, 3.252721926e-16, 7.332632508e-23, 3.898253736e-30,
  1.139611461e-10, 1.996093359e-17, 5.344349223e-25, 1.511644828e-31,
  1.139611461e-10, 1.996093359e-17, 5.344349223e-25, 1.511644828e-31,
  1.139611461e-10, 1.996093359e-17, 5.344349223e-25, 1.511644828e-31,
  1.139611461e-10, 1.996093359e-17, 5.344349223e-25, 1.511644828e-31,
  5.575349904e-11, 6.083145782e-18, 5.344349223e-25, 1.511644828e-31,
  2.664967552e-11, -8.557475018e-19, -8.595036458e-26, -2.139883875e-32,
  1.209775682e-11, 2.61369883e-18, 5.344349223e-25, 1.511644828e-31,
  4.821800945e-12, 8.789757674e-19, 1.208447639e-25, 3.253064536e-33,
  1.183823005e-12, 1.161414894e-20, 1.29131908e-27, 1.715766248e-34,
  1.183823005e-12, 1.161414894e-20, 1.29131908e-27, 1.715766248e-34,
  2.743283031e-13, 1.161414894e-20, 1.29131908e-27, 1.715766248e-34,
]);

/** rint: round half to even (as _mm256_round_ps); floats of 2^23 or more are integers already. */
function rint(v: number): number {
  if (!(Math.abs(v) < 8388608)) return v;
  const r = v + 6755399441055744 - 6755399441055744;
  return r === 0 ? v * 0 : r; // −0.3 rounds to −0
}

/** cvttps2dq: truncation to int32, INT_MIN when out of range or NaN. */
function truncate(v: number): number {
  return v > -2147483649 && v < 2147483648 ? Math.trunc(v) | 0 : -2147483648;
}

const bits = new Float32Array(1);
const word = new Int32Array(bits.buffer);

// The reduced argument as a double-float (hi, lo) and the quadrant, in df[0], df[1], df[2]: set
// by the reductions below (a typed array rather than a tuple per element or module variables,
// whose doubles V8 would box at each write, as these run over whole tensors).
const df = new Float64Array(3);

/** rempisubf (FULL_FP_ROUNDING): x − rint(4x)/4 into `hi`, and rint(4x) − 4·rint(x) returned. */
function rempisub(x: number): number {
  const y = rint(f(x * 4));
  df[0] = f(x - f(y * 0.25));
  return truncate(f(y - f(rint(x) * 4)));
}

/** dfnormalize of (hi, lo). */
function normalize(): void {
  const s = f(df[0] + df[1]);
  df[1] = f(f(df[0] - s) + df[1]);
  df[0] = s;
}

/** dfadd2_vf2_vf2_vf2: (hi, lo) += (yh, yl). */
function addDf(yh: number, yl: number): void {
  const s = f(df[0] + yh);
  const v = f(s - df[0]);
  const t = f(f(df[0] - f(s - v)) + f(yh - v));
  df[1] = f(t + f(df[1] + yl));
  df[0] = s;
}

/**
 * rempif: Payne–Hanek. a·(1/2π) from the table in three pieces, whole quarter turns taken out
 * as they appear; leaves a's remainder times 2π (in turns' units of π/2) in (hi, lo) and returns
 * the quarter-turn count.
 */
function rempif(a: number): number {
  bits[0] = a;
  let ex = ((word[0] >>> 23) & 0xff) - 0x7f - 25;
  if (ex > 90 - 25) {
    word[0] += -64 << 23; // vldexp3: a·2^−64 by the exponent bits
    a = bits[0];
  }
  if (ex < 0) ex = 0;
  ex <<= 2;
  let t = REMPI[ex];
  df[0] = f(a * t);
  df[1] = fma(a, t, -df[0]);
  let q = rempisub(df[0]);
  normalize();
  t = REMPI[ex + 1];
  let yh = f(a * t);
  addDf(yh, fma(a, t, -yh));
  q = (q + rempisub(df[0])) | 0;
  normalize();
  t = REMPI[ex + 2];
  yh = f(t * a);
  addDf(yh, fma(REMPI[ex + 3], a, fma(t, a, -yh)));
  normalize();
  // (hi, lo) · 2π as a double-float
  const s = f(df[0] * TWO_PI_HI);
  df[1] = fma(df[0], TWO_PI_LO, fma(df[1], TWO_PI_HI, fma(df[0], TWO_PI_HI, -s)));
  df[0] = s;
  if (Math.abs(a) < 0.7) {
    df[0] = a;
    df[1] = 0;
  }
  return q;
}

/** xsinf_u1's Payne–Hanek branch: the argument into (hi, lo), the half-turn count into `quadrant`. */
function reduceSinWide(d: number): void {
  const i = rempif(d);
  const positive = df[0] > 0;
  df[2] = ((i & 3) * 2 + (positive ? 2 : 1)) >> 2;
  if ((i & 1) === 1) {
    const sign = df[0] > 0 || (df[0] === 0 && !Object.is(df[0], -0)) ? 1 : -1; // vmulsign by hi's sign bit
    addDf(-HALF_PI_HI * sign, -HALF_PI_LO * sign);
  }
  normalize();
  if (!Number.isFinite(d)) df[0] = NaN;
}

/** xcosf_u1's Payne–Hanek branch. */
function reduceCosWide(d: number): void {
  const i = rempif(d);
  const positive = df[0] > 0;
  df[2] = ((i & 3) * 2 + (positive ? 8 : 7)) >> 1;
  if ((i & 1) === 0) {
    const sign = positive ? 1 : -1; // vmulsign by y = hi > 0 ? 0 : −1
    addDf(-HALF_PI_HI * sign, -HALF_PI_LO * sign);
  }
  normalize();
  if (!Number.isFinite(d)) df[0] = NaN;
}

/** xsinf_u1's Cody–Waite branch: d − q·π, q = rint(d/π). */
function reduceSin(d: number): void {
  const u = rint(f(d * M_1_PI));
  df[2] = u;
  const v = fma(u, -PI_A2, d);
  const w = f(u * -PI_B2);
  const s = f(v + w);
  const t = f(s - v);
  const e = f(f(v - f(s - t)) + f(w - t));
  const w2 = f(u * -PI_C2);
  df[0] = f(s + w2);
  df[1] = f(f(f(s - df[0]) + w2) + e);
}

/** xcosf_u1's Cody–Waite branch: d − q·π/2 for the odd q nearest 2d/π. */
function reduceCos(d: number): void {
  const dq = fma(rint(fma(d, M_1_PI, -0.5)), 2, 1);
  df[2] = dq;
  const w = f(dq * f(-PI_A2 * 0.5));
  const s = f(d + w);
  const v = f(s - d);
  df[1] = f(f(d - f(s - v)) + f(w - v));
  df[0] = s;
  addFloat(f(dq * -PI_B2_HALF));
  addFloat(f(dq * -PI_C2_HALF));
}

/** dfadd2_vf2_vf2_vf: (hi, lo) += w. */
function addFloat(w: number): void {
  const s = f(df[0] + w);
  const v = f(s - df[0]);
  df[1] = f(f(f(df[0] - f(s - v)) + f(w - v)) + df[1]);
  df[0] = s;
}

/** sin of the reduced argument (hi, lo), |hi| ≤ π/2: SLEEF's polynomial in double-float. */
function sinPolynomial(): number {
  const hi = df[0], lo = df[1];
  const sx = f(hi * hi);
  const sy = fma(f(hi + hi), lo, fma(hi, hi, -sx));
  let u = fma(S0, sx, S1);
  u = fma(u, sx, S2);
  const us = f(u * sx);
  const ax = f(S3 + us);
  const ay = f(f(S3 - ax) + us);
  const mx = f(ax * sx);
  const my = fma(ax, sy, fma(ay, sx, fma(ax, sx, -mx)));
  const xx = f(1 + mx);
  const xy = f(f(f(1 - xx) + mx) + my);
  return fma(hi, xx, fma(lo, xx, f(hi * xy)));
}

/** Sleef_sinf8_u10 for one lane; `wide`: its vector took the Payne–Hanek branch. */
export function sleefSinf(d: number, wide = !(Math.abs(d) < TRIG_RANGE_MAX)): number {
  if (wide) reduceSinWide(d);
  else reduceSin(d);
  const u = sinPolynomial();
  if (Object.is(d, -0)) return d;
  return (df[2] & 1) === 1 ? -u : u;
}

/** Sleef_cosf8_u10 for one lane. */
export function sleefCosf(d: number, wide = !(Math.abs(d) < TRIG_RANGE_MAX)): number {
  if (wide) reduceCosWide(d);
  else reduceCos(d);
  const u = sinPolynomial();
  return (df[2] & 2) === 0 ? -u : u;
}

/** Whether the 8-lane vector starting at `start` sends its lanes through Payne–Hanek. */
function wideVector(x: ArrayLike<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!(Math.abs(x[i]) < TRIG_RANGE_MAX)) return true;
  return false;
}

/** torch.sin of float32 values: vectors of 8 from the start, as vec::map takes them. */
export function sleefSin(y: Float32Array, x: ArrayLike<number>): void {
  byVectors(y, x, sleefSinf);
}

/** torch.cos of float32 values, likewise. */
export function sleefCos(y: Float32Array, x: ArrayLike<number>): void {
  byVectors(y, x, sleefCosf);
}

function byVectors(y: Float32Array, x: ArrayLike<number>, lane: (d: number, wide: boolean) => number): void {
  for (let start = 0; start < y.length; start += 8) {
    const end = Math.min(start + 8, y.length);
    const wide = wideVector(x, start, end);
    for (let i = start; i < end; i++) y[i] = lane(f(x[i]), wide);
  }
}
