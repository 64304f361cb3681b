// How pandas 1.5.3 shows a DataFrame or a Series, with Jupyter's display options (max_rows 60,
// min_rows 10, max_columns 20, width 80, show_dimensions 'truncate'): DataFrameFormatter and
// StringFormatter for the text (repr, print), SeriesFormatter for a Series, and the cells of the
// HTML table (`_repr_html_`, the notebook's view), all from the same truncation and formatting.
import type { TableSpec } from '../../objects/display';
import type { PyValue } from '../../objects/host';
import { columnLength, isNumericDtype, type Column } from './column';
import { formatColumn, makeFixedWidth } from './format-array';
import type { PandasIndex } from './labels';
import { adjoin, justify, pprintSequence, pprintThing, pyLen, widest } from './printing';

export interface FrameParts {
  readonly columns: PandasIndex;
  readonly data: readonly Column[];
  readonly index: PandasIndex;
}

export interface SeriesParts {
  readonly column: Column;
  readonly index: PandasIndex;
  readonly name: PyValue;
}

export interface DisplayOptions {
  /** display.max_rows (null: every row). */
  maxRows: number | null;
  minRows: number;
  /** display.max_columns (null: every column). */
  maxCols: number | null;
  /** The console width the text wraps at (null: one block, as to_string()). */
  lineWidth: number | null;
}

/** What Jupyter has: the repr and `_repr_html_` of a frame or Series. */
export const JUPYTER: DisplayOptions = { maxRows: 60, minRows: 10, maxCols: 20, lineWidth: 80 };
/** DataFrame.to_string(): everything. */
export const EVERYTHING: DisplayOptions = { maxRows: null, minRows: 0, maxCols: null, lineWidth: null };

/** Which positions are shown, and where the `...` goes (how many shown before it), on one axis. */
interface Cut {
  positions: number[];
  /** tr_row_num / tr_col_num: the `...` sits after this many shown items; null when nothing is left out. */
  at: number | null;
}

/** DataFrameFormatter.truncate along one axis: the first and last `fitted // 2`. */
function cut(n: number, fitted: number | null): Cut {
  const all = Array.from({ length: n }, (_, i) => i);
  if (!fitted || n <= fitted) return { positions: all, at: null };
  const half = Math.floor(fitted / 2);
  if (half < 1) return { positions: all.slice(0, fitted), at: fitted };
  return { positions: [...all.slice(0, half), ...all.slice(n - half)], at: half };
}

/** _calc_max_rows_fitted with _adjust_max_rows: past max_rows, min_rows rows are shown. */
function rowsFitted(n: number, options: DisplayOptions): number | null {
  const { maxRows, minRows } = options;
  if (maxRows && n > maxRows && minRows) return Math.min(minRows, maxRows);
  return maxRows;
}

interface Layout {
  rows: Cut;
  cols: Cut;
}

function layout(frame: FrameParts, options: DisplayOptions): Layout {
  return { rows: cut(frame.index.size, rowsFitted(frame.index.size, options)), cols: cut(frame.data.length, options.maxCols) };
}

const isTruncated = (l: Layout) => l.rows.at !== null || l.cols.at !== null;

/** The labels of the shown columns as headers: Index.format(), with a leading space over numeric columns. */
function columnHeaders(frame: FrameParts, l: Layout): string[] {
  const labels = frame.columns.formatLabels(l.cols.positions, l.cols.at !== null);
  return labels.map((label, k) => (isNumericDtype(frame.data[l.cols.positions[k]].dtype) ? ` ${label}` : label));
}

/** DataFrameFormatter.get_strcols: the index column and each shown column as header + values, padded to one width. */
function strcols(frame: FrameParts, l: Layout): string[][] {
  const headers = columnHeaders(frame, l);
  const columns = l.cols.positions.map((c, k) => {
    const width = pyLen(headers[k]);
    const values = makeFixedWidth(formatColumn(frame.data[c], l.rows.positions), 'right', width);
    return [...justify([headers[k]], Math.max(widest(values), width)), ...values];
  });
  const index = makeFixedWidth(frame.index.formatLabels(l.rows.positions, l.rows.at !== null), 'left');
  return [['', ...index], ...columns];
}

/** StringFormatter._insert_dot_separators: the ` ...` column and the `...`/`..` row. */
function insertDots(cols: string[][], l: Layout): string[][] {
  const dotCol = l.cols.at !== null ? l.cols.at + 1 : -1;
  if (l.cols.at !== null) cols.splice(dotCol, 0, Array<string>(cols[0].length).fill(' ...'));
  const rowAt = l.rows.at;
  if (rowAt !== null) {
    cols.forEach((col, ix) => {
      let width = pyLen(col[rowAt]);
      const isDotCol = ix === dotCol;
      const dots = width > 3 || isDotCol ? '...' : '..';
      if (isDotCol) width = 4;
      col.splice(rowAt + 1, 0, justify([dots], width, ix === 0 ? 'left' : 'right')[0]);
    });
  }
  return cols;
}

