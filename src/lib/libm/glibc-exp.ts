/**
 * exp(x) for doubles as glibc 2.36 computes it on an x86-64 with FMA (__exp_fma, the variant its
 * ifunc picks there; CPython's math.exp calls it): ARM's optimized-routines exp, 2^(k/128)·exp(r)
 * with a table of 2^(j/128) and a degree-5 polynomial. It is not correctly rounded (0.51 ulp), so
 * V8's Math.exp differs from it on ~10 % of inputs. The fused multiply-adds are where gcc
 * contracted a·b + c in the compiled routine. `expInline` is shared with glibc-pow.ts (pow's
 * last step is the same exp of y·log x, with a tail and a sign).
 */
import { fma } from './fma';

// __exp_data's table and polynomial, read from Debian's libm.so.6 (optimized-routines' exp_data.c, N = 128).
/** tail_k = 2^(k/N) − H_k as a double (tab[2k]). */
const TAIL = [
  0.0, 9.447885451727066e-17, -1.507066976926039e-17, -5.679155082825012e-17,
  4.9997448722726326e-17, -4.823683599994895e-17, 7.357846871247418e-18, 5.773230223741951e-17,
  8.189317638195515e-17, 5.326891139980878e-17, 1.6665881442326747e-18, -1.128113245461828e-17,
  -7.402825309426177e-17, -3.578659767309563e-18, -6.170654745608695e-17, 2.919139999949279e-17,
  -2.7939114859515733e-17, -5.399285355184285e-17, 4.776959425256223e-17, -7.927701432338473e-17,
  9.341710609905046e-17, -5.534520675707472e-17, 4.585670326662351e-17, 2.8582430411116143e-17,
  7.826573258636076e-17, 4.053626906769216e-17, 2.823784425951061e-17, -7.882802262487991e-17,
  3.2904726646008416e-17, -1.5792094703347882e-18, 4.721368121170128e-17, 1.3045277096919659e-17,
  3.3484623336251524e-17, 3.8611199774925664e-17, 5.527550048505249e-17, -3.927184172445234e-17,
  -6.346552106729483e-17, -8.684417614865944e-17, -1.5456342819397733e-17, -8.70763476495455e-17,
  3.750854201303127e-17, -6.616854503526488e-17, -5.346099009198751e-18, -2.443726321015018e-17,
  2.1023049675215714e-18, 7.771067937501065e-17, 1.3357510088834541e-17, 6.938291696959204e-17,
  1.9572585293112036e-17, 6.632256961675804e-17, -5.478069123926778e-17, -4.140839310392624e-17,
  -2.1571477251208752e-17, -3.8287766552120535e-17, 6.663804589232195e-17, 2.3936187400285282e-17,
  5.68648095791174e-17, 1.1264523354521684e-18, 7.007875046906994e-17, -5.0119214278381254e-17,
  -4.8923067513522756e-17, -3.5260089953269434e-17, -6.872303720902018e-17, 5.001446664133532e-18,
  -6.835808657661922e-17, -1.1307344092910212e-17, -8.416011634717156e-18, -2.9247977035436566e-17,
  -2.092304381843353e-17, -3.9778645875427124e-17, -3.833464968654295e-17, 5.763611164480894e-17,
  -2.3591094770850053e-17, 7.260074661098575e-17, 9.50689710108796e-18, -4.272956133839906e-17,
  -6.735219232374683e-17, -2.8396044410430936e-17, -7.226635472101257e-17, 5.786121003395918e-17,
  5.1548301170786783e-17, -9.416257568878152e-18, 2.4253985766689806e-17, -6.604314051707707e-17,
  -6.432131775424189e-18, -1.2204007601863921e-17, -6.336161863401293e-17, -3.7800879246373815e-17,
  1.5341410053603723e-17, 1.2932855580427452e-17, -4.123367330661149e-17, 4.703083974463456e-17,
  -6.152602891550265e-17, 5.827849326195279e-17, 3.540948262646183e-17, -3.2741571320938764e-17,
  4.875160526227062e-17, -5.718569790077838e-17, -4.719539664590972e-18, -5.773451958805706e-17,
  -1.0772487078934056e-17, -6.221808618533911e-17, 1.821405440362259e-17, -6.155536546227639e-17,
  1.685487290628973e-17, 5.3581249177694816e-17, 3.621615935336894e-17, 8.588379527574144e-18,
  1.01562190116415e-17, -2.869134889187244e-17, -5.495118966122005e-17, -5.56965572431627e-17,
  1.790126907604513e-17, -3.2211766346200164e-17, 5.265370768556274e-17, 3.5089866402403033e-17,
  -3.266924100901318e-17, -4.3657593008079375e-17, 1.7963932659833022e-17, 3.4300925275214166e-17,
  -5.545065618639427e-17, -5.149009745457733e-17, 5.336805878514151e-17, 3.498978661192973e-17,
  4.5784915277060095e-17, -5.241934575393899e-17, 2.0414278897578303e-17, 4.124842848606488e-18,
];
/** tab[2k + 1] = bits(H_k) − (k << 45): high words. */
const SCALE_HIGH = [
  0x3ff00000, 0x3feff63d, 0x3fefec9a, 0x3fefe315, 0x3fefd9b0, 0x3fefd06b, 0x3fefc745, 0x3fefbe3e,
  0x3fefb558, 0x3fefac92, 0x3fefa3ec, 0x3fef9b66, 0x3fef9301, 0x3fef8abd, 0x3fef829a, 0x3fef7a98,
  0x3fef72b8, 0x3fef6af9, 0x3fef635b, 0x3fef5be0, 0x3fef5487, 0x3fef4d50, 0x3fef463b, 0x3fef3f49,
  0x3fef387a, 0x3fef31ce, 0x3fef2b45, 0x3fef24df, 0x3fef1e9d, 0x3fef187f, 0x3fef1285, 0x3fef0caf,
  0x3fef06fe, 0x3fef0170, 0x3feefc08, 0x3feef6c5, 0x3feef1a7, 0x3feeecae, 0x3feee7db, 0x3feee32d,
  0x3feedea6, 0x3feeda45, 0x3feed60a, 0x3feed1f5, 0x3feece08, 0x3feeca41, 0x3feec6a2, 0x3feec32a,
  0x3feebfda, 0x3feebcb2, 0x3feeb9b2, 0x3feeb6da, 0x3feeb42b, 0x3feeb1a4, 0x3feeaf47, 0x3feead12,
  0x3feeab07, 0x3feea926, 0x3feea76f, 0x3feea5e1, 0x3feea47e, 0x3feea346, 0x3feea238, 0x3feea155,
  0x3feea09e, 0x3feea012, 0x3fee9fb2, 0x3fee9f7d, 0x3fee9f75, 0x3fee9f9a, 0x3fee9feb, 0x3feea069,
  0x3feea114, 0x3feea1ed, 0x3feea2f3, 0x3feea427, 0x3feea589, 0x3feea71a, 0x3feea8d9, 0x3feeaac7,
  0x3feeace5, 0x3feeaf32, 0x3feeb1ae, 0x3feeb45b, 0x3feeb737, 0x3feeba44, 0x3feebd82, 0x3feec0f1,
  0x3feec491, 0x3feec863, 0x3feecc66, 0x3feed09b, 0x3feed503, 0x3feed99e, 0x3feede6b, 0x3feee36b,
  0x3feee89f, 0x3feeee07, 0x3feef3a2, 0x3feef972, 0x3feeff76, 0x3fef05b0, 0x3fef0c1e, 0x3fef12c2,
  0x3fef199b, 0x3fef20ab, 0x3fef27f1, 0x3fef2f6d, 0x3fef3720, 0x3fef3f0b, 0x3fef472d, 0x3fef4f87,
  0x3fef5818, 0x3fef60e3, 0x3fef69e6, 0x3fef7321, 0x3fef7c97, 0x3fef8646, 0x3fef902e, 0x3fef9a51,
  0x3fefa4af, 0x3fefaf48, 0x3fefba1b, 0x3fefc52b, 0x3fefd076, 0x3fefdbfd, 0x3fefe7c1, 0x3feff3c2,
];
/** ... and low words. */
const SCALE_LOW = [
  0x00000000, 0xa9fb3335, 0x3e778061, 0xe86e7f85, 0xd3158574, 0x29ddf6de, 0x18759bc8, 0xcac6f383,
  0x6cf9890f, 0x2b7247f7, 0x32d3d1a2, 0xaffed31b, 0xd0125b51, 0xc06c31cc, 0xaea92de0, 0xc8a58e51,
  0x3c7d517b, 0x388c8dea, 0xeb6fcb75, 0x84045cd4, 0x3168b9aa, 0x22fcd91d, 0x88628cd6, 0x917ddc96,
  0x6e756238, 0x4fb2a63f, 0x65e27cdd, 0xe1f56381, 0xf51fdee1, 0xd0dad990, 0xa6e4030b, 0xa93e2f56,
  0x0a31b715, 0xfc4cd831, 0xb26416ff, 0x5f929ff1, 0x373aa9cb, 0x6d05d866, 0x34e59ff7, 0xc313a8e5,
  0x4c123422, 0x04ac801c, 0x21f72e2a, 0xd950a897, 0x6061892d, 0xed1d0057, 0xb5c13cd0, 0xf0d7d3de,
  0xd5362a27, 0x99fddd0d, 0x769d2ca7, 0xa2cf6642, 0x569d4f82, 0xca5d920f, 0x36b527da, 0xd497c7fd,
  0xdd485429, 0x8a5946b7, 0x15ad2148, 0xb976dc09, 0xb03a5585, 0x34ccc320, 0x82552225, 0xd44ca973,
  0x667f3bcd, 0x750bdabf, 0x3c651a2f, 0xf9519484, 0xe8ec5f74, 0x48a58174, 0x564267c9, 0x4fde5d3f,
  0x73eb0187, 0x0130c132, 0x36cf4e62, 0x543e1a12, 0x994cce13, 0x4623c7ad, 0x9b4492ed, 0xd98a6699,
  0x422aa0db, 0x16b5448c, 0x99157736, 0x0b91ffc6, 0xb0cdc5e5, 0xcbc8520f, 0x9fde4e50, 0x70ca07ba,
  0x82a3f090, 0x19e32323, 0x7b5de565, 0xec4a2d33, 0xb23e255d, 0x1330b358, 0x5579fdbf, 0xbfd3f37a,
  0x995ad3ad, 0x298db666, 0xb84f15fb, 0x8de5593a, 0xf2fb5e47, 0x30a1064a, 0x904bc1d2, 0x5bd71e09,
  0xdd85529c, 0x5fffd07a, 0x2e57d14b, 0x9406e7b5, 0xdcef9069, 0x555dc3fa, 0x4a07897c, 0x080d89f2,
  0xdcfba487, 0x16c98398, 0x03db3285, 0xf301b460, 0x337b9b5f, 0x14f5a129, 0xe78b3ff6, 0xfbc74c83,
  0xa2a490da, 0x2d8e67f1, 0xee615a27, 0x376bba97, 0x5b6e4540, 0xad9cbe14, 0x819e90d8, 0x2b8f71f1,
];
const POLY = [0.49999999999996786, 0.16666666666665886, 0.0416666808410674, 0.008333335853059549];
const INV_LN2_N = 184.6649652337873; // 128 / ln 2
const NEG_LN2_HI_N = -0.005415212348111709; // −ln 2 / 128, high part
const NEG_LN2_LO_N = -1.2864023111638346e-14;
const SHIFT = 6755399441055744; // 0x1.8p52: adding it rounds to an integer in the low bits
const TWO_1009 = 2 ** 1009;
const TWO_M1022 = 2 ** -1022;

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

