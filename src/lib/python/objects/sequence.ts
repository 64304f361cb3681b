// Indexing and slicing of the built-in sequences (list, tuple, str, range) with Python's
// rules for negative indices, clamping, steps and error messages.
import { pyError } from './errors';
import { HostObject, typeNameOf } from './host';
import { PyList, PyRange, PySlice, PyTuple, type PyValue } from './values';

function sliceBound(value: PyValue): number | null {
  if (value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof HostObject && value.toIndex) return Number(value.toIndex());
  throw pyError('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

/** CPython's PySlice_GetIndicesEx: start, stop, step and the resulting length. */
export function sliceIndices(slice: PySlice, length: number): { start: number; stop: number; step: number; count: number } {
  const stepValue = sliceBound(slice.step);
  const step = stepValue ?? 1;
  if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const adjust = (bound: number | null, fallback: number): number => {
    if (bound === null) return fallback;
    if (bound < 0) return Math.max(bound + length, lower);
    return Math.min(bound, upper);
  };
  const start = adjust(sliceBound(slice.start), step < 0 ? upper : lower);
  const stop = adjust(sliceBound(slice.stop), step < 0 ? lower : upper);
  let count = 0;
  if (step > 0 && start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  if (step < 0 && stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  return { start, stop, step, count };
}

/** The positions a slice selects in a sequence of `length` (what `range(*slice.indices(length))` yields). */
export function slicePositions(slice: PySlice, length: number): number[] {
  const { start, step, count } = sliceIndices(slice, length);
  const out: number[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = start + i * step;
  return out;
}

function sliceItems<T>(items: readonly T[], slice: PySlice): T[] {
  const { start, step, count } = sliceIndices(slice, items.length);
  const out: T[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = items[start + i * step];
  return out;
}

/** An index into a sequence of `length`, negative from the end; IndexError when outside. */
export function normalizeIndex(key: PyValue, length: number, what: string): number {
  let index: number;
  if (typeof key === 'bigint') index = Number(key);
  else if (typeof key === 'boolean') index = key ? 1 : 0;
  else if (key instanceof HostObject && key.toIndex) index = Number(key.toIndex());
  else {
    throw pyError(
      'TypeError',
      what === 'string'
        ? `string indices must be integers, not '${typeNameOf(key)}'`
        : `${what} indices must be integers or slices, not ${typeNameOf(key)}`,
    );
  }
  if (index < 0) index += length;
  if (index < 0 || index >= length) throw pyError('IndexError', `${what} index out of range`);
  return index;
}

export function getSequenceItem(container: PyList | PyTuple | string | PyRange, key: PyValue): PyValue {
  if (typeof container === 'string') {
    const chars = [...container];
    if (key instanceof PySlice) return sliceItems(chars, key).join('');
    return chars[normalizeIndex(key, chars.length, 'string')];
  }
  if (container instanceof PyRange) {
    if (key instanceof PySlice) {
      const { start, stop, step } = sliceIndices(key, container.length);
      return new PyRange(container.at(start), container.at(stop), step * container.step);
    }
    return BigInt(container.at(normalizeIndex(key, container.length, 'range object')));
  }
  const what = container instanceof PyList ? 'list' : 'tuple';
  if (key instanceof PySlice) {
    const items = sliceItems(container.items, key);
    return container instanceof PyList ? new PyList(items) : new PyTuple(items);
  }
  return container.items[normalizeIndex(key, container.items.length, what)];
}

export function setListItem(list: PyList, key: PyValue, value: PyValue, iterate: (v: PyValue) => Iterable<PyValue>): void {
  if (!(key instanceof PySlice)) {
    list.items[normalizeIndex(key, list.items.length, 'list assignment')] = value;
    return;
  }
  const replacement = [...iterate(value)];
  const { start, stop, step, count } = sliceIndices(key, list.items.length);
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start), ...replacement);
    return;
  }
  if (replacement.length !== count) {
    throw pyError('ValueError', `attempt to assign sequence of size ${replacement.length} to extended slice of size ${count}`);
  }
  for (let i = 0; i < count; i++) list.items[start + i * step] = replacement[i];
}

export function deleteListItem(list: PyList, key: PyValue): void {
  if (!(key instanceof PySlice)) {
    list.items.splice(normalizeIndex(key, list.items.length, 'list assignment'), 1);
    return;
  }
  const { start, step, count } = sliceIndices(key, list.items.length);
  const doomed = new Set<number>();
  for (let i = 0; i < count; i++) doomed.add(start + i * step);
  list.items = list.items.filter((_, i) => !doomed.has(i));
}
