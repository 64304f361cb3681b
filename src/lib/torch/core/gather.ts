// Shape ops: permute, expand and the pieces of split/chunk (views: views.ts), and repeat and
// sort's values, which copy by an index map (out[i] = in[map[i]]) and scatter the gradient back
// through the same map.
import { gradBuffer, needsGrad, record } from './autograd';
import { isRecording, recordOp } from './recording';
import { sumToShape } from './reduce-grad';
import { numel, stridesOf, wrapDim } from './shape';
import { TorchError } from './errors';
import { allocate, Tensor } from './tensor';
import { stridedView } from './views';

function gathered(kind: string, t: Tensor, shape: number[], map: Int32Array): Tensor {
  const out = new Tensor(allocate(t.dtype, map.length), shape, t.dtype);
  const into = (): void => {
    const x = t.data, y = out.data;
    for (let i = 0; i < map.length; i++) y[i] = x[map[i]];
  };
  into();
  if (isRecording()) recordOp(kind, [t], out, into);
  return out;
}

/** Scatter-add of g through map into a buffer of n (each input element gets the sum of its copies, in order). */
function scatter(g: Float32Array, map: Int32Array, n: number): Float32Array {
  const back = gradBuffer(n);
  for (let i = 0; i < map.length; i++) back[map[i]] = Math.fround(back[map[i]] + g[i]);
  return back;
}

export function permute(t: Tensor, dims: number[]): Tensor {
  if (dims.length !== t.ndim) {
    throw new Error(`permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${t.ndim} is not equal to len(dims) = ${dims.length}`);
  }
  const d = dims.map((x) => wrapDim(x, Math.max(t.ndim, 1)));
  if (new Set(d).size !== d.length) throw new Error('permute(): duplicate dims are not allowed.');
  return stridedView(t, 'PermuteBackward0', (strides, offset) => ({
    shape: d.map((k) => t.shape[k]),
    strides: d.map((k) => strides[k]),
    offset,
  }), { kind: 'permute' });
}

export function expand(t: Tensor, sizes: number[]): Tensor {
  if (sizes.length < t.ndim) {
    throw new Error(`expand(torch.FloatTensor{[${t.shape.join(', ')}]}, size=[${sizes.join(', ')}]): the number of sizes provided (${sizes.length}) must be greater or equal to the number of dimensions in the tensor (${t.ndim})`);
  }
  const lead = sizes.length - t.ndim;
  const shape: number[] = [];
  sizes.forEach((s, k) => {
    const own = k - lead;
    const have = own >= 0 ? t.shape[own] : 1;
    if (s === -1) {
      if (own < 0) throw new Error(`The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension ${k}`);
      s = have;
    }
    if (have !== s && have !== 1) {
      throw new Error(`The expanded size of the tensor (${s}) must match the existing size (${have}) at non-singleton dimension ${k}.  Target sizes: [${sizes.join(', ')}].  Tensor sizes: [${t.shape.join(', ')}]`);
    }
    shape.push(s);
  });
  // ATen's inferExpandGeometry: a stretched dim gets stride 0; a new size-1 dim the extent of the next
  const rule = (strides: readonly number[], offset: number) => {
    const out = new Array<number>(shape.length);
    for (let k = shape.length - 1; k >= 0; k--) {
      const own = k - lead;
      const have = own >= 0 ? t.shape[own] : 1;
      const stride = own >= 0 ? strides[own] : k === shape.length - 1 ? 1 : shape[k + 1] * out[k + 1];
      out[k] = have === shape[k] ? stride : 0;
    }
    return { shape, strides: out, offset };
  };
  return stridedView(t, 'ExpandBackward0', rule, { kind: 'expand', backward: (g) => sumToShape(g, shape, t.shape) });
}

export function repeat(t: Tensor, repeats: number[]): Tensor {
  if (repeats.length < t.ndim) {
    throw new Error('Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor');
  }
  const lead = repeats.length - t.ndim;
  const own = [...new Array<number>(lead).fill(1), ...t.shape];
  const shape = own.map((s, k) => s * repeats[k]);
  const inStrides = stridesOf(own);
  // Walk the output as (repeat index, own index) per dim: the input offset uses only the own index.
  const map = new Int32Array(numel(shape));
  const counter = new Array<number>(shape.length).fill(0);
  for (let flat = 0; flat < map.length; flat++) {
    let offset = 0;
    for (let k = 0; k < shape.length; k++) offset += (counter[k] % own[k]) * inStrides[k];
    map[flat] = offset;
    for (let k = shape.length - 1; k >= 0; k--) {
      if (++counter[k] < shape[k]) break;
      counter[k] = 0;
    }
  }
  const out = gathered('repeat', t, shape, map);
  if (!needsGrad(t)) return out;
  return record(out, 'RepeatBackward0', [t], (g) => [scatter(g, map, t.size)]);
}

/** The slice [start, start + length) of dim `dim`, a view (a piece of split/chunk, narrow). */
export function narrowView(t: Tensor, dim: number, start: number, length: number, name: string): Tensor {
  const d = wrapDim(dim, t.ndim);
  return stridedView(t, name, (strides, offset) => ({
    shape: t.shape.map((s, k) => (k === d ? length : s)),
    strides: [...strides],
    offset: offset + start * strides[d],
  }), { kind: 'narrow' });
}

/** x.narrow(dim, start, length): a view (SliceBackward0); start may count from the end. */
export function narrow(t: Tensor, dim: number, start: number, length: number): Tensor {
  if (t.ndim === 0) throw new Error('narrow() cannot be applied to a 0-dim tensor.');
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d];
  const first = start < 0 ? wrapDim(start, size) : start;
  if (length < 0 || first > size - length) throw new Error(`start (${first}) + length (${length}) exceeds dimension size (${size}).`);
  return narrowView(t, d, first, length, 'SliceBackward0');
}

