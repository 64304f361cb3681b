/**
 * PyTorch 1.13's float32 sums (cascadeSum: n contiguous elements; cascadeColumnSums: a 2-D
 * tensor's column sums) (aten/src/ATen/native/cpu/SumKernel.cpp,
 * AVX2 build, one thread), bit for bit: from 8 elements on, `vectorized_inner_sum` — 8-lane
 * float32 vectors summed by `row_sum` (4 interleaved accumulators, each a 4-level cascade of
 * 2^max(4, ⌈log2 m⌉/4) vectors a level), then the leftover elements one by one, then the 8
 * lanes; below 8 elements, `row_sum` over the scalars. Every add is a float32 add.
 */
const f = Math.fround;
const LANES = 8;
const ILP = 4;
const LEVELS = 4;

function ceilLog2(x: number): number {
  return x <= 1 ? 0 : Math.ceil(Math.log2(x));
}

/**
 * multi_row_sum: `size` rows of `cols` accumulators, element (row i, column c) at
 * data[offset + i·rowStride + c·colStride]; each column summed through a 4-level cascade of
 * 2^max(4, ⌊⌈log2 size⌉/4⌋) rows a level. Plain loops over typed arrays (no callbacks): a
 * training loop sums every epoch.
 */
function multiRowSum(data: ArrayLike<number>, offset: number, rowStride: number, colStride: number, cols: number, size: number): Float32Array {
  const levelPower = Math.max(4, Math.floor(ceilLog2(size) / LEVELS));
  const levelStep = 1 << levelPower;
  const levelMask = levelStep - 1;
  const acc = new Float32Array(LEVELS * cols); // level j's accumulators at [j·cols, (j+1)·cols)
  let i = 0;
  while (i + levelStep <= size) {
    for (let j = 0; j < levelStep; j++, i++) {
      const base = offset + i * rowStride;
      for (let c = 0; c < cols; c++) acc[c] = acc[c] + data[base + c * colStride];
    }
    for (let j = 1; j < LEVELS; j++) {
      const up = j * cols, down = (j - 1) * cols;
      for (let c = 0; c < cols; c++) {
        acc[up + c] = acc[up + c] + acc[down + c];
        acc[down + c] = 0;
      }
      if ((i & (levelMask * 2 ** (j * levelPower))) !== 0) break;
    }
  }
  for (; i < size; i++) {
    const base = offset + i * rowStride;
    for (let c = 0; c < cols; c++) acc[c] = acc[c] + data[base + c * colStride];
  }
  for (let j = 1; j < LEVELS; j++) for (let c = 0; c < cols; c++) acc[c] = acc[c] + acc[j * cols + c];
  return acc.subarray(0, cols);
}

/**
 * row_sum: `count` items of `width` lanes, item k's lane l at data[offset + k·itemStride +
 * l·itemStride/width] (8 contiguous floats, or one scalar), as ILP interleaved cascades (item
 * i·ILP + k feeds accumulator k), then the leftover items, then the ILP partials in order.
 */
function rowSum(data: ArrayLike<number>, offset: number, itemStride: number, width: number, count: number): Float32Array {
  const laneStride = itemStride / width;
  const sizeIlp = Math.floor(count / ILP);
  const partial = multiRowSum(data, offset, ILP * itemStride, laneStride, ILP * width, sizeIlp);
  for (let item = sizeIlp * ILP; item < count; item++) {
    for (let l = 0; l < width; l++) partial[l] = partial[l] + data[offset + item * itemStride + l * laneStride];
  }
  for (let k = 1; k < ILP; k++) for (let l = 0; l < width; l++) partial[l] = partial[l] + partial[k * width + l];
  return partial.subarray(0, width);
}

/**
 * The column sums of a row-major rows×cols float32 matrix (torch.sum(g, 0) of a 2-D g), as
 * PyTorch's outer reductions do them: with cols ≥ 8 (vectorized_outer_sum) the first
 * 32·⌊cols/32⌋ columns each as one cascade over the rows, the rest by row_sum; with fewer
 * (scalar_outer_sum) the first 4·⌊cols/4⌋ columns by cascade, the rest by row_sum.
 */
export function cascadeColumnSums(data: ArrayLike<number>, rows: number, cols: number): Float32Array {
  if (cols === 1) return Float32Array.of(cascadeSum(data, rows));
  const grouped = cols >= LANES ? 4 * LANES * Math.floor(cols / (4 * LANES)) : 4 * Math.floor(cols / 4);
  const out = new Float32Array(cols);
  for (let c = 0; c < cols; c++) {
    out[c] = c < grouped ? multiRowSum(data, c, cols, 1, 1, rows)[0] : rowSum(data, c, cols, 1, rows)[0];
  }
  return out;
}

/** torch.sum of `n` float32 values at data[offset + i·stride], i = 0..n-1, as PyTorch computes it. */
export function cascadeSum(data: ArrayLike<number>, n: number, offset = 0, stride = 1): number {
  if (n < LANES) return rowSum(data, offset, stride, 1, n)[0];
  const vectors = Math.floor(n / LANES);
  const lanes = rowSum(data, offset, LANES * stride, LANES, vectors);
  let total = 0;
  for (let k = vectors * LANES; k < n; k++) total = f(total + data[offset + k * stride]);
  for (let l = 0; l < LANES; l++) total = f(total + lanes[l]);
  return total;
}