/** _binify: where the column blocks of a wrapped frame end. */
function binify(widths: number[], lineWidth: number): number[] {
  const bins: number[] = [];
  let current = 0;
  widths.forEach((w, i) => {
    current += w + 1;
    const wrap = (i === widths.length - 1 ? current + 1 > lineWidth : current + 2 > lineWidth) && i > 0;
    if (wrap) {
      bins.push(i);
      current = w + 1;
    }
  });
  bins.push(widths.length);
  return bins;
}

/** _join_multiline: blocks of columns that fit the line, each after the index, ` \` where a block goes on. */
function joinMultiline(cols: string[][], lineWidth: number, nrows: number): string {
  const [index, ...rest] = cols;
  const width = lineWidth - (widest(index) + 1);
  const bins = binify(rest.map(widest), width);
  const blocks: string[] = [];
  let start = 0;
  bins.forEach((end, i) => {
    const row = [index, ...rest.slice(start, end)];
    if (bins.length > 1) {
      row.push(end <= rest.length && i < bins.length - 1 ? [' \\', ...Array<string>(nrows - 1).fill('  ')] : Array<string>(nrows).fill(' '));
    }
    blocks.push(adjoin(1, ...row));
    start = end;
  });
  return blocks.join('\n\n');
}

/** repr(df) with Jupyter's options, or df.to_string() with EVERYTHING. */
export function frameToString(frame: FrameParts, options: DisplayOptions = JUPYTER): string {
  const nrows = frame.index.size;
  if (nrows === 0 || frame.data.length === 0) {
    return `Empty DataFrame\nColumns: ${pprintSequence(frame.columns.labels)}\nIndex: ${pprintSequence(frame.index.labels)}`;
  }
  const l = layout(frame, options);
  const cols = insertDots(strcols(frame, l), l);
  const text = options.lineWidth === null ? adjoin(1, ...cols) : joinMultiline(cols, options.lineWidth, l.rows.at !== null ? l.rows.positions.length + 1 : nrows);
  return isTruncated(l) ? `${text}\n\n[${nrows} rows x ${frame.data.length} columns]` : text;
}

/** repr(series) with Jupyter's options (SeriesFormatter: name, Length when truncated, dtype). */
export function seriesToString(series: SeriesParts, options: DisplayOptions = JUPYTER): string {
  const n = columnLength(series.column);
  const rows = cut(n, rowsFitted(n, options));
  const footer = [
    ...(series.name !== null ? [`Name: ${pprintThing(series.name)}`] : []),
    ...(rows.at !== null ? [`Length: ${n}`] : []),
    `dtype: ${series.column.dtype}`,
  ].join(', ');
  if (n === 0) return `Series([], ${footer})`;
  const index = series.index.formatLabels(rows.positions, rows.at !== null);
  const values = formatColumn(series.column, rows.positions);
  if (rows.at !== null) {
    const width = pyLen(values[rows.at - 1]);
    values.splice(rows.at, 0, justify([width > 3 ? '...' : '..'], width, 'center')[0]);
    index.splice(rows.at, 0, '');
  }
  return `${adjoin(3, index, values)}\n${footer}`;
}

/** The cells of `_repr_html_()`'s table (NotebookFormatter): shown labels and values, stripped, with `...` where rows or columns were left out. */
export function frameTable(frame: FrameParts, options: DisplayOptions = JUPYTER): TableSpec {
  const l = layout(frame, options);
  const strip = (list: string[]) => list.map((s) => s.trim());
  const columns = strip(frame.columns.formatLabels(l.cols.positions, l.cols.at !== null));
  const values = l.cols.positions.map((c) => strip(formatColumn(frame.data[c], l.rows.positions)));
  const index = strip(frame.index.formatLabels(l.rows.positions, l.rows.at !== null));
  if (l.cols.at !== null) {
    columns.splice(l.cols.at, 0, '...');
    values.splice(l.cols.at, 0, Array<string>(l.rows.positions.length).fill('...'));
  }
  const rows = index.map((label, i) => ({ index: label, cells: values.map((column) => column[i]) }));
  if (l.rows.at !== null) rows.splice(l.rows.at, 0, { index: '...', cells: Array<string>(values.length).fill('...') });
  return {
    columns,
    rows,
    dimensions: isTruncated(l) ? `${frame.index.size} rows × ${frame.data.length} columns` : null,
  };
}
