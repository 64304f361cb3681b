/**
 * The two bit-level helpers glibc's IBM routines (s_sin.c, s_atan.c, e_atan2.c, e_asin.c) lean on:
 * C's copysign and the top 32-bit word of a double with its sign cleared (the `k` their range
 * tests compare against hex constants).
 */

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

/** C's copysign: |magnitude| with sign's sign bit (−0 counts as negative). */
export function copysign(magnitude: number, sign: number): number {
  const m = Math.abs(magnitude);
  return sign < 0 || Object.is(sign, -0) ? -m : m;
}

/** x's top word (sign, exponent, 20 bits of mantissa) with the sign cleared. */
export function absTopWord(x: number): number {
  word[0] = x;
  return halves[1] & 0x7fffffff;
}
