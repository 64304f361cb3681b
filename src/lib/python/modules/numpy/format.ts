// numpy 1.24's array printing (numpy/core/arrayprint.py) for float64, float32, int64, bool and
// object arrays: array2string's FloatingFormat (precision 8, floatmode 'maxprec', shortest unique
// digits of the element type — float32's own for float32 — Dragon4's rounding half to even when
// cut to 8 places, the positional/scientific choice), IntegerFormat, BoolFormat, an object array's
// element reprs, _formatArray's wrapping at 75 columns, summarisation above 1000 elements (3 edge
// items and '...'), and array_repr's dtype suffix.
import { fixedPositional, fixedScientific, shortestPositional, shortestScientific } from '../../objects/format';
import type { NumpyDtype } from './dtype';

const PRECISION = 8;
const THRESHOLD = 1000;
const EDGE = 3;
const LINE_WIDTH = 75;

const sign = (v: number) => (v < 0 || Object.is(v, -0) ? '-' : '');

/** Shortest round-trip digits in positional form, at most 8 fractional digits (dragon4_positional, unique, trim '.'). */
function positional(v: number, float32: boolean): [string, string] {
  const abs = Math.abs(v);
  if (abs === 0) return [sign(v) + '0', ''];
  let [int, frac] = shortestPositional(abs, float32);
  if (frac.length > PRECISION) [int, frac] = fixedPositional(abs, PRECISION);
  return [sign(v) + int, frac];
}

