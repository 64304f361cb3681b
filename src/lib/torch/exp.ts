/**
 * `torch.exp` on a float32 tensor as PyTorch 1.13's CPU kernel (AVX2 build) computes it: every
 * element, the tail included (vml's vec::map loads it as a partial vector), goes through SLEEF's
 * Sleef_expf8_u10 (≤ 1 ulp, not always correctly rounded, so Math.exp differs now and then).
 * Reproducing SLEEF's polynomial makes the lecture's v = exp(u)/(1+exp(u)) PyTorch's v bit for bit.
 */
import { fmaFloat32 } from './float32';

const f32 = Math.fround;
const R_LN2 = f32(1.442695040888963407359924681001892137426645954152985934135449406931);
const L2U = f32(0.693145751953125);
const L2L = f32(1.428606765330187045e-6);
const COEFFICIENTS = [
  0.00139304355252534151077271, 0.00833336077630519866943359, 0.0416664853692054748535156,
  0.166666671633720397949219, 0.5,
].map(f32);
const FIRST_COEFFICIENT = f32(0.000198527617612853646278381);

/** Round half to even, as vcvtps2dq in the default rounding mode. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** SLEEF 3.x xexpf (u10) with fused multiply–adds, for one float32 lane. */
export function sleefExpf(d: number): number {
  const q = roundHalfEven(f32(d * R_LN2));
  let s = fmaFloat32(q, -L2U, d);
  s = fmaFloat32(q, -L2L, s);
  let u = FIRST_COEFFICIENT;
  for (let k = 0; k < COEFFICIENTS.length; k++) u = fmaFloat32(u, s, COEFFICIENTS[k]);
  u = f32(1 + fmaFloat32(f32(s * s), u, s));
  // ldexp2kf: scale by 2^q in two halves so neither factor overflows
  const half = q >> 1;
  u = f32(f32(u * 2 ** half) * 2 ** (q - half));
  if (d < -104) return 0;
  if (d > 100) return Infinity;
  return u;
}

/** torch.exp(x) for a float32 tensor, element by element through SLEEF's expf. */
export function exp(x: Float32Array): Float32Array {
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = sleefExpf(x[i]);
  return out;
}
