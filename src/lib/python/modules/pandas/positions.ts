// Which positions a key selects along one axis, with pandas 1.5.3's errors: by position (`iloc`,
// `s[1:3]`) or by label (`loc`, `s[20]`, `df[['x', 'y']]`). A boolean mask is recognised by the
// caller (it may need index alignment) and handed in as a function.
import { keyError } from '../../objects/errors';
import { PyList, PySlice, PyTuple, pyError, toIndex, type PyValue } from '../../objects/host';
import { repr } from '../../objects/repr';
import { slicePositions } from '../../objects/sequence';
import { PandasIndex } from './labels';

/** What a key picks: positions, whether it was one item (the axis drops), whether a slice made it (a RangeIndex stays one). */
export interface Pick {
  positions: number[];
  scalar: boolean;
  fromSlice: boolean;
}

/** The positions a boolean mask keeps, or null when the key is not a mask. */
export type MaskReader = (key: PyValue, n: number) => number[] | null;

const isListLike = (key: PyValue): key is PyList | PyTuple => key instanceof PyList || key instanceof PyTuple;

/** A position key: an int, a slice, a list of ints, or a mask (iloc). */
export function positionalPick(key: PyValue, n: number, readMask: MaskReader): Pick {
  if (key instanceof PySlice) return { positions: slicePositions(key, n), scalar: false, fromSlice: true };
  const mask = readMask(key, n);
  if (mask) return { positions: mask, scalar: false, fromSlice: false };
  if (isListLike(key)) {
    const positions = key.items.map((k) => toIndex(k));
    if (positions.some((p) => p >= n || p < -n)) throw pyError('IndexError', 'positional indexers are out-of-bounds');
    return { positions: positions.map((p) => (p < 0 ? p + n : p)), scalar: false, fromSlice: false };
  }
  if (typeof key !== 'bigint' && typeof key !== 'boolean') throw pyError('TypeError', 'Cannot index by location index with a non-integer key');
  const i = Number(key);
  if (i >= n || i < -n) throw pyError('IndexError', 'single positional indexer is out-of-bounds');
  return { positions: [i < 0 ? i + n : i], scalar: true, fromSlice: false };
}

/** The positions of labels that must all be there, with pandas' KeyError naming what is missing. */
export function labelListPositions(index: PandasIndex, labels: readonly PyValue[], axis: 'index' | 'columns'): number[] {
  const found = labels.map((l) => index.positionsOf(l));
  const missing = labels.filter((_, i) => found[i].length === 0);
  if (missing.length === labels.length && labels.length > 0) {
    throw keyError(`None of [${PandasIndex.of(labels).repr()}] are in the [${axis}]`, repr);
  }
  if (missing.length > 0) throw keyError(`${repr(new PyList(missing))} not in index`, repr);
  return found.flat();
}

/** A label key: one label, a list of labels, a mask, or the whole axis `:` (loc). */
export function labelPick(index: PandasIndex, key: PyValue, readMask: MaskReader, axis: 'index' | 'columns'): Pick {
  if (key instanceof PySlice) {
    if (key.start === null && key.stop === null && key.step === null) return { positions: slicePositions(key, index.size), scalar: false, fromSlice: true };
    throw pyError('NotImplementedError', '레이블 구간(loc[a:b])은 아직 지원하지 않습니다 / label slices in loc are not supported yet');
  }
  const mask = readMask(key, index.size);
  if (mask) return { positions: mask, scalar: false, fromSlice: false };
  if (isListLike(key)) return { positions: labelListPositions(index, key.items, axis), scalar: false, fromSlice: false };
  const positions = index.positionsOf(key);
  if (positions.length === 0) throw keyError(key, repr);
  return { positions, scalar: positions.length === 1, fromSlice: false };
}
