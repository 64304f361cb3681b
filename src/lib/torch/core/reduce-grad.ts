// Gradients of broadcast inputs: sum the output gradient over the dims that
// broadcasting expanded, back to the input's shape.
import { BroadcastWalk, numel, sameShape, type Shape } from './shape';

export function sumToShape(g: Float32Array, outShape: Shape, inShape: Shape): Float32Array {
  if (sameShape(outShape, inShape)) return g;
  const n = numel(inShape);
  if (n === 1) return new Float32Array([sumAll(g)]);
  // Accumulate in float64 and round once, as PyTorch's pairwise sums land. The output walks
  // in flat order, so each input element's sum adds its terms in the same order as before.
  const acc = new Float64Array(n);
  const walk = new BroadcastWalk(inShape, outShape);
  for (let flat = 0; flat < g.length; flat++) acc[walk.next()] += g[flat];
  return Float32Array.from(acc);
}

/** Float32 sum of all elements, accumulated in float64 and rounded once. */
function sumAll(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return Math.fround(s);
}
