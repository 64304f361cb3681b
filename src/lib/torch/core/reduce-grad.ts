// Gradients of broadcast inputs: sum the output gradient over the dims that
// broadcasting expanded, back to the input's shape.
import { columnTotals, rowTotal } from './cascade-sum';
import { BroadcastWalk, numel, sameShape, type Shape } from './shape';

export function sumToShape(g: Float32Array, outShape: Shape, inShape: Shape): Float32Array {
  if (sameShape(outShape, inShape)) return g;
  const n = numel(inShape);
  if (n === 1) return new Float32Array([rowTotal(g, 0, g.length)]);
  // Leading dims summed away (a bias's gradient): PyTorch's column sums, in its float32 order.
  const kept = inShape.slice(inShape.findIndex((d) => d !== 1));
  if (sameShape(kept, outShape.slice(outShape.length - kept.length))) {
    return columnTotals(g, 0, n, g.length / n, new Float32Array(n));
  }
  // A rows×cols gradient to rows×1 (a column broadcast along each row): each row's own sum.
  if (outShape.length === 2 && inShape.length === 2 && inShape[0] === outShape[0] && inShape[1] === 1) {
    const [rows, cols] = outShape;
    return Float32Array.from({ length: rows }, (_, r) => rowTotal(g, r * cols, cols));
  }
  // Accumulate in float64 and round once, as PyTorch's pairwise sums land. The output walks
  // in flat order, so each input element's sum adds its terms in the same order as before.
  const acc = new Float64Array(n);
  const walk = new BroadcastWalk(inShape, outShape);
  for (let flat = 0; flat < g.length; flat++) acc[walk.next()] += g[flat];
  return Float32Array.from(acc);
}
