// `matplotlib.gridspec`: GridSpec(nrows, ncols) and the SubplotSpec its indexing gives
// (`spec[0, :]`, `spec[1:, 1]`, `spec[3]`), which fig.add_subplot / plt.subplot turn into an axes
// spanning those cells; and where matplotlib puts a cell span on the figure (get_grid_positions
// with the default subplot parameters, in its float order), for ax.get_position(). The page
// draws a span as one axes over the cells (AxesSpec.slot and span).
// Only equal cells with rcParams' margins: width_ratios, height_ratios and the spacing
// arguments raise NotImplementedError (the page's layout has equal columns and rows).
import {
  HostObject,
  PyModule,
  PyRange,
  PySlice,
  PyTuple,
  bindArgs,
  hostFunction,
  notSupportedYet,
  pyError,
  toIndex,
  type KwArgs,
  type PyValue,
} from '../objects/host';
import { sliceIndices } from '../objects/sequence';
import { floatRepr } from '../objects/format';

/** rcParams figure.subplot.*: where a figure's grid of axes sits (fractions of the figure). */
export const SUBPLOT_PARAMS = { left: 0.125, right: 0.9, bottom: 0.11, top: 0.88, wspace: 0.2, hspace: 0.2 } as const;

/** One axis of GridSpecBase.get_grid_positions: each cell's [start, end] offset from the first edge, numpy's cumsum order. */
function cellOffsets(count: number, total: number, space: number): [number, number][] {
  const cell = total / (count + space * (count - 1));
  const sep = space * cell;
  const norm = (cell * count) / count; // cell_h * nrows / sum(ratios), the ratios all 1
  const offsets: [number, number][] = [];
  let sum = 0;
  for (let i = 0; i < count; i++) {
    sum += i === 0 ? 0 : sep;
    const start = sum;
    sum += norm;
    offsets.push([start, sum]);
  }
  return offsets;
}

/** The figure box [x0, y0, x1, y1] of cells rows r0..r1, cols c0..c1 (inclusive) of a rows × cols grid: SubplotSpec.get_position. */
export function cellBox(rows: number, cols: number, r0: number, c0: number, r1: number, c1: number): [number, number, number, number] {
  const { left, right, bottom, top, wspace, hspace } = SUBPLOT_PARAMS;
  const heights = cellOffsets(rows, top - bottom, hspace);
  const widths = cellOffsets(cols, right - left, wspace);
  return [left + widths[c0][0], top - heights[r1][1], left + widths[c1][1], top - heights[r0][0]];
}

/** matplotlib.transforms.Bbox as get_position returns it: `Bbox([[x0, y0], [x1, y1]])`, .bounds. */
export class Bbox extends HostObject {
  readonly typeName = 'Bbox';
  override readonly moduleName = 'matplotlib.transforms';
  constructor(private readonly box: readonly [number, number, number, number]) {
    super();
  }
  override repr(): string {
    const [x0, y0, x1, y1] = this.box.map(floatRepr);
    return `Bbox([[${x0}, ${y0}], [${x1}, ${y1}]])`;
  }
  override str(): string {
    const [x0, y0, x1, y1] = this.box.map(floatRepr);
    return `Bbox(x0=${x0}, y0=${y0}, x1=${x1}, y1=${y1})`;
  }
  override getAttr(name: string): PyValue | undefined {
    const [x0, y0, x1, y1] = this.box;
    switch (name) {
      case 'bounds': return new PyTuple([x0, y0, x1 - x0, y1 - y0]);
      case 'extents': return new PyTuple([x0, y0, x1, y1]);
      case 'x0': return x0;
      case 'y0': return y0;
      case 'x1': return x1;
      case 'y1': return y1;
      case 'width': return x1 - x0;
      case 'height': return y1 - y0;
      default: return undefined;
    }
  }
}

/** A rectangle of a GridSpec's cells, from flat cell num1 to num2 (its two corners), as matplotlib keeps it. */
export class SubplotSpec extends HostObject {
  readonly typeName = 'SubplotSpec';
  override readonly moduleName = 'matplotlib.gridspec';
  constructor(
    readonly grid: GridSpec,
    readonly num1: number,
    readonly num2: number,
  ) {
    super();
  }
  /** First and last row, first and last column (inclusive). */
  get cells(): { r0: number; r1: number; c0: number; c1: number } {
    const { ncols } = this.grid;
    const [c0, c1] = [this.num1 % ncols, this.num2 % ncols].sort((a, b) => a - b);
    return { r0: Math.floor(this.num1 / ncols), r1: Math.floor(this.num2 / ncols), c0, c1 };
  }
  override repr(): string {
    const { r0, r1, c0, c1 } = this.cells;
    return `${this.grid.repr()}[${r0}:${r1 + 1}, ${c0}:${c1 + 1}]`;
  }
  override getAttr(name: string): PyValue | undefined {
    const { r0, r1, c0, c1 } = this.cells;
    switch (name) {
      case 'rowspan': return new PyRange(r0, r1 + 1, 1);
      case 'colspan': return new PyRange(c0, c1 + 1, 1);
      case 'num1': return BigInt(this.num1);
      case 'num2': return BigInt(this.num2);
      case 'get_gridspec': return hostFunction('get_gridspec', () => this.grid);
      case 'get_geometry': return hostFunction('get_geometry', () => new PyTuple([BigInt(this.grid.nrows), BigInt(this.grid.ncols), BigInt(this.num1), BigInt(this.num2)]));
      case 'is_first_row': return hostFunction('is_first_row', () => r0 === 0);
      case 'is_last_row': return hostFunction('is_last_row', () => r1 === this.grid.nrows - 1);
      case 'is_first_col': return hostFunction('is_first_col', () => c0 === 0);
      case 'is_last_col': return hostFunction('is_last_col', () => c1 === this.grid.ncols - 1);
      default: return undefined;
    }
  }
}

