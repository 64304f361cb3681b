/**
 * atan2(y, x) for doubles as glibc 2.36 computes it on an x86-64 with FMA (__ieee754_atan2_fma,
 * the variant the ifunc picks there; CPython's math.atan2 calls it for finite non-zero y): IBM's
 * sysdeps/ieee754/dbl-64/e_atan2.c, since 2.34 without its multi-precision slow paths. u is the
 * smaller of |y|/|x| and |x|/|y| with its rounding error du (an fma gives it exactly); atan u is
 * atan's Taylor polynomial below 1/16 and atan's table (uatan.tbl) beyond, then shifted by π/2 or
 * π as the quadrant asks. The fused multiply-adds are the ones gcc 12 contracted in
 * e_atan2-fma.c (-mfma -mavx2, its tree dump); scripts/libm-check.py compares this port with libm.
 */
import { CIJ, row, taylor } from './glibc-atan';
import { fma } from './fma';
import { copysign } from './ieee754';

// atnat2.h's constants: π and π/2 with their low parts, the quarter turns, 1/16, 2^±500.
const OPI = 3.141592653589793;
const OPI1 = 1.2246467991473532e-16;
const HPI = 1.5707963267948966;
const HPI1 = 6.123233995736766e-17;
const QPI = 0.7853981633974483;
const TQPI = 2.356194490192345;
const INV16 = 0.0625;
const TWO500 = 2 ** 500;
const TWOM500 = 2 ** -500;
/** 57·16^5: an exponent difference beyond which u underflows below atan's first term. */
const EP = 59768832;

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

/** c2 + v·(c3 + … + v·c6) of the row. */
function tablePolynomial(i: number, v: number): number {
  return fma(fma(fma(fma(CIJ[i + 6], v, CIJ[i + 5]), v, CIJ[i + 4]), v, CIJ[i + 3]), v, CIJ[i + 2]);
}

/** Cases (ii) and (iv): turn + low − atan(u + du), turn = π/2 or π with its low part. */
function turnMinusAtan(turn: number, low: number, u: number, du: number): number {
  if (u < INV16) {
    const v = u * u;
    const zz = u * v * taylor(v);
    const t2 = turn - u; // ESUB(turn, u, t2, cor)
    const cor = Math.abs(u) < turn ? turn - t2 - u : turn - (u + t2);
    return t2 + (low + cor - du - zz);
  }
  const i = row(u);
  const v = u - CIJ[i] + du;
  return fma(-tablePolynomial(i, v), v, low) + (turn - CIJ[i + 1]);
}

/** glibc's atan2(y, x) (e_atan2.c:59). */
export function glibcAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  word[0] = x;
  const ux = halves[1] | 0;
  word[0] = y;
  const uy = halves[1] | 0;
  if (y === 0) return Object.is(x, -0) || x < 0 ? copysign(OPI, y) : y;
  if (x === 0) return copysign(HPI, y);
  if (x === Infinity) return y === Infinity ? QPI : y === -Infinity ? -QPI : copysign(0, y);
  if (x === -Infinity) return y === Infinity ? TQPI : y === -Infinity ? -TQPI : copysign(OPI, y);
  if (y === Infinity || y === -Infinity) return copysign(HPI, y);

  let ax = x < 0 ? -x : x;
  let ay = y < 0 ? -y : y;
  const de = (uy & 0x7ff00000) - (ux & 0x7ff00000);
  if (de >= EP) return y > 0 ? HPI : -HPI;
  if (de <= -EP) return x > 0 ? copysign(ay / ax, y) : y > 0 ? OPI : -OPI;
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  // u + du = the smaller ratio to double length (EMULV: the product's error by an fma)
  const [num, den] = ay < ax ? [ay, ax] : [ax, ay];
  const u = num / den;
  const p = den * u;
  const du = (num - p - fma(den, u, -p)) / den;
  let z: number;
  if (x > 0 && ay < ax) {
    // (i) atan(ay/ax)
    if (u < INV16) {
      z = u + fma(u * (u * u), taylor(u * u), du);
    } else {
      const i = row(u);
      const t3 = u - CIJ[i];
      // EADD(t3, du, v, dv)
      const v = du + t3;
      const dv = Math.abs(t3) > Math.abs(du) ? t3 - v + du : du - v + t3;
      const t2 = CIJ[i + 2];
      const tail = v * v * fma(fma(fma(CIJ[i + 6], v, CIJ[i + 5]), v, CIJ[i + 4]), v, CIJ[i + 3]);
      z = CIJ[i + 1] + fma(v, t2, fma(dv, t2, tail));
    }
  } else if (x > 0) {
    z = turnMinusAtan(HPI, HPI1, u, du); // (ii) π/2 − atan(ax/ay)
  } else if (ax < ay) {
    // (iii) π/2 + atan(ax/ay)
    if (u < INV16) {
      const v = u * u;
      const zz = v * u * taylor(v);
      const t2 = u + HPI; // EADD(hpi, u, t2, cor)
      const cor = Math.abs(u) < HPI ? HPI - t2 + u : u - t2 + HPI;
      z = t2 + (HPI1 + cor + du + zz);
    } else {
      const i = row(u);
      const v = u - CIJ[i] + du;
      z = fma(tablePolynomial(i, v), v, HPI1) + (CIJ[i + 1] + HPI);
    }
  } else {
    z = turnMinusAtan(OPI, OPI1, u, du); // (iv) π − atan(ay/ax)
  }
  return copysign(z, y);
}
