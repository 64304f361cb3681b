// sign, round (half to even), one_hot, sort (stable, NaN largest) and topk, as PyTorch 1.13's CPU
// kernels give them.
import { gradBuffer, needsGrad, record } from './autograd';
import { gatherBy } from './gather';
import { isRecording, recordOp } from './recording';
import { stridesOf, wrapDim } from './shape';
import { allocate, Tensor } from './tensor';

function sameType(kind: string, t: Tensor, fn: (x: number) => number, gradName: string): Tensor {
  const out = new Tensor(allocate(t.dtype, t.size), t.shape, t.dtype);
  const into = (): void => {
    for (let i = 0; i < t.size; i++) out.data[i] = fn(t.data[i]);
  };
  into();
  if (isRecording()) recordOp(kind, [t], out, into);
  if (!needsGrad(t)) return out;
  return record(out, gradName, [t], (g) => [gradBuffer(g.length)]); // zero gradient
}

export function sign(t: Tensor): Tensor {
  return sameType('sign', t, (x) => (x > 0 ? 1 : x < 0 ? -1 : x), 'SignBackward0'); // ±0 and nan stay as they are
}

/** nearbyint: to the nearest integer, ties to even. */
function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x); // ties toward +inf
  const tie = r - x === 0.5;
  const v = tie && r % 2 !== 0 ? r - 1 : r;
  return v === 0 && (x < 0 || Object.is(x, -0)) ? -0 : v;
}

export function round(t: Tensor): Tensor {
  if (t.dtype === 'bool') throw new Error(`"round_cpu" not implemented for 'Bool'`);
  return sameType('round', t, t.dtype === 'int64' ? (x) => x : roundHalfEven, 'RoundBackward0');
}

export function oneHot(t: Tensor, numClasses: number): Tensor {
  if (t.dtype !== 'int64') throw new Error('one_hot is only applicable to index tensor.');
  let c = numClasses;
  let max = -Infinity, min = Infinity;
  for (const v of t.data) { max = Math.max(max, v); min = Math.min(min, v); }
  if (t.size > 0 && min < 0) throw new Error('Class values must be non-negative.');
  if (c === -1) {
    if (t.size === 0) throw new Error('Can not infer total number of classes from empty tensor.');
    c = max + 1;
  } else if (t.size > 0 && max >= c) throw new Error('Class values must be smaller than num_classes.');
  const out = new Tensor(allocate('int64', t.size * c), [...t.shape, c], 'int64');
  for (let i = 0; i < t.size; i++) out.data[i * c + t.data[i]] = 1;
  return out;
}

/** PyTorch's sort order: ascending with NaN last (descending: NaN first), ties in original order. */
function sorted(t: Tensor, dim: number, descending: boolean, k: number, gradName: string): { values: Tensor; indices: Tensor } {
  const rank = Math.max(t.ndim, 1);
  const d = wrapDim(dim, rank);
  const shape = t.ndim === 0 ? [] : [...t.shape];
  const n = t.ndim === 0 ? 1 : t.shape[d];
  const inner = t.ndim === 0 ? 1 : stridesOf(t.shape)[d];
  const outer = t.size / Math.max(n * inner, 1);
  if (t.ndim > 0) shape[d] = k;
  const map = new Int32Array(outer * k * inner);
  const indices = new Tensor(allocate('int64', map.length), shape, 'int64');
  const key = (v: number): number => (Number.isNaN(v) ? Infinity : v);
  const order = new Array<number>(n);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      for (let j = 0; j < n; j++) order[j] = j;
      const at = (j: number) => t.data[base + j * inner];
      order.sort((p, q) => {
        const a = at(p), b = at(q);
        const an = Number.isNaN(a), bn = Number.isNaN(b);
        let c = an || bn ? (an === bn ? 0 : an ? 1 : -1) : key(a) - key(b);
        if (descending) c = -c;
        return c !== 0 ? c : p - q;
      });
      for (let j = 0; j < k; j++) {
        const flat = o * k * inner + j * inner + i;
        map[flat] = base + order[j] * inner;
        indices.data[flat] = order[j];
      }
    }
  }
  const values = gatherBy(t, shape, map, 'sort', gradName);
  return { values, indices };
}

export function sort(t: Tensor, dim: number, descending: boolean): { values: Tensor; indices: Tensor } {
  return sorted(t, dim, descending, t.ndim === 0 ? 1 : t.shape[wrapDim(dim, t.ndim)], 'SortBackward0');
}

export function topk(t: Tensor, k: number, dim: number, largest: boolean): { values: Tensor; indices: Tensor } {
  const n = t.ndim === 0 ? 1 : t.shape[wrapDim(dim, Math.max(t.ndim, 1))];
  if (k < 0 || k > n) throw new Error('selected index k out of range');
  return sorted(t, dim, largest, k, 'TopkBackward0');
}