/** GridSpec.__getitem__'s _normalize: a slice or an index along one axis (axis null: the flat index) to its first and last cell. */
function normalize(key: PyValue, size: number, axis: 0 | 1 | null): [number, number] {
  if (key instanceof PySlice) {
    const { start, stop } = sliceIndices(key, size);
    if (stop > start) return [start, stop - 1];
    throw pyError('IndexError', 'GridSpec slice would result in no space allocated for subplot');
  }
  if (typeof key === 'string') throw pyError('TypeError', "'<' not supported between instances of 'str' and 'int'");
  const given = toIndex(key);
  const at = given < 0 ? given + size : given;
  if (at >= 0 && at < size) return [at, at];
  if (axis !== null) throw pyError('IndexError', `index ${given} is out of bounds for axis ${axis} with size ${size}`);
  throw pyError('IndexError', `index ${given} is out of bounds for GridSpec with size ${size}`);
}

export class GridSpec extends HostObject {
  readonly typeName = 'GridSpec';
  override readonly moduleName = 'matplotlib.gridspec';
  constructor(
    readonly nrows: number,
    readonly ncols: number,
    /** The figure it was made for (figure=, fig.add_gridspec), or null. */
    readonly figure: PyValue,
  ) {
    super();
  }
  override repr(): string {
    return `GridSpec(${this.nrows}, ${this.ncols})`;
  }
  override getItem(key: PyValue): PyValue {
    if (key instanceof PyTuple) {
      if (key.items.length !== 2) throw pyError('ValueError', 'Unrecognized subplot spec');
      const [r0, r1] = normalize(key.items[0], this.nrows, 0);
      const [c0, c1] = normalize(key.items[1], this.ncols, 1);
      return new SubplotSpec(this, r0 * this.ncols + c0, r1 * this.ncols + c1);
    }
    const [num1, num2] = normalize(key, this.nrows * this.ncols, null);
    return new SubplotSpec(this, num1, num2);
  }
  /** new_subplotspec(loc, rowspan, colspan): what plt.subplot2grid places. */
  subplotAt(row: number, col: number, rowspan: number, colspan: number): SubplotSpec {
    const slice = (start: number, count: number) => new PySlice(BigInt(start), BigInt(start + count), null);
    return this.getItem(new PyTuple([slice(row, rowspan), slice(col, colspan)])) as SubplotSpec;
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'nrows': return BigInt(this.nrows);
      case 'ncols': return BigInt(this.ncols);
      case 'figure': return this.figure;
      case 'get_geometry': return hostFunction('get_geometry', () => new PyTuple([BigInt(this.nrows), BigInt(this.ncols)]));
      default: return undefined;
    }
  }
}

/** The parameters of GridSpec(...) beyond the grid and figure: none is drawn by the page yet. */
const LAYOUT_PARAMETERS = ['left', 'bottom', 'right', 'top', 'wspace', 'hspace', 'width_ratios', 'height_ratios'] as const;

/** GridSpec(nrows, ncols, figure=None, ...) with matplotlib's checks of the grid's size. */
export function newGridSpec(args: readonly PyValue[], kwargs: KwArgs, figure: PyValue = null): GridSpec {
  const a = bindArgs('GridSpec.__init__', ['nrows', 'ncols', ['figure', null], ...LAYOUT_PARAMETERS.map((name) => [name, null] as [string, PyValue])], args, kwargs);
  for (const name of LAYOUT_PARAMETERS) if (a[name] !== null) throw notSupportedYet(`matplotlib.gridspec.GridSpec(${name}=...)`);
  const count = (value: PyValue, what: string): number => {
    if (typeof value !== 'bigint' || value <= 0n) throw pyError('ValueError', `Number of ${what} must be a positive integer, not ${typeof value === 'number' ? floatRepr(value) : String(value)}`);
    return Number(value);
  };
  return new GridSpec(count(a.nrows, 'rows'), count(a.ncols, 'columns'), a.figure ?? figure);
}

export function createGridspecModule(): PyModule {
  return new PyModule('matplotlib.gridspec', new Map<string, PyValue>([
    ['GridSpec', hostFunction('GridSpec', (args, kwargs) => newGridSpec(args, kwargs))],
  ]));
}
