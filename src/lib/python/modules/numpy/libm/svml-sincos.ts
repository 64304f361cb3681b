/**
 * sin and cos of float64 arrays as numpy 1.24 computes them on an AVX-512 (SKX) machine: SVML's
 * __svml_sin8 and __svml_cos8 (numpy links SVML there), ported from the instructions of the
 * shipped library (Debian's numpy 1.24.2): x reduced by n·π in three FMA steps (π as three
 * doubles), an odd polynomial in the remainder, the sign from n's parity. Their last bit differs
 * from Math.sin/Math.cos on more than half of inputs. Beyond |x| = 2^24 (sin) or about 2.6·10^7
 * (cos) SVML switches to a Payne–Hanek reduction that is not ported: those return null.
 * scripts/libm-check.py compares with numpy.
 */
import { fma } from '../../../../libm/fma';

const INV_PI = 0.3183098861837907;
const PI1 = 3.141592653589793;
const PI2 = 1.224646799147353e-16;
const PI3 = 2.165713347843828e-32;
const SHIFTER = 6755399441055744; // 1.5·2^52
const TWO52 = 4503599627370496;
const SIN = [-7.373344533110665e-13, 1.6048095404959637e-10, -2.505188027386288e-8, 2.7557316600552628e-6, -0.00019841269825056256, 0.008333333333285542, -0.16666666666666186];
const COS = [-7.37280909726507e-13, 1.6048055576979365e-10, -2.505187912674299e-8, 2.755731658449074e-6, -0.00019841269824944275, 0.00833333333328519, -0.16666666666666183];

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

/** The odd polynomial r + r³·p(r²) over the reduced argument (r2 is r² before the last π correction). */
function oddPolynomial(c: readonly number[], r2: number, r: number): number {
  let p = fma(c[0], r2, c[1]);
  for (let i = 2; i < 7; i++) p = fma(r2, p, c[i]);
  return fma(r * r2, p, r);
}

/** SVML's sin of a float64; null beyond 2^24 (the reduction not ported). */
export function svmlSin(x: number): number | null {
  if (!(Math.abs(x) <= 16777216)) return Number.isFinite(x) ? null : NaN;
  const t = fma(x, INV_PI, SHIFTER);
  word[0] = t;
  const odd = halves[0] & 1;
  const n = t - SHIFTER;
  let r = fma(-n, PI1, x);
  r = fma(-PI2, n, r);
  const r2 = r * r;
  r = fma(-PI3, n, r);
  const v = oddPolynomial(SIN, r2, r);
  // The sign bit flipped for odd n, and set for x = −0.
  const negate = (odd === 1) !== Object.is(x, -0);
  return negate ? -v : v;
}

/** SVML's cos of a float64; null beyond about 2.6·10^7 (the reduction not ported). */
export function svmlCos(x: number): number | null {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  if (a < 7.450580596923828e-9) return 1; // 2^-27
  // t = 2^52 + ⌊a/π⌋: the FMA rounds toward zero.
  let t = fma(a, INV_PI, TWO52);
  if (fma(a, INV_PI, TWO52 - t) < 0) t -= 1;
  if (!(t <= 4503599635759102)) return Number.isFinite(x) ? null : NaN;
  word[0] = t;
  const odd = halves[0] & 1;
  const n = t - 4503599627370495.5; // ⌊a/π⌋ + 1/2
  let r = fma(n, PI1, -a);
  r = fma(PI2, n, r);
  const r2 = r * r;
  r = fma(PI3, n, r);
  if (odd === 1) r = -r;
  let p = fma(COS[0], r2, COS[1]);
  for (let i = 2; i < 7; i++) p = fma(r2, p, COS[i]);
  return fma(r * r2, p, r);
}
