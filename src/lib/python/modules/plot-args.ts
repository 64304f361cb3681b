// matplotlib's conventions as data: the default colour cycle (tab10), single-letter colours,
// fmt strings like '--r', '--', 'o', and turning Python values (lists, tensors) into columns.
import { HostObject, PyList, PyRange, PyTuple, isNumberLike, pyError, toNumber, typeNameOf, type PyValue } from '../objects/host';

/** matplotlib's default `axes.prop_cycle` (the tab10 palette): C0 blue, C1 orange, ... */
export const COLOR_CYCLE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf',
];

/** The base colours of fmt strings, as matplotlib defines them ('g' is dark green, not lime). */
const BASE_COLORS: Record<string, string> = {
  b: '#0000ff', g: '#008000', r: '#ff0000', c: '#00bfbf', m: '#bf00bf', y: '#bfbf00', k: '#000000', w: '#ffffff',
};
const TABLEAU: Record<string, string> = {
  'tab:blue': COLOR_CYCLE[0], 'tab:orange': COLOR_CYCLE[1], 'tab:green': COLOR_CYCLE[2], 'tab:red': COLOR_CYCLE[3],
  'tab:purple': COLOR_CYCLE[4], 'tab:brown': COLOR_CYCLE[5], 'tab:pink': COLOR_CYCLE[6], 'tab:gray': COLOR_CYCLE[7],
  'tab:grey': COLOR_CYCLE[7], 'tab:olive': COLOR_CYCLE[8], 'tab:cyan': COLOR_CYCLE[9],
};
const MARKERS = new Set(['.', ',', 'o', 'v', '^', '<', '>', '1', '2', '3', '4', '8', 's', 'p', '*', 'h', 'H', '+', 'x', 'X', 'D', 'd', '|', '_']);
const LINESTYLES = ['--', '-.', '-', ':'];

/** A matplotlib colour argument as a CSS colour: 'r', 'C1', 'tab:red', 'red', '#ff0000', (r,g,b). */
export function resolveColor(value: PyValue): string {
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (Object.hasOwn(BASE_COLORS, lower)) return BASE_COLORS[lower];
    const cycle = /^c(\d)$/.exec(lower);
    if (cycle) return COLOR_CYCLE[Number(cycle[1])];
    if (Object.hasOwn(TABLEAU, lower)) return TABLEAU[lower];
    if (/^#([0-9a-f]{6}|[0-9a-f]{8}|[0-9a-f]{3})$/.test(lower)) return lower;
    if (/^[a-z]+$/.test(lower)) return lower; // CSS4 named colours are matplotlib's named colours
    if (/^(0(\.\d+)?|1(\.0*)?)$/.test(lower)) {
      const level = Math.round(Number(lower) * 255).toString(16).padStart(2, '0');
      return `#${level}${level}${level}`; // grey level as a string: '0.5'
    }
  }
  if (value instanceof PyTuple || value instanceof PyList) {
    const parts = value.items.map((v) => toNumber(v));
    if (parts.length === 3 || parts.length === 4) {
      return '#' + parts.slice(0, 3).map((p) => Math.round(p * 255).toString(16).padStart(2, '0')).join('');
    }
  }
  throw pyError('ValueError', `${typeof value === 'string' ? `'${value}'` : typeNameOf(value)} is not a valid value for color`);
}

export interface ParsedFormat {
  color: string | null;
  marker: string | null;
  linestyle: string | null;
}

/** matplotlib's _process_plot_format: '--r' -> dashed red, 'o' -> circles without a line. */
export function parseFormat(fmt: string): ParsedFormat {
  let color: string | null = null;
  let marker: string | null = null;
  let linestyle: string | null = null;
  const fail = () => pyError('ValueError', `'${fmt}' is not a valid format string (unrecognized character)`);
  let i = 0;
  while (i < fmt.length) {
    const style = LINESTYLES.find((s) => fmt.startsWith(s, i));
    if (style) {
      if (linestyle !== null) throw pyError('ValueError', `'${fmt}' is not a valid format string (two linestyle symbols)`);
      linestyle = style;
      i += style.length;
      continue;
    }
    const c = fmt[i];
    if (c === 'C' && /\d/.test(fmt[i + 1] ?? '')) {
      if (color !== null) throw pyError('ValueError', `'${fmt}' is not a valid format string (two color symbols)`);
      color = COLOR_CYCLE[Number(fmt[i + 1])];
      i += 2;
      continue;
    }
    if (Object.hasOwn(BASE_COLORS, c)) {
      if (color !== null) throw pyError('ValueError', `'${fmt}' is not a valid format string (two color symbols)`);
      color = BASE_COLORS[c];
    } else if (MARKERS.has(c)) {
      if (marker !== null) throw pyError('ValueError', `'${fmt}' is not a valid format string (two marker symbols)`);
      marker = c;
    } else {
      throw fail();
    }
    i++;
  }
  if (linestyle === null && marker === null) linestyle = '-';
  if (linestyle === null) linestyle = 'None';
  return { color, marker, linestyle };
}

/**
 * One number of the data (a limit, axhline's y, a marker size): an array object goes through
 * toArray as matplotlib's np.asarray does, so a tensor that requires grad raises numpy()'s error.
 */
export function plotNumber(value: PyValue): number {
  if (value instanceof HostObject && value.toArray) {
    const { data } = value.toArray();
    if (data.length === 1) return Number(data[0]);
  }
  return toNumber(value);
}

/** Values as columns of numbers: a 1-D sequence is one column, an (N, k) array k columns. */
export function toColumns(value: PyValue, what: string): number[][] {
  if (value instanceof HostObject && value.toArray) {
    const { data, shape } = value.toArray();
    if (shape.length <= 1) return [Array.from(data, Number)];
    if (shape.length === 2) {
      const [rows, cols] = shape;
      return Array.from({ length: cols }, (_, c) => Array.from({ length: rows }, (_, r) => Number(data[r * cols + c])));
    }
    throw pyError('ValueError', `${what} can not be plotted: it has ${shape.length} dimensions (expected 1 or 2)`);
  }
  if (isNumberLike(value)) return [[toNumber(value)]];
  if (value instanceof PyRange) return [Array.from({ length: value.length }, (_, i) => value.at(i))];
  if (value instanceof PyList || value instanceof PyTuple) {
    const items = value.items;
    if (items.length > 0 && items.every((item) => item instanceof PyList || item instanceof PyTuple)) {
      const rows = items.map((row) => (row as PyList).items.map((v) => toNumber(v)));
      const cols = rows[0].length;
      if (rows.some((row) => row.length !== cols)) throw pyError('ValueError', `${what} rows have different lengths`);
      return Array.from({ length: cols }, (_, c) => rows.map((row) => row[c]));
    }
    return [items.map((item) => {
      if (item instanceof HostObject && item.toFloat) return item.toFloat();
      return toNumber(item, `${what} values`);
    })];
  }
  throw pyError('TypeError', `${what} must be a list, a tensor or numbers, not ${typeNameOf(value)}`);
}
