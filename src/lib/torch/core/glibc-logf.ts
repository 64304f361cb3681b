/**
 * logf as glibc 2.36 computes it on an x86-64 with FMA (Debian; the e_logf-fma variant of ARM's
 * optimized-routines logf): a 16-entry table of 1/c and log(c), a cubic in double with fused
 * multiply-adds, rounded once to float. PyTorch's scalar kernels call it through std::log: the
 * log of a softmax row's sum (log_softmax, cross entropy) and BCELoss's log(x) and log(1 − x).
 * It is not correctly rounded (0.82 ulp at worst), so Math.log differs from it now and then;
 * this port matched glibc's logf on 300 000 inputs (golden `logf-bits`).
 */
import { fmaBeforeFloat32 as fma } from '../../libm/fma';

/** { invc, logc } for z in the i-th subinterval of [OFF, 2·OFF] (also the SIMD engine's table: simd/kernels.ts#logf). */
export const INVC = [
  1.398907162146528, 1.3403141896637998, 1.286432210124115, 1.2367150214269895, 1.1906977166711752, 1.1479821020556429,
  1.1082251448272158, 1.0711297413057381, 1.036437278977283, 1, 0.9492859795739057, 0.8951049428609004,
  0.8476821620351103, 0.8050314851692001, 0.7664671008843108, 0.731428603316328,
];
export const LOGC = [
  -0.33569133332882284, -0.2929040563774074, -0.2518726580937369, -0.21245868807117255, -0.17453945183745634,
  -0.1380057072319758, -0.10275976698545139, -0.06871392447020525, -0.0357891387398228, 0, 0.05204517742929496,
  0.11081431298787942, 0.1652495223695143, 0.21687389031699977, 0.2659635028121397, 0.3127556664073557,
];
export const LN2 = 0.6931471805599453;
export const A0 = -0.25089342214237154;
export const A1 = 0.333456765744066;
export const A2 = -0.4999997485802103;
export const OFF = 0x3f330000;

const bits = new Float32Array(1);
const word = new Uint32Array(bits.buffer);

/** glibc's logf for a float32 x. */
export function glibcLogf(x: number): number {
  bits[0] = x;
  let ix = word[0];
  if (ix === 0x3f800000) return 0;
  if ((ix - 0x00800000) >>> 0 >= 0x7f800000 - 0x00800000) {
    if ((ix & 0x7fffffff) === 0) return -Infinity;
    if (ix === 0x7f800000) return Infinity;
    if (ix & 0x80000000 || (ix & 0x7fffffff) > 0x7f800000) return NaN;
    bits[0] = x * 2 ** 23; // subnormal: normalize
    ix = word[0] - (23 << 23);
  }
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> (23 - 4)) & 15;
  const k = (tmp | 0) >> 23;
  word[0] = ix - (tmp & (0x1ff << 23));
  const z = bits[0];
  const r = fma(z, INVC[i], -1);
  const y0 = fma(k, LN2, LOGC[i]);
  const r2 = r * r;
  let y = fma(A1, r, A2);
  y = fma(A0, r2, y);
  y = fma(y, r2, y0 + r);
  return Math.fround(y);
}

/** Whether glibc's logf takes its main path for these float32 bits (not zero, negative, infinite, NaN or subnormal). */
export function normalLogfInput(ix: number): boolean {
  return (ix - 0x00800000) >>> 0 < 0x7f800000 - 0x00800000;
}