function fromWords(high: number, low: number): number {
  halves[1] = high;
  halves[0] = low;
  return word[0];
}

/** The top 12 bits (sign and exponent) of x. */
export function top12(x: number): number {
  word[0] = x;
  return halves[1] >>> 20;
}

/**
 * scale·(1 + tmp) when it may overflow or land among the subnormals: scale's exponent (in
 * high/low) has been computed with k that is too big or small for a double, so it is biased
 * first and the result rounded once in the subnormal range.
 */
function specialCase(tmp: number, high: number, low: number, kiLow: number): number {
  if ((kiLow & 0x80000000) === 0) {
    // k > 0: the exponent of scale may have overflowed by ≤ 460.
    const scale = fromWords((high - (1009 << 20)) >>> 0, low);
    return TWO_1009 * fma(scale, tmp, scale);
  }
  const biased = (high + (1022 << 20)) >>> 0; // scale's sign (pow's) restored from the wrapped exponent
  const scale = fromWords(biased, low);
  // scale·tmp is computed once for y and lo, so gcc fused neither here (unlike the other branches).
  let y = scale + scale * tmp;
  if (Math.abs(y) < 1) {
    // Round y to the right precision before scaling it into the subnormal range (no double rounding).
    const one = y < 0 ? -1 : 1;
    let lo = scale - y + scale * tmp;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = (biased & 0x80000000) !== 0 ? -0 : 0;
  }
  return TWO_M1022 * y;
}

