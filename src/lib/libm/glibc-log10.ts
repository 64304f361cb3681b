/**
 * log10(x) for doubles as glibc 2.36 computes it (CPython's math.log10 calls it): fdlibm's
 * e_log10.c, x = 2^k·m with m in [1, 2) (or [0.5, 1) for k < 0), and
 * k·log10(2) + log(m)/ln(10) with log10(2) in two parts and glibc's own log (glibc-log.ts).
 * No FMAs: the file is not built per CPU. V8's Math.log10 differs from it on ~3 % of inputs in (0, 10).
 */
import { glibcLog } from './glibc-log';

const TWO54 = 18014398509481984;
const IVLN10 = 0.4342944819032518; // 0x3FDBCB7B1526E50E
const LOG10_2HI = 0.30102999566361177; // 0x3FD34413509F6000
const LOG10_2LO = 3.694239077158931e-13; // 0x3D59FEF311F12B36

const word = new Float64Array(1);
const halves = new Int32Array(word.buffer);

/** glibc's log10(x). */
export function glibcLog10(x: number): number {
  word[0] = x;
  let hx = halves[1];
  let k = 0;
  if (hx < 0x00100000) {
    if (x === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    word[0] = x * TWO54; // a subnormal: scaled up
    hx = halves[1];
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  halves[1] = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * glibcLog(word[0]);
  return z + y * LOG10_2HI;
}
