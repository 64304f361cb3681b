/**
 * exp and log of float32 arrays as numpy 1.24 computes them on an AVX-512F machine
 * (numpy/core/src/umath/loops_exponent_log.dispatch.c.src: simd_exp_FLOAT and simd_log_FLOAT,
 * used for every float32 exp/log, strided or not): rational approximations in float32 with
 * fused multiply-adds, not correctly rounded (2.5 and 3.8 ulp at worst), so rounding the double
 * result differs from them on about a fifth of inputs. Each step below is one float32
 * operation of the kernel; scripts/libm-check.py compares with numpy.
 */
import { fmaFloat32 as fma } from '../../../../libm/fma';

const f = Math.fround;
const XMAX = 88.72283935546875;
const XMIN = -103.97208404541015625;
const LOG2E = f(1.442695040888963407359924681001892137);
const MAGIC = 12582912; // 1.5·2^23: adding and subtracting it rounds to an integer
const C1 = f(-6.93145752e-1);
const C2 = f(-1.42860677e-6);
const EXP_P = [9.999999999980870924916e-1, 7.257664613233124478488e-1, 2.473615434895520810817e-1, 5.114512081637298353406e-2, 6.757896990527504603057e-3, 5.082762527590693718096e-4].map(f);
const EXP_Q = [1, -2.742335390411667452936e-1, 2.159509375685829852307e-2].map(f);

/** x·2^n for an integer n, rounded once to float32 (vscalefps). */
function scalef(x: number, n: number): number {
  return f(x * 2 ** n);
}

/** numpy's float32 exp (x a float32 value). */
export function numpyExpFloat32(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= XMAX) return Infinity;
  if (x <= XMIN) return 0;
  // x·log2(e) rounded to an integer: gcc fuses the kernel's multiply and the magic add into one FMA.
  const q = f(fma(x, LOG2E, MAGIC) - MAGIC);
  let r = fma(q, C1, x);
  r = fma(q, C2, r);
  r = fma(q, 0, r);
  let num = fma(EXP_P[5], r, EXP_P[4]);
  for (let i = 3; i >= 0; i--) num = fma(num, r, EXP_P[i]);
  const den = fma(fma(EXP_Q[2], r, EXP_Q[1]), r, EXP_Q[0]);
  return scalef(f(num / den), q);
}

const LOG_P = [0, 9.999999999999998702752e-1, 2.112677543073053063722, 1.480000633576506585156, 3.808837741388407920751e-1, 2.589979117907922693523e-2].map(f);
const LOG_Q = [1, 2.612677543073109236779, 2.453006071784736363091, 9.864942958519418960339e-1, 1.546476374983906719538e-1, 5.875095403124574342950e-3].map(f);
const LN2 = f(0.693147180559945309417232121458176568);
const SQRT1_2 = f(0.707106781186547524400844362104849039);

/** numpy's float32 log (x a float32 value). */
export function numpyLogFloat32(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  // getexp + 1 and getmant in [0.5, 1): exact for subnormals too.
  let e = Math.floor(Math.log2(x));
  if (2 ** e > x) e--;
  else if (2 ** (e + 1) <= x) e++;
  let exponent = e + 1;
  let m = x / 2 ** exponent;
  if (m <= SQRT1_2) {
    m += m;
    exponent -= 1;
  }
  m = f(m - 1);
  let num = fma(LOG_P[5], m, LOG_P[4]);
  for (let i = 3; i >= 0; i--) num = fma(num, m, LOG_P[i]);
  let den = fma(LOG_Q[5], m, LOG_Q[4]);
  for (let i = 3; i >= 0; i--) den = fma(den, m, LOG_Q[i]);
  return fma(exponent, LN2, f(num / den));
}
