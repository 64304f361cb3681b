// numpy.histogram (numpy 1.24), which plt.hist calls: the bin edges and counts exactly as numpy
// computes them, so a cell's `n, bins, _ = plt.hist(x)` prints numpy's numbers.
//   bins=int: edges = linspace(min, max, bins + 1) (min == max widens to ±0.5), each value's bin
//   found from (v - min) * bins / (max - min) and corrected against the edges, the last bin closed.
//   bins=sequence: the given edges, each bin [e_i, e_i+1) with the last one closed.
// A float32 tensor is binned in float32 (its edges are float32 values), as numpy bins float32
// data; matplotlib then hands the edges back as float64.
import { pyError } from '../objects/host';

export interface Histogram {
  counts: number[];
  edges: number[];
}

export function histogram(data: readonly number[], bins: number | readonly number[], range: [number, number] | null, float32 = false): Histogram {
  const cast = float32 ? Math.fround : (v: number) => v;
  const values = data.map(cast);
  if (typeof bins !== 'number') return byEdges(values, bins.map(cast));
  if (bins < 1) throw pyError('ValueError', '`bins` must be positive, when an integer');
  let first: number;
  let last: number;
  if (range) {
    [first, last] = range;
    if (first > last) throw pyError('ValueError', 'max must be larger than min in range parameter.');
    if (!Number.isFinite(first) || !Number.isFinite(last)) throw pyError('ValueError', `supplied range of [${first}, ${last}] is not finite`);
  } else if (values.length === 0) {
    [first, last] = [0, 1];
  } else {
    first = Infinity;
    last = -Infinity;
    for (const v of values) {
      if (Number.isNaN(v)) throw pyError('ValueError', 'autodetected range of [nan, nan] is not finite');
      if (v < first) first = v;
      if (v > last) last = v;
    }
    if (!Number.isFinite(first) || !Number.isFinite(last)) throw pyError('ValueError', `autodetected range of [${first}, ${last}] is not finite`);
  }
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  first = cast(first);
  last = cast(last);
  // np.linspace: i * step + start, the last edge set to stop
  const step = (last - first) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => cast(i === bins ? last : i * step + first));
  const counts = new Array<number>(bins).fill(0);
  const norm = cast(bins / cast(last - first));
  for (const v of values) {
    if (!(v >= first && v <= last)) continue;
    let index = Math.trunc(cast(cast(v - first) * norm));
    if (index === bins) index -= 1;
    if (v < edges[index]) index -= 1;
    else if (v >= edges[index + 1] && index !== bins - 1) index += 1;
    counts[index] += 1;
  }
  return { counts, edges };
}

function byEdges(values: readonly number[], edges: readonly number[]): Histogram {
  if (edges.length < 2) throw pyError('ValueError', '`bins` must have at least 2 edges');
  for (let i = 1; i < edges.length; i++) if (edges[i] < edges[i - 1]) throw pyError('ValueError', '`bins` must increase monotonically, when an array');
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  // searchsorted(sorted, edges[:-1], 'left') and edges[-1] with 'right'
  const left = (e: number) => { let lo = 0, hi = sorted.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < e) lo = mid + 1; else hi = mid; } return lo; };
  const right = (e: number) => { let lo = 0, hi = sorted.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] <= e) lo = mid + 1; else hi = mid; } return lo; };
  const cum = edges.map((e, i) => (i === edges.length - 1 ? right(e) : left(e)));
  return { counts: cum.slice(1).map((c, i) => c - cum[i]), edges: [...edges] };
}
