/**
 * expf, log1pf and powf as glibc 2.36 computes them on x86-64 (Debian): what PyTorch's scalar
 * kernels call through std::exp / std::log1p / std::pow — the n mod 16 tail of a cpu_kernel_vec
 * loop (softplus, sigmoid, elu, pow by a number). expf is ARM's optimized-routines one (the e_expf-fma variant: a 32-entry table
 * of 2^(i/32) and a cubic in double with fused multiply-adds, 0.502 ulp, so Math.exp rounded to
 * float32 differs from it now and then); log1pf is fdlibm's, in float32 without FMAs; powf shares expf's table.
 * All three were checked against the machine's libm on a million inputs each.
 */
import { fmaBeforeFloat32 as fma } from '../../libm/fma';
import { INVC, OFF } from './glibc-logf';

const f = Math.fround;

/** 2^(i/32), i = 0…31 (glibc's __exp2f_data.tab holds them less i·2^47 in their bits). */
const EXP2_TABLE = (() => {
  const words = [
    0x3ff0000000000000n, 0x3fefd9b0d3158574n, 0x3fefb5586cf9890fn, 0x3fef9301d0125b51n, 0x3fef72b83c7d517bn,
    0x3fef54873168b9aan, 0x3fef387a6e756238n, 0x3fef1e9df51fdee1n, 0x3fef06fe0a31b715n, 0x3feef1a7373aa9cbn,
    0x3feedea64c123422n, 0x3feece086061892dn, 0x3feebfdad5362a27n, 0x3feeb42b569d4f82n, 0x3feeab07dd485429n,
    0x3feea47eb03a5585n, 0x3feea09e667f3bcdn, 0x3fee9f75e8ec5f74n, 0x3feea11473eb0187n, 0x3feea589994cce13n,
    0x3feeace5422aa0dbn, 0x3feeb737b0cdc5e5n, 0x3feec49182a3f090n, 0x3feed503b23e255dn, 0x3feee89f995ad3adn,
    0x3feeff76f2fb5e47n, 0x3fef199bdd85529cn, 0x3fef3720dcef9069n, 0x3fef5818dcfba487n, 0x3fef7c97337b9b5fn,
    0x3fefa4afa2a490dan, 0x3fefd0765b6e4540n,
  ];
  return new Float64Array(BigUint64Array.from(words, (w, i) => w + (BigInt(i) << 47n)).buffer);
})();
const INV_LN2_32 = 1.4426950408889634 * 32;
const P0 = 0.05550361559341535 / 32 / 32 / 32; // the cubic of 2^(r/32), r ∈ [−1/2, 1/2]
const P1 = 0.2402284522445722 / 32 / 32;
const P2 = 0.6931471806916203 / 32;
const ROUNDER = 6755399441055744; // 1.5·2^52: z + it − it is z rounded half to even

/** glibc's expf for a float32 x. */
export function glibcExpf(x: number): number {
  if (!(Math.abs(x) < 88)) {
    if (x === -Infinity) return 0;
    if (!(Math.abs(x) < Infinity)) return x + x;
    if (x > 88.72283172607422) return Infinity;
    if (x < -103.97207641601562) return 0;
  }
  const z = INV_LN2_32 * x;
  const kd = z + ROUNDER - ROUNDER;
  const r = z - kd;
  const s = EXP2_TABLE[kd & 31] * 2 ** (kd >> 5); // exact: 2^(k/32)
  const p = fma(P0, r, P1);
  const r2 = r * r;
  let y = fma(P2, r, 1);
  y = fma(p, r2, y);
  return f(y * s);
}

const LN2_HI = f(6.9313812256e-1);
const LN2_LO = f(9.0580006145e-6);
const LP = [6.6666668653e-1, 4.0000000596e-1, 2.8571429849e-1, 2.2222198546e-1, 1.8183572590e-1, 1.5313838422e-1, 1.4798198640e-1].map(f);
const TWO_THIRDS = f(0.66666666666666666);
const bits = new Float32Array(1);
const word = new Int32Array(bits.buffer);

/** glibc's log1pf (fdlibm's, every step in float32) for a float32 x. */
export function glibcLog1pf(x: number): number {
  bits[0] = x;
  const hx = word[0];
  const ax = hx & 0x7fffffff;
  let k = 1;
  let fr = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3ed413d7) {
    // x < 0.41422
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x31000000) return ax < 0x24800000 ? x : f(x - f(f(x * x) * 0.5)); // |x| < 2^-29
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      k = 0; // −0.2929 < x < 0.41422
      fr = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f(1 + x);
      bits[0] = u;
      hu = word[0];
      k = (hu >> 23) - 127;
      c = k > 0 ? f(1 - f(u - x)) : f(x - f(u - 1)); // correction term
      c = f(c / u);
    } else {
      u = x;
      hu = hx;
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      word[0] = hu | 0x3f800000; // u normalized
    } else {
      k += 1;
      word[0] = hu | 0x3f000000; // u/2 normalized
      hu = (0x00800000 - hu) >> 2;
    }
    fr = f(bits[0] - 1);
  }
  const hfsq = f(f(0.5 * fr) * fr);
  if (hu === 0) {
    // |f| < 2^-20
    if (fr === 0) return k === 0 ? 0 : f(f(k * LN2_HI) + f(c + f(k * LN2_LO)));
    const R = f(hfsq * f(1 - f(TWO_THIRDS * fr)));
    return k === 0 ? f(fr - R) : f(f(k * LN2_HI) - f(f(R - f(f(k * LN2_LO) + c)) - fr));
  }
  const s = f(fr / f(2 + fr));
  const z = f(s * s);
  let R = LP[6];
  for (let i = 5; i >= 0; i--) R = f(LP[i] + f(z * R));
  R = f(z * R);
  if (k === 0) return f(fr - f(hfsq - f(s * f(hfsq + R))));
  return f(f(k * LN2_HI) - f(f(hfsq - f(f(s * f(hfsq + R)) + f(f(k * LN2_LO) + c))) - fr));
}