/** sign·exp(x + xtail), |xtail| < 2^-15 (0 for exp itself); pow's flag `negative` makes the result negative. */
export function expInline(x: number, xtail: number, negative: boolean): number {
  let abstop = top12(x) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    // |x| < 2^-54: exp(x) rounds to 1 + x.
    if (abstop < 0x3c9) return negative ? -(1 + x) : 1 + x;
    if (abstop >= 0x409) {
      if (x < 0) return negative ? -0 : 0; // underflow
      return negative ? -Infinity : Infinity; // overflow
    }
    abstop = 0; // 512 ≤ |x| < 1024: the result may overflow or be subnormal
  }
  // x = k·ln2/128 + r with |r| ≤ ln2/256; exp(x) = 2^(k/128)·exp(r).
  const kdShifted = fma(INV_LN2_N, x, SHIFT);
  word[0] = kdShifted;
  const kiLow = halves[0];
  const kd = kdShifted - SHIFT;
  let r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  if (xtail !== 0) r += xtail;
  const idx = kiLow & 127;
  // scale = 2^(k/128) as bits: the table's H_j plus k >> 7 in the exponent (ki << 45), pow's sign in bit 63.
  const high = (SCALE_HIGH[idx] + ((kiLow + (negative ? 0x40000 : 0)) << 13)) >>> 0;
  const low = SCALE_LOW[idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, POLY[3], POLY[2]), fma(r2, fma(r, POLY[1], POLY[0]), TAIL[idx] + r));
  if (abstop === 0) return specialCase(tmp, high, low, kiLow);
  const scale = fromWords(high, low);
  return fma(scale, tmp, scale);
}

/** glibc's exp(x). */
export function glibcExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === -Infinity) return 0;
  if (x === Infinity) return x;
  return expInline(x, 0, false);
}
