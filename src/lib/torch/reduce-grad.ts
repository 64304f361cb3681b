// Gradients of broadcast inputs: sum the output gradient over the dims that
// broadcasting expanded, back to the input's shape.
import { numel, sameShape, stridesOf, type Shape } from './shape';

export function sumToShape(g: Float32Array, outShape: Shape, inShape: Shape): Float32Array {
  if (sameShape(outShape, inShape)) return g;
  const n = numel(inShape);
  if (n === 1) return new Float32Array([sumAll(g)]);
  // Accumulate in float64 and round once, as PyTorch's pairwise sums land.
  const acc = new Float64Array(n);
  const offset = outShape.length - inShape.length;
  const inStrides = stridesOf(inShape);
  const strides = outShape.map((_, i) => {
    const k = i - offset;
    return k < 0 || inShape[k] === 1 ? 0 : inStrides[k];
  });
  const counter = new Array<number>(outShape.length).fill(0);
  let pos = 0;
  for (let flat = 0; flat < g.length; flat++) {
    acc[pos] += g[flat];
    for (let d = outShape.length - 1; d >= 0; d--) {
      counter[d]++;
      pos += strides[d];
      if (counter[d] < outShape[d]) break;
      pos -= strides[d] * counter[d];
      counter[d] = 0;
    }
  }
  return Float32Array.from(acc);
}

/** Float32 sum of all elements, accumulated in float64 and rounded once. */
export function sumAll(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return Math.fround(s);
}
