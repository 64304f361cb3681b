// pandas' format_array (pandas/io/formats/format.py, 1.5.3) for the values a frame or a Series
// shows: FloatArrayFormatter ('{: .6f}', trailing zeros trimmed alike down the column, '{: .6e}'
// when a value would show as 0 or a long column holds one past 1e6), IntArrayFormatter ('{: d}'),
// GenericArrayFormatter for bools and objects (a leading space, str of each value, floats among
// objects as '{: .6f}' trimmed on their own), then _make_fixed_width (right-justified, cut to
// display.max_colwidth 50 with '...').
import { formatFloat } from '../../objects/format';
import type { PyValue } from '../../objects/host';
import { isMissing, type Column } from './column';
import { justify, pprintThing, pyLen, widest, type Justify } from './printing';

const PRECISION = 6;
const MAX_COLWIDTH = 50;

/** '{value: .6f}', or '{value:.6f}' without the leading space. */
const fixed = (v: number, leadingSpace: boolean) => formatFloat(v, leadingSpace ? ' .6f' : '.6f');
const scientific = (v: number, leadingSpace: boolean) => formatFloat(v, leadingSpace ? ' .6e' : '.6e');

const NUMBER_WITH_DECIMAL = /^\s*[+-]?[0-9]+\.[0-9]*$/;

/** _trim_zeros_float: drops trailing zeros from every decimal number at once while all end in 0, leaving one after the point. */
function trimZerosFloat(values: string[]): string[] {
  let trimmed = values;
  const shouldTrim = (list: string[]) => {
    const numbers = list.filter((x) => NUMBER_WITH_DECIMAL.test(x));
    return numbers.length > 0 && numbers.every((x) => x.endsWith('0'));
  };
  while (shouldTrim(trimmed)) trimmed = trimmed.map((x) => (NUMBER_WITH_DECIMAL.test(x) ? x.slice(0, -1) : x));
  return trimmed.map((x) => (NUMBER_WITH_DECIMAL.test(x) && x.endsWith('.') ? x + '0' : x));
}

/** _trim_zeros_single_float: one float among objects. */
function trimZerosSingle(text: string): string {
  const out = text.replace(/0+$/, '');
  return out.endsWith('.') ? out + '0' : out;
}

/** FloatArrayFormatter.get_result_as_array with pandas' defaults (fixed width, precision 6, na_rep 'NaN'). */
export function formatFloats(values: ArrayLike<number>, leadingSpace = true): string[] {
  const withFormat = (format: (v: number, leading: boolean) => string) =>
    trimZerosFloat(Array.from(values, (v) => (Number.isNaN(v) ? 'NaN' : format(v, leadingSpace))));
  let out = withFormat(fixed);
  const tooLong = widest(out) > PRECISION + 6;
  let hasLarge = false;
  let hasSmall = false;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > 1e6) hasLarge = true;
    if (a < 10 ** -PRECISION && a > 0) hasSmall = true;
  }
  if (hasSmall || (tooLong && hasLarge)) out = withFormat(scientific);
  return out;
}

/** IntArrayFormatter: '{x: d}' (a space where the sign would be). */
export function formatInts(values: ArrayLike<number>, leadingSpace = true): string[] {
  return Array.from(values, (v) => (v < 0 || !leadingSpace ? String(v) : ` ${v}`));
}

/** GenericArrayFormatter for an object (or bool) column: floats as '{: .6f}' trimmed, missing values as NaN/None, the rest str(). */
function formatObjects(values: readonly PyValue[], leadingSpace: boolean): string[] {
  return values.map((v) => {
    if (typeof v === 'number' && !Number.isNaN(v)) return trimZerosSingle(formatFloat(v, ` .${PRECISION}f`));
    const text = v === null ? 'None' : isMissing(v) ? 'NaN' : pprintThing(v);
    return leadingSpace ? ` ${text}` : text;
  });
}

/** _make_fixed_width: justified to the widest (at least `minimum`), values past display.max_colwidth cut with '...'. */
export function makeFixedWidth(strings: string[], mode: Justify = 'right', minimum = 0): string[] {
  if (strings.length === 0) return strings;
  let width = Math.max(minimum, widest(strings));
  if (width > MAX_COLWIDTH) width = MAX_COLWIDTH;
  const cut = strings.map((x) => (pyLen(x) > width ? [...x].slice(0, width - 3).join('') + '...' : x));
  return justify(cut, width, mode);
}

/** format_array(values) for the values of one column at the given positions, fixed width. */
export function formatColumn(column: Column, positions: readonly number[], leadingSpace = true, mode: Justify = 'right'): string[] {
  let out: string[];
  if (column.dtype === 'object') out = formatObjects(positions.map((p) => column.items[p]), leadingSpace);
  else {
    const values = Float64Array.from(positions, (p) => column.data[p]);
    if (column.dtype === 'int64') out = formatInts(values, leadingSpace);
    else if (column.dtype === 'bool') out = formatObjects(Array.from(values, (v) => v !== 0), leadingSpace);
    else out = formatFloats(values, leadingSpace);
  }
  return makeFixedWidth(out, mode);
}