const LOG2_LOGC = [
  -0.48430022186289673, -0.42257122959194704, -0.3633754347673556, -0.30651309567405577, -0.25180720160537634,
  -0.19910014943794563, -0.14825100623281615, -0.09913323807318392, -0.051632812977629436, 0, 0.07508531937943004,
  0.15987125980713107, 0.2384046664317681, 0.31288288605863257, 0.38370422656453185, 0.451211048935815,
];
const LOG2_POLY = [0.288457581109214, -0.36092606229713164, 0.480898481472577, -0.7213474675006291, 1.4426950408774342];
const EXP2_C0 = 0.05550361559341535;
const EXP2_C1 = 0.2402284522445722;
const EXP2_C2 = 0.6931471806916203;
/** 1.5·2^52/32: adding it rounds to a multiple of 1/32. */
const SHIFT_32 = 211106232532992;

/** 0 if iy's float is not an integer, 1 if an odd one, 2 if even (iy: a finite non-zero float's bits). */
function checkint(iy: number): number {
  const e = (iy >>> 23) & 0xff;
  if (e < 0x7f) return 0;
  if (e > 0x7f + 23) return 2;
  if (iy & ((1 << (0x7f + 23 - e)) - 1)) return 0;
  return iy & (1 << (0x7f + 23 - e)) ? 1 : 2;
}

/** Whether a float's bits are ±0, ±inf or NaN. */
const zeroInfNan = (i: number): boolean => ((2 * i - 1) >>> 0) >= 0xfeffffff;

/**
 * glibc's powf for float32 x, y (ARM's optimized routines, the e_powf-fma variant): log2(x) in
 * double from a 16-entry table and a quintic, times y, then exp2 from expf's table; what
 * std::pow(float, float) returns in the tail of torch.pow's loop.
 */
export function glibcPowf(x: number, y: number): number {
  bits[0] = x;
  let ix = word[0] >>> 0;
  bits[0] = y;
  const iy = word[0] >>> 0;
  let negative = false;
  if (((ix - 0x00800000) >>> 0) >= 0x7f800000 - 0x00800000 || zeroInfNan(iy)) {
    if (zeroInfNan(iy)) {
      if (((2 * iy) >>> 0) === 0) return 1;
      if (ix === 0x3f800000) return 1;
      if (((2 * ix) >>> 0) > 0xff000000 || ((2 * iy) >>> 0) > 0xff000000) return x + y;
      if (((2 * ix) >>> 0) === 0x7f000000) return 1;
      if (((2 * ix) >>> 0 < 0x7f000000) === !(iy & 0x80000000)) return 0; // |x| < 1 && y = inf, or |x| > 1 && y = −inf
      return y * y;
    }
    if (zeroInfNan(ix)) {
      let x2 = f(x * x);
      if (ix & 0x80000000 && checkint(iy) === 1) x2 = -x2;
      return iy & 0x80000000 ? f(1 / x2) : x2;
    }
    if (ix & 0x80000000) {
      const yint = checkint(iy);
      if (yint === 0) return NaN;
      negative = yint === 1;
      ix &= 0x7fffffff;
    }
    if (ix < 0x00800000) {
      bits[0] = x * 8388608; // subnormal: normalized, its exponent now negative
      ix = ((word[0] & 0x7fffffff) - (23 << 23)) >>> 0;
    }
  }
  // log2(x) = log1p(z/c − 1)/ln 2 + log2(c) + k, z in [OFF, 2·OFF]
  const tmp = (ix - OFF) | 0;
  const i = (tmp >>> 19) & 15;
  const top = tmp & 0xff800000;
  word[0] = (ix - top) | 0;
  const z = bits[0];
  const r = fma(z, INVC[i], -1);
  const y0 = LOG2_LOGC[i] + (top >> 23);
  const r2 = r * r;
  const a = fma(LOG2_POLY[0], r, LOG2_POLY[1]);
  const p = fma(LOG2_POLY[2], r, LOG2_POLY[3]);
  const r4 = r2 * r2;
  let q = fma(LOG2_POLY[4], r, y0);
  q = fma(p, r2, q);
  const ylogx = y * fma(a, r4, q);
  if (!(Math.abs(ylogx) < 126)) {
    if (ylogx > 127.99999995700433) return negative ? -Infinity : Infinity;
    if (ylogx <= -150) return negative ? -0 : 0;
  }
  // exp2(ylogx) = 2^(k/32)·2^r
  const kd = ylogx + SHIFT_32 - SHIFT_32;
  const k = kd * 32;
  const rr = ylogx - kd;
  const s = EXP2_TABLE[k & 31] * 2 ** (k >> 5);
  const c = fma(EXP2_C0, rr, EXP2_C1);
  let v = fma(EXP2_C2, rr, 1);
  v = fma(c, rr * rr, v);
  return f(v * (negative ? -s : s));
}
