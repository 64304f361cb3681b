// Float32 values as the 8 hex digits of their IEEE bits ('3f800000' = 1): how the golden
// fixtures from PyTorch store numbers, so that comparisons can be bit-exact.

/** Float32 bit patterns → values. */
export function float32FromHex(hexes: readonly string[]): Float32Array {
  const bits = Uint32Array.from(hexes, (h) => parseInt(h, 16));
  return new Float32Array(bits.buffer);
}

/** Values (rounded to float32) → bit patterns. */
export function float32ToHex(values: ArrayLike<number>): string[] {
  const bits = new Uint32Array(Float32Array.from(values).buffer);
  return Array.from(bits, (b) => b.toString(16).padStart(8, '0'));
}
