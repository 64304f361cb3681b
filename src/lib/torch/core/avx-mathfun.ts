/**
 * The float32 log and sin/cos that PyTorch 1.13's AVX2 normal_fill uses for torch.randn and
 * normal_ of 16 or more values: avx_mathfun.h's log256_ps and sincos256_ps (cephes polynomials),
 * one lane at a time. GCC builds that kernel with FMA and contracts `a*b + c` written with
 * intrinsics into one fused multiply-add; where both operands of an add are products it fuses
 * the earlier one. Those fusions are written out here (fmaFloat32); measured bit-exact against
 * torch.randn for 300 seeds (golden `randn-bits`).
 */
import { fmaFloat32 } from '../../libm/fma';

const f32 = Math.fround;
const bits = new Float32Array(1);
const word = new Uint32Array(bits.buffer);

const LOG_P = [
  7.0376836292e-2, -1.151461031e-1, 1.167699874e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1, 2.0000714765e-1,
  -2.4999993993e-1, 3.3333331174e-1,
].map(f32);
const LOG_Q1 = f32(-2.1219444e-4);
const LOG_Q2 = f32(0.693359375);
const SQRTHF = f32(0.707106781186547524);
const MIN_NORM_POS = 1.1754943508222875e-38; // 0x00800000

/** log256_ps for one lane: NaN for x ≤ 0 (cephes logf in float32). */
export function log256(value: number): number {
  if (!(value > 0)) return NaN;
  bits[0] = Math.max(value, MIN_NORM_POS); // denormals are cut off
  let e = f32(f32((word[0] >>> 23) - 0x7f) + 1);
  word[0] = (word[0] & ~0x7f800000) | 0x3f000000; // the mantissa, as a number in [0.5, 1)
  let x = bits[0];
  const below = x < SQRTHF;
  const tmp = below ? x : 0;
  x = f32(x - 1);
  e = f32(e - (below ? 1 : 0));
  x = f32(x + tmp);
  const z = f32(x * x);
  let y = LOG_P[0];
  for (let i = 1; i < LOG_P.length; i++) y = fmaFloat32(y, x, LOG_P[i]);
  y = f32(y * x);
  y = fmaFloat32(y, z, f32(e * LOG_Q1)); // y·z + e·q1: the y·z product is the fused one
  y = fmaFloat32(-z, 0.5, y); // y − z·0.5
  x = f32(x + y);
  return fmaFloat32(e, LOG_Q2, x);
}

const MINUS_DP = [-0.78515625, -2.4187564849853515625e-4, -3.77489497744594108e-8].map(f32);
const SIN_P = [-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1].map(f32);
const COS_P = [2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2].map(f32);
const FOPI = f32(1.27323954473516); // 4/π

function withSign(value: number, sign: number): number {
  bits[0] = value;
  word[0] ^= sign;
  return bits[0];
}

/** sincos256_ps for one lane: [sin x, cos x] (cephes sinf/cosf in float32, |x| < 8192). */
export function sincos256(value: number): [number, number] {
  bits[0] = value;
  let signSin = word[0] & 0x80000000;
  let x = Math.abs(value);
  let j = Math.trunc(f32(x * FOPI)); // cvttps
  j = (j + 1) & ~1;
  const y = f32(j);
  signSin = (signSin ^ ((j & 4) << 29)) >>> 0;
  const sineFirst = (j & 2) === 0;
  for (const dp of MINUS_DP) x = fmaFloat32(y, dp, x); // x − y·(π/4), in three parts
  const signCos = ((~(j - 2) & 4) << 29) >>> 0;
  const z = f32(x * x);
  let c = fmaFloat32(COS_P[0], z, COS_P[1]);
  c = fmaFloat32(c, z, COS_P[2]);
  c = f32(c * z);
  c = fmaFloat32(c, z, -f32(z * 0.5)); // c·z − z·0.5: the c·z product is the fused one
  c = f32(c + 1);
  let s = fmaFloat32(SIN_P[0], z, SIN_P[1]);
  s = fmaFloat32(s, z, SIN_P[2]);
  s = f32(s * z);
  s = fmaFloat32(s, x, x);
  // both polynomials are computed; each lane picks one for the sine and the other for the cosine
  const sine = sineFirst ? s : c;
  const cosine = sineFirst ? c : s;
  return [withSign(f32(sine + 0), signSin), withSign(f32(cosine + 0), signCos)];
}