/** Shortest round-trip digits in scientific form, at most 8 fractional digits (dragon4_scientific, unique). */
function scientific(v: number, float32: boolean): [string, string, string] {
  const abs = Math.abs(v);
  if (abs === 0) return [sign(v) + '0', '', '+00'];
  let [int, frac, exp] = shortestScientific(abs, float32);
  if (frac.length > PRECISION) {
    [int, frac, exp] = fixedScientific(abs, PRECISION);
    frac = frac.replace(/0+$/, '');
  }
  return [sign(v) + int, frac, (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0')];
}

/** A function formatting one element, fitted to the elements that will be shown. */
export function formatterFor(values: ArrayLike<number>, dtype: NumpyDtype): (v: number) => string {
  const float32 = dtype === 'float32';
  if (dtype === 'bool') return (v) => (v ? ' True' : 'False');
  if (dtype === 'int64') {
    let width = 0;
    for (let i = 0; i < values.length; i++) width = Math.max(width, String(values[i]).length);
    return (v) => String(v).padStart(width);
  }
  const finite: number[] = [];
  let hasNonFinite = false;
  let negInf = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite.push(v);
    else {
      hasNonFinite = true;
      if (v === -Infinity) negInf = true;
    }
  }
  let expFormat = false;
  const nonZero = finite.filter((v) => v !== 0).map(Math.abs);
  if (nonZero.length > 0) {
    const max = Math.max(...nonZero);
    const min = Math.min(...nonZero);
    const ratio = float32 ? Math.fround(max / min) : max / min; // numpy divides the float32 extremes in float32
    if (max >= 1e8 || min < 0.0001 || ratio > 1000) expFormat = true;
  }
  let padLeft = 0;
  let padRight = 0;
  let precision = 0;
  let expSize = -1;
  if (finite.length > 0 && expFormat) {
    const parts = finite.map((v) => scientific(v, float32));
    expSize = Math.max(...parts.map((p) => p[2].length)) - 1;
    precision = Math.max(...parts.map((p) => p[1].length));
    padLeft = Math.max(...parts.map((p) => p[0].length));
    padRight = expSize + 2 + precision;
  } else if (finite.length > 0) {
    const parts = finite.map((v) => positional(v, float32));
    padLeft = Math.max(...parts.map((p) => p[0].length));
    padRight = Math.max(...parts.map((p) => p[1].length));
  }
  if (hasNonFinite) {
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset);
  }
  return (v) => {
    if (!Number.isFinite(v)) {
      const text = Number.isNaN(v) ? 'nan' : v < 0 ? '-inf' : 'inf';
      return text.padStart(padLeft + padRight + 1);
    }
    if (expFormat) {
      let [int, frac, exp] = scientific(v, float32);
      // min_digits = the common precision: digits past the shortest are the value's own, not zeros.
      if (frac.length < precision && v !== 0) {
        const [i, f, e] = fixedScientific(Math.abs(v), precision);
        [int, frac, exp] = [sign(v) + i, f, (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0')];
      }
      return `${int.padStart(padLeft)}.${frac.padEnd(precision, '0')}e${exp[0]}${exp.slice(1).padStart(expSize, '0')}`;
    }
    const [int, frac] = positional(v, float32);
    return `${int.padStart(padLeft)}.${frac.padEnd(padRight)}`;
  };
}

interface Printable {
  readonly data: ArrayLike<number>;
  readonly shape: readonly number[];
  readonly dtype: NumpyDtype;
}

/** An array as _formatArray lays it out: its shape and the text of the element at each flat position. */
interface Layout {
  readonly shape: readonly number[];
  readonly element: (flat: number) => string;
}

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** The elements array2string looks at: all, or the leading and trailing 3 of each axis when summarising. */
function shownValues(a: Printable, summarise: boolean): number[] {
  const out: number[] = [];
  const strides = a.shape.map((_, i) => size(a.shape.slice(i + 1)));
  const walk = (axis: number, offset: number) => {
    if (axis === a.shape.length) {
      out.push(a.data[offset]);
      return;
    }
    const n = a.shape[axis];
    const indices = summarise && n > 2 * EDGE ? [0, 1, 2, n - 3, n - 2, n - 1] : Array.from({ length: n }, (_, i) => i);
    for (const i of indices) walk(axis + 1, offset + i * strides[axis]);
  };
  walk(0, 0);
  return out;
}

function extendLine(s: string, line: string, word: string, width: number, nextPrefix: string): [string, string] {
  let wrap = line.length + word.length > width;
  if (line.length <= nextPrefix.length) wrap = false;
  if (wrap) {
    s += line.trimEnd() + '\n';
    line = nextPrefix;
  }
  return [s, line + word];
}

/** A numeric array's layout: each element formatted to fit the ones that will be shown. */
function numericLayout(a: Printable): Layout {
  const fmt = formatterFor(shownValues(a, size(a.shape) > THRESHOLD), a.dtype);
  return { shape: a.shape, element: (flat) => fmt(a.data[flat]) };
}

/** _formatArray with numpy 1.24's defaults. */
function formatArray(a: Layout, separator: string, prefix: string, suffix: string): string {
  const total = size(a.shape);
  if (total === 0) return '[]';
  const summarise = total > THRESHOLD;
  const strides = a.shape.map((_, i) => size(a.shape.slice(i + 1)));
  const recurse = (axis: number, offset: number, hanging: string, width: number): string => {
    if (axis === a.shape.length) return a.element(offset);
    const nextHanging = hanging + ' ';
    const nextWidth = width - 1;
    const n = a.shape[axis];
    const showSummary = summarise && 2 * EDGE < n;
    const leading = showSummary ? EDGE : 0;
    const trailing = showSummary ? EDGE : n;
    const left = a.shape.length - axis;
    let s = '';
    if (left === 1) {
      const elemWidth = width - Math.max(separator.trimEnd().length, 1);
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        [s, line] = extendLine(s, line, recurse(axis + 1, offset + i * strides[axis], nextHanging, nextWidth), elemWidth, hanging);
        line += separator;
      }
      if (showSummary) {
        [s, line] = extendLine(s, line, '...', elemWidth, hanging);
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        [s, line] = extendLine(s, line, recurse(axis + 1, offset + (n - i) * strides[axis], nextHanging, nextWidth), elemWidth, hanging);
        line += separator;
      }
      [s, line] = extendLine(s, line, recurse(axis + 1, offset + (n - 1) * strides[axis], nextHanging, nextWidth), elemWidth, hanging);
      s += line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(left - 1);
      for (let i = 0; i < leading; i++) s += hanging + recurse(axis + 1, offset + i * strides[axis], nextHanging, nextWidth) + lineSep;
      if (showSummary) s += hanging + '...' + lineSep;
      for (let i = trailing; i > 1; i--) s += hanging + recurse(axis + 1, offset + (n - i) * strides[axis], nextHanging, nextWidth) + lineSep;
      s += hanging + recurse(axis + 1, offset + (n - 1) * strides[axis], nextHanging, nextWidth);
    }
    return '[' + s.slice(hanging.length) + ']';
  };
  return recurse(0, 0, ' ' + ' '.repeat(prefix.length), LINE_WIDTH - suffix.length);
}

/** array_repr: `array([1, 2])`, with `dtype=…` where numpy cannot imply it (float32, object, or an empty array). */
function reprOf(a: Layout, dtype: string): string {
  const total = size(a.shape);
  const skipDtype = total > 0 && (dtype === 'float64' || dtype === 'int64' || dtype === 'bool');
  const prefix = 'array(';
  const suffix = skipDtype ? ')' : ',';
  let body: string;
  if (total > 0 || (a.shape.length === 1 && a.shape[0] === 0)) body = formatArray(a, ', ', prefix, suffix);
  else body = `[], shape=(${a.shape.join(', ')}${a.shape.length === 1 ? ',' : ''})`;
  const text = prefix + body + suffix;
  if (skipDtype) return text;
  const dtypeText = `dtype=${dtype})`;
  const lastLine = text.length - (text.lastIndexOf('\n') + 1);
  return text + (lastLine + dtypeText.length + 1 > LINE_WIDTH ? '\n' + ' '.repeat(prefix.length) : ' ') + dtypeText;
}

/** repr(a) of a numeric array. */
export function arrayRepr(a: Printable): string {
  return reprOf(numericLayout(a), a.dtype);
}

/** str(a): `[1 2 3]`. */
export function arrayStr(a: Printable): string {
  return formatArray(numericLayout(a), ' ', '', '');
}

/** repr of an object array (matplotlib's grid of Axes): each element's repr, `dtype=object`. */
export function objectArrayRepr(shape: readonly number[], reprs: readonly string[]): string {
  return reprOf({ shape, element: (flat) => reprs[flat] }, 'object');
}
