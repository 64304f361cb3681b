/**
 * sin and cos of float32 arrays as numpy 1.24 computes them with FMA3/AVX-512F
 * (numpy/core/src/umath/loops_trigonometric.dispatch.c.src, simd_sincos_f32): x − q·π/2 by
 * Cody and Waite's three FMAs (q = x·2/π rounded; gcc fuses that multiply with the rounding
 * add), then a sine or cosine polynomial in float32 FMAs chosen and signed by q's quadrant.
 * Beyond |x| = 117435.992 (sin) or 71476.0625 (cos) numpy calls glibc's sinf/cosf, which is not
 * ported: those return null. scripts/libm-check.py compares with numpy.
 */
import { fmaFloat32 as fma } from '../../../../libm/fma';

const f = Math.fround;
const TWO_OVER_PI = 0.6366197466850281;
const MAGIC = 12582912; // 1.5·2^23
const PIO2_HIGH = -1.570796012878418;
const PIO2_MED = -3.1391647326017846e-7;
const PIO2_LOW = -5.390302529957765e-15;
const COS = [2.4372266125283204e-5, -0.001388652017340064, 0.04166661947965622, -0.5, 1];
const SIN = [2.8404097065504175e-6, -0.00019856491417158395, 0.008333397097885609, -0.1666666716337204];

/** numpy's float32 sin (cosine = false) or cos of a float32 value; null beyond the Cody–Waite range. */
export function numpySinCosFloat32(x: number, cosine: boolean): number | null {
  if (Number.isNaN(x)) return NaN;
  if (!(Math.abs(x) <= (cosine ? 71476.0625 : 117435.9921875))) return null;
  const q = f(fma(x, TWO_OVER_PI, MAGIC) - MAGIC);
  let r = fma(q, PIO2_HIGH, x);
  r = fma(q, PIO2_MED, r);
  r = fma(q, PIO2_LOW, r);
  const r2 = f(r * r);
  let c = fma(COS[0], r2, COS[1]);
  for (let i = 2; i < 5; i++) c = fma(c, r2, COS[i]);
  let s = fma(SIN[0], r2, SIN[1]);
  for (let i = 2; i < 4; i++) s = fma(s, r2, SIN[i]);
  s = fma(s, r2, 0); // numpy's muladd with +0: sin(−0) keeps its sign through the last FMA
  s = fma(s, r, r);
  const quadrant = q + (cosine ? 1 : 0);
  const v = (quadrant & 1) === 0 ? s : c;
  return (quadrant & 2) === 2 ? 0 - v : v;
}