/** x.select(dim, index) (x[:, i] for dim 1): a view without that dim. */
export function select(t: Tensor, dim: number, index: number, name = 'SelectBackward0'): Tensor {
  if (t.ndim === 0) throw new TorchError('IndexError', 'select() cannot be applied to a 0-dim tensor.');
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d];
  if (index < -size || index >= size) {
    throw new TorchError('IndexError', `select(): index ${index} out of range for tensor of size [${t.shape.join(', ')}] at dimension ${d}`);
  }
  const at = index < 0 ? index + size : index;
  return stridedView(t, name, (strides, offset) => ({
    shape: t.shape.filter((_, k) => k !== d),
    strides: strides.filter((_, k) => k !== d),
    offset: offset + at * strides[d],
  }));
}

/** x.unbind(dim): every index of dim selected, a tuple of views. */
export function unbind(t: Tensor, dim: number): Tensor[] {
  if (t.ndim === 0) throw new TorchError('IndexError', `Dimension specified as ${dim} but tensor has no dimensions`);
  const d = wrapDim(dim, t.ndim);
  return Array.from({ length: t.shape[d] }, (_, i) => select(t, d, i, 'UnbindBackward0'));
}

/** x.split(size) / x.split([sizes]): pieces along dim. */
export function split(t: Tensor, sizes: number | number[], dim: number): Tensor[] {
  if (t.ndim === 0) throw new Error('split expects at least a 1-dimensional tensor');
  const d = wrapDim(dim, t.ndim);
  const n = t.shape[d];
  if (Array.isArray(sizes)) {
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total !== n) {
      throw new Error(`split_with_sizes expects split_sizes to sum exactly to ${n} (input tensor's size at dimension ${d}), but got split_sizes=[${sizes.join(', ')}]`);
    }
    let start = 0;
    return sizes.map((s) => {
      const piece = narrowView(t, d, start, s, 'SplitWithSizesBackward0');
      start += s;
      return piece;
    });
  }
  if (sizes <= 0 && !(sizes === 0 && n === 0)) throw new Error(`split_size can only be 0 if dimension size is 0, but got dimension size of ${n}`);
  const pieces: Tensor[] = [];
  for (let start = 0; start < n || (n === 0 && pieces.length === 0); start += sizes) {
    pieces.push(narrowView(t, d, start, Math.min(sizes, n - start), 'SplitBackward0'));
    if (n === 0) break;
  }
  return pieces;
}

/** x.chunk(chunks, dim): split with size ceil(n / chunks), as PyTorch (maybe fewer pieces). */
export function chunk(t: Tensor, chunks: number, dim: number): Tensor[] {
  if (chunks <= 0) throw new Error('chunk expects `chunks` to be greater than 0, got: ' + chunks);
  if (t.ndim === 0) throw new Error('chunk expects at least a 1-dimensional tensor');
  const n = t.shape[wrapDim(dim, t.ndim)];
  return split(t, Math.max(1, Math.ceil(n / chunks)), dim);
}

/** flatten(start_dim, end_dim): the dims start..end merged into one. */
export function flattenShape(shape: readonly number[], startDim: number, endDim: number): number[] {
  if (shape.length === 0) return [1];
  const s = wrapDim(startDim, shape.length);
  const e = wrapDim(endDim, shape.length);
  if (s > e) throw new Error('flatten() has invalid args: start_dim cannot come after end_dim');
  return [...shape.slice(0, s), numel(shape.slice(s, e + 1)), ...shape.slice(e + 1)];
}

/** out[i] = t[map[i]] with its backward scattering through the map (sort's and topk's values). */
export function gatherBy(t: Tensor, shape: number[], map: Int32Array, kind: string, gradName: string): Tensor {
  const out = gathered(kind, t, shape, map);
  if (!needsGrad(t)) return out;
  return record(out, gradName, [t], (g) => [scatter(g, map, t.size)]);
}

/**
 * An RNN's time steps, t.unbind(0) inside nn.RNN/LSTM/GRU (never seen by Python, so copies rather
 * than the views `unbind` makes). Their backward shares one gradient buffer for t:
 * each slice writes its part in place (the first one to run hands the buffer to t, a hub node
 * every slice feeds, so t's node runs after them all). An RNN's thousands of steps then cost one
 * buffer, not one full-size gradient per step.
 */
export function unbindSteps(t: Tensor): Tensor[] {
  const count = t.shape[0];
  const width = count === 0 ? 0 : t.size / count;
  const shape = t.shape.slice(1);
  const pieces: Tensor[] = [];
  for (let i = 0; i < count; i++) {
    const out = new Tensor(allocate(t.dtype, width), shape, t.dtype);
    const into = (): void => (out.data as Float32Array).set((t.data as Float32Array).subarray(i * width, (i + 1) * width));
    into();
    if (isRecording()) recordOp('unbind', [t], out, into, [i]);
    pieces.push(out);
  }
  if (!needsGrad(t)) return pieces;
  let shared: Float32Array | null = null;
  const hub = record(new Tensor(t.data, t.shape, t.dtype), 'UnbindBackward0', [t], (g) => {
    shared = null; // the next backward pass starts a new buffer
    return [g];
  });
  return pieces.map((piece, i) =>
    record(piece, 'UnbindBackward0', [hub], (g) => {
      const first = shared === null;
      if (first) shared = gradBuffer(t.size);
      shared!.set(g, i * width);
      return [first ? shared : null];
    }),
  );
}
