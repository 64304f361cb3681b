// Gradients of broadcast inputs: sum the output gradient over the dims that
// broadcasting expanded, back to the input's shape.
import { cascadeColumnSums, cascadeSum } from './cascade-sum';
import { BroadcastWalk, numel, sameShape, type Shape } from './shape';

export function sumToShape(g: Float32Array, outShape: Shape, inShape: Shape): Float32Array {
  if (sameShape(outShape, inShape)) return g;
  const n = numel(inShape);
  // To one element: PyTorch's own float32 cascade sum (a bias's gradient over a batch).
  if (n === 1) return new Float32Array([cascadeSum(g, g.length)]);
  if (outShape.length === 2) {
    const [rows, cols] = outShape;
    // A bias of a batch (rows×cols to cols or 1×cols) and its transpose (to rows×1), as PyTorch sums them.
    if (n === cols && inShape[inShape.length - 1] === cols) return cascadeColumnSums(g, rows, cols);
    if (n === rows && inShape.length === 2 && inShape[1] === 1) {
      return Float32Array.from({ length: rows }, (_, r) => cascadeSum(g, cols, r * cols));
    }
  }
  // Accumulate in float64 and round once, as PyTorch's pairwise sums land. The output walks
  // in flat order, so each input element's sum adds its terms in the same order as before.
  const acc = new Float64Array(n);
  const walk = new BroadcastWalk(inShape, outShape);
  for (let flat = 0; flat < g.length; flat++) acc[walk.next()] += g[flat];
  return Float32Array.from(acc);
}
