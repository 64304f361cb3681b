// matplotlib's conventions as data: the default colour cycle (tab10), single-letter colours,
// fmt strings like '--r', '--', 'o', and turning Python values (lists, tensors) into columns.
import { HostObject, PyList, PyRange, PyTuple, isNumberLike, notSupportedYet, pyError, toNumber, typeNameOf, type KwArgs, type PyValue } from '../objects/host';

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

/** RGB of common CSS colour names (matplotlib's CSS4 values), for colours the page computes with (3-D shading). */
const CSS_RGB: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00', orange: '#ffa500',
  purple: '#800080', gray: '#808080', grey: '#808080', pink: '#ffc0cb', brown: '#a52a2a', cyan: '#00ffff', magenta: '#ff00ff',
  navy: '#000080', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9', darkgrey: '#a9a9a9', silver: '#c0c0c0',
  skyblue: '#87ceeb', lightblue: '#add8e6', steelblue: '#4682b4', darkblue: '#00008b', darkred: '#8b0000', darkgreen: '#006400',
  gold: '#ffd700', teal: '#008080', olive: '#808000', coral: '#ff7f50', salmon: '#fa8072', tomato: '#ff6347', crimson: '#dc143c',
  violet: '#ee82ee', indigo: '#4b0082',
};

/** A colour resolveColor gave ('#1f77b4', '#fff', 'orange') as [r, g, b] in 0…1. */
export function rgbOf(color: string): number[] {
  const hex = CSS_RGB[color] ?? color;
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/.exec(hex);
  if (long) return long.slice(1, 4).map((h) => parseInt(h, 16) / 255);
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  if (short) return short.slice(1, 4).map((h) => parseInt(h + h, 16) / 255);
  throw notSupportedYet(`이 색 이름('${color}')의 음영 / shading the colour '${color}' (give it as '#rrggbb')`);
}

/** The first of these keyword arguments given and not None. */
export function kw(kwargs: KwArgs, ...names: string[]): PyValue | undefined {
  for (const name of names) if (kwargs.has(name) && kwargs.get(name) !== null) return kwargs.get(name);
  return undefined;
}

/** label='…' of a plotting call (a legend entry), or null. */
export const labelOf = (kwargs: KwArgs): string | null => {
  const value = kw(kwargs, 'label');
  return typeof value === 'string' ? value : null;
};

/** alpha=… of a plotting call (1 when not given). */
export const alphaOf = (kwargs: KwArgs): number => {
  const value = kw(kwargs, 'alpha');
  return value === undefined ? 1 : toNumber(value);
};

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
