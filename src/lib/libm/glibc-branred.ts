/**
 * glibc 2.36's __branred (sysdeps/ieee754/dbl-64/branred.c): x = n·π/2 + (a + aa) for the huge
 * arguments of sin, cos (|x| ≥ 105414350) and tan (|x| > 10^8), with 2/π as 75 digits of 24 bits.
 * libm has one copy of it, compiled without -mfma (only s_sin-fma.c and s_tan-fma.c are), so
 * every operation below is a plain double one, as here.
 */

/** 2/π in base 2^24 (branred.h's toverp). */
const TOVERP = [
  10680707, 7228996, 1387004, 2578385, 16069853, 12639074, 9804092, 4427841, 16666979, 11263675, 12935607, 2387514,
  4345298, 14681673, 3074569, 13734428, 16653803, 1880361, 10960616, 8533493, 3062596, 8710556, 7349940, 6258241,
  3772886, 3769171, 3798172, 8675211, 12450088, 3874808, 9961438, 366607, 15675153, 9132554, 7151469, 3571407,
  2607881, 12013382, 4155038, 6285869, 7677882, 13102053, 15825725, 473591, 9065106, 15363067, 6271263, 9264392,
  5636912, 4652155, 7056368, 13614112, 10155062, 1944035, 9527646, 15080200, 6658437, 6231200, 6832269, 16767104,
  5075751, 3212806, 1398474, 7579849, 6349435, 12618859, 4703257, 12806093, 14477321, 2786137, 12875403, 9837734,
  14528324, 13719321, 343717,
];
const TM600 = 2 ** -600;
const T576 = 2 ** 576;
const TM24 = 2 ** -24;
/** 1.5·2^52: (r + BIG) − BIG rounds r to an integer. */
const BIG = 6755399441055744;
/** 1.5·2^54: rounds to a multiple of 4, what n mod 4 ignores. */
const BIG1 = 27021597764222976;
const SPLIT = 134217729; // 2^27 + 1
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067675399456e-8;

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

/** One half of x (26 bits) times 2/π: the integer part mod 4 in sum, the fraction as b + bb. */
function partial(xPart: number): [sum: number, b: number, bb: number] {
  word[0] = xPart;
  let k = (halves[1] >>> 20) & 2047;
  k = Math.trunc((k - 450) / 24); // C's int division
  if (k < 0) k = 0;
  word[0] = T576;
  halves[1] -= (k * 24) << 20;
  let gor = word[0];
  const r = new Array<number>(6);
  for (let i = 0; i < 6; i++) {
    r[i] = xPart * TOVERP[k + i] * gor;
    gor *= TM24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = r[i] + BIG - BIG;
    sum += s;
    r[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i];
  let bb = r[0] - t + r[1] + r[2] + r[3] + r[4] + r[5];
  let s = t + BIG - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + BIG1 - BIG1;
  sum -= s;
  return [sum, b, bb];
}

/** __branred(x, &a, &aa): returns n mod 4 and [a, aa] with x = n·π/2 + a + aa, |a + aa| ≤ π/4. */
export function branred(xIn: number): [n: number, a: number, aa: number] {
  const x = xIn * TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const [sum1, b1, bb1] = partial(x1);
  const [sum2, b2, bb2] = partial(x2);
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1;
    sum += 1;
  } else if (b < -0.5) {
    b += 1;
    sum -= 1;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = t1 * MP1 - b + t1 * MP2 + t2 * MP1 + (t2 * MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = b - s + bb;
  return [sum & 3, s, t];
}
