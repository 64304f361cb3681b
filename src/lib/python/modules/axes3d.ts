// mplot3d's Axes3D as matplotlib 3.6 builds it (mpl_toolkits/mplot3d/axes3d.py, art3d.py): what
// plot_surface, plot_wireframe, scatter and plot add to a 3-D axes, recorded as plain data
// (display.ts's Axes3DSpec) that the page projects and draws at the view's elev/azim. The parts
// the picture depends on follow matplotlib: the polygons of plot_surface (each patch's perimeter
// at the data's resolution, rstride/cstride or rcount/ccount), their shading by the fixed light
// source, the colour cycles, and the autoscaled limits (x/y margins 5 %, z none until a scatter).
// pyplot.ts's Axes3D (the object a cell holds) binds these to its spec.
import {
  HostObject,
  PyList,
  PyModule,
  PyTuple,
  bindArgs,
  hostFunction,
  notSupportedYet,
  pyError,
  toIndex,
  toNumber,
  typeNameOf,
  type HostContext,
  type KwArgs,
  type PyValue,
} from '../objects/host';
import type { Axes3DSpec, AxesSpec, Line3DSeries, Scatter3DSeries, SurfaceSeries, WireframeSeries } from '../objects/display';
import { COLOR_CYCLE, alphaOf, kw, labelOf, parseFormat, plotNumber, resolveColor, rgbOf, toColumns } from './plot-args';
import { NdArray, fromPython, shapeText } from './numpy/array';
import { pairwiseSum } from './numpy/reduce';
import { lutHex, lutIndex, roundedColormapLut } from './colormaps';

type Method = (args: readonly PyValue[], kwargs: KwArgs) => PyValue;

/** What the 3-D methods need of the axes they draw on (pyplot.ts's Axes3D). */
export interface Axes3DHost {
  readonly spec: AxesSpec;
  readonly three: Axes3DSpec;
  readonly limits: DataLimits3D;
  nextLineColor(): string;
  nextPatchColor(): string;
}

export function newAxes3DSpec(): Axes3DSpec {
  return { elev: 30, azim: -60, roll: 0, zlabel: '', zlim: null, autoLimits: [[0, 1], [0, 1], [0, 1]], artists: [] };
}

const ART3D = 'mpl_toolkits.mplot3d.art3d';
/** Qualified names for "not supported yet" of the 3-D Axes's own methods. */
export const AXES3D_QUALNAME = 'mpl_toolkits.mplot3d.axes3d.Axes3D';

/** A grid of numbers (a 2-D array, a tensor, nested lists or one number) with its shape. */
interface Grid {
  data: ArrayLike<number>;
  shape: readonly number[];
}

function gridOf(value: PyValue): Grid {
  if (value instanceof HostObject && value.toArray) return value.toArray();
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return { data: [toNumber(value)], shape: [] };
  const a = fromPython(value);
  return { data: a.data, shape: a.shape };
}

/**
 * np.broadcast_arrays: every grid at the common shape, as flat number arrays. The error names
 * the first pair that disagrees, as numpy's broadcast does (the argument that set the size, then
 * the one that contradicts it, dimension by dimension).
 */
function broadcastGrids(grids: readonly Grid[]): { shape: number[]; values: number[][] } {
  const nd = Math.max(...grids.map((g) => g.shape.length));
  const shape: number[] = new Array(nd).fill(1);
  const setBy: number[] = new Array(nd).fill(0);
  for (let i = 0; i < nd; i++) {
    grids.forEach((g, j) => {
      const size = g.shape[g.shape.length - nd + i] ?? 1;
      if (size === 1) return;
      if (shape[i] === 1) {
        shape[i] = size;
        setBy[i] = j;
      } else if (shape[i] !== size) {
        throw pyError(
          'ValueError',
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${setBy[i]} with shape ${shapeText(grids[setBy[i]].shape)} and arg ${j} with shape ${shapeText(g.shape)}.`,
        );
      }
    });
  }
  const total = shape.reduce((a, b) => a * b, 1);
  const values = grids.map((g) => {
    if (g.data.length === total) return Array.from(g.data, Number);
    const strides = g.shape.map((_, k) => g.shape.slice(k + 1).reduce((a, b) => a * b, 1));
    const out = new Array<number>(total);
    for (let flat = 0; flat < total; flat++) {
      let rest = flat;
      let source = 0;
      for (let i = nd - 1; i >= 0; i--) {
        const position = rest % shape[i];
        rest = Math.floor(rest / shape[i]);
        const k = g.shape.length - nd + i;
        if (k >= 0 && g.shape[k] !== 1) source += position * strides[k];
      }
      out[flat] = Number(g.data[source]);
    }
    return out;
  });
  return { shape, values };
}

/**
 * The data limits matplotlib keeps for a 3-D axes (xy_dataLim, zz_dataLim) and the z margin,
 * which a scatter raises to 5 %. Each artist added widens them (the first replaces the empty
 * axes' unit box) and the view limits are autoscaled again, as auto_scale_xyz does.
 */
export class DataLimits3D {
  private box: number[] | null = null;
  zmargin = 0;
  add(xs: ArrayLike<number>, ys: ArrayLike<number>, zs: ArrayLike<number>): void {
    const box = this.box ?? [Infinity, -Infinity, Infinity, -Infinity, Infinity, -Infinity];
    [xs, ys, zs].forEach((values, axis) => {
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!Number.isFinite(v)) continue;
        if (v < box[2 * axis]) box[2 * axis] = v;
        if (v > box[2 * axis + 1]) box[2 * axis + 1] = v;
      }
    });
    this.box = box;
  }
  /** autoscale_view: each axis made nonsingular, then widened by its margin. */
  autoLimits(): Axes3DSpec['autoLimits'] {
    const margins = [0.05, 0.05, this.zmargin];
    const axis = (i: number): [number, number] => {
      const box = this.box;
      if (!box || box[2 * i] > box[2 * i + 1]) return [0, 1];
      let [low, high] = nonsingular(box[2 * i], box[2 * i + 1]);
      const delta = (high - low) * margins[i];
      low -= delta;
      high += delta;
      return nonsingular(low, high, 0.001);
    };
    return [axis(0), axis(1), axis(2)];
  }
  clear(): void {
    this.box = null;
    this.zmargin = 0;
  }
}

/** matplotlib.transforms.nonsingular: a zero-width interval is widened by `expander` of its size. */
function nonsingular(v0: number, v1: number, expander = 0.05): [number, number] {
  if (!Number.isFinite(v0) || !Number.isFinite(v1)) return [-expander, expander];
  let low = Math.min(v0, v1);
  let high = Math.max(v0, v1);
  const maxAbs = Math.max(Math.abs(low), Math.abs(high));
  if (maxAbs < (1e6 / 1e-15) * 2.2250738585072014e-308) return [-expander, expander];
  if (high - low <= maxAbs * 1e-15) {
    if (high === 0 && low === 0) return [-expander, expander];
    low -= expander * Math.abs(low);
    high += expander * Math.abs(high);
  }
  return v0 <= v1 ? [low, high] : [high, low];
}

function recordData(axes: Axes3DHost, xs: ArrayLike<number>, ys: ArrayLike<number>, zs: ArrayLike<number>): void {
  axes.limits.add(xs, ys, zs);
  axes.three.autoLimits = axes.limits.autoLimits();
}

// ── artists ───────────────────────────────────────────────────────────────────────────────

class Artist3D extends HostObject {
  override readonly moduleName = ART3D;
  constructor(readonly typeName: string) {
    super();
  }
  protected methods(): Record<string, Method> {
    return {};
  }
  override getAttr(name: string): PyValue | undefined {
    const method = this.methods()[name];
    return method ? hostFunction(name, method) : undefined;
  }
}

const setAlpha = (write: (alpha: number) => void): Method => (args, kwargs) => {
  const { alpha } = bindArgs('set_alpha', ['alpha'], args, kwargs);
  write(alpha === null ? 1 : toNumber(alpha));
  return null;
};

/** plot_surface's result. */
class Poly3DCollection extends Artist3D {
  constructor(private readonly series: SurfaceSeries) {
    super('Poly3DCollection');
  }
  protected override methods(): Record<string, Method> {
    return { set_alpha: setAlpha((alpha) => (this.series.alpha = alpha)) };
  }
}

/** plot_wireframe's result. */
class Line3DCollection extends Artist3D {
  constructor(private readonly series: WireframeSeries) {
    super('Line3DCollection');
  }
  protected override methods(): Record<string, Method> {
    return {
      set_alpha: setAlpha((alpha) => (this.series.alpha = alpha)),
      set_color: (args, kwargs) => ((this.series.color = resolveColor(bindArgs('set_color', ['c'], args, kwargs).c)), null),
    };
  }
}

/** One coordinate column of 3-D data: a list, a tensor or an array, flattened. */
const column = (value: PyValue, what: string): number[] => toColumns(value, what).flat();

/** A 3-D scatter's result: `_offsets3d` reads and replaces its points (an animation's frame). */
class Path3DCollection extends Artist3D {
  private offsets: PyValue | null = null;
  constructor(private readonly series: Scatter3DSeries) {
    super('Path3DCollection');
  }
  protected override methods(): Record<string, Method> {
    return {
      set_alpha: setAlpha((alpha) => (this.series.alpha = alpha)),
      set_color: (args, kwargs) => ((this.series.color = resolveColor(bindArgs('set_color', ['c'], args, kwargs).c)), null),
    };
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === '_offsets3d') {
      const s = this.series;
      return this.offsets ?? new PyTuple([s.x, s.y, s.z].map((values) => new NdArray(Float64Array.from(values), [values.length], 'float64')));
    }
    return super.getAttr(name);
  }
  override setAttr(name: string, value: PyValue): boolean {
    if (name !== '_offsets3d') return false;
    const parts = value instanceof PyTuple || value instanceof PyList ? value.items : null;
    if (!parts || parts.length !== 3) throw pyError('ValueError', `not enough values to unpack (expected 3, got ${parts ? parts.length : 1})`);
    const [x, y, z] = parts.map((part, i) => column(part, 'xyz'[i]));
    // new arrays, never written in place: an animation's earlier frames share the old ones
    Object.assign(this.series, { x, y, z });
    this.offsets = value;
    return true;
  }
}

/** A 3-D plot's line: set_data_3d (an animation's frame), get_data_3d, and the Line2D setters the course uses. */
class Line3D extends Artist3D {
  constructor(
    private readonly series: Line3DSeries,
    /** get_data_3d's value: what was last set, or the data as plot made it. */
    private data: PyValue,
  ) {
    super('Line3D');
  }
  private setXYZ(x: number[] | null, y: number[] | null, z: number[] | null): void {
    const s = this.series;
    if (x) s.x = x;
    if (y) s.y = y;
    if (z) s.z = z;
  }
  protected override methods(): Record<string, Method> {
    const s = this.series;
    return {
      set_data_3d: (args) => {
        const parts = args.length === 1 ? args[0] : new PyTuple(args);
        const items = parts instanceof PyTuple || parts instanceof PyList ? parts.items : null;
        if (!items || items.length !== 3) throw pyError('ValueError', `not enough values to unpack (expected 3, got ${items ? items.length : 1})`);
        this.setXYZ(column(items[0], 'x'), column(items[1], 'y'), column(items[2], 'z'));
        this.data = parts;
        return null;
      },
      get_data_3d: () => this.data,
      set_data: (args) => {
        const pair = args.length === 1 ? args[0] : new PyTuple(args);
        const items = pair instanceof PyTuple || pair instanceof PyList ? pair.items : null;
        if (!items || items.length !== 2) throw pyError('ValueError', 'not enough values to unpack (expected 2)');
        this.setXYZ(column(items[0], 'x'), column(items[1], 'y'), null);
        return null;
      },
      set_3d_properties: (args, kwargs) => {
        const { zs, zdir } = bindArgs('set_3d_properties', [['zs', 0n], ['zdir', 'z']], args, kwargs);
        if (zdir !== 'z') throw notSupportedYet(`${ART3D}.Line3D.set_3d_properties(zdir=...)`);
        this.setXYZ(null, null, broadcastTo(column(zs, 'zs'), s.x.length));
        return null;
      },
      set_color: (args, kwargs) => ((s.color = resolveColor(bindArgs('set_color', ['color'], args, kwargs).color)), null),
      get_color: () => s.color,
      set_alpha: setAlpha((alpha) => (s.alpha = alpha)),
      set_linewidth: (args, kwargs) => ((s.linewidth = toNumber(bindArgs('set_linewidth', ['w'], args, kwargs).w)), null),
    };
  }
}

/** Whether a value is one of the 3-D artists (FuncAnimation(blit=True) checks what its function returns). */
export const isArtist3D = (value: PyValue): boolean => value instanceof Artist3D;

/** np.broadcast_to(zs, (n,)) of Axes3D.plot: one value for every point, or one per point. */
function broadcastTo(values: number[], n: number): number[] {
  if (values.length === n) return values;
  if (values.length === 1) return new Array<number>(n).fill(values[0]);
  throw pyError('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: (${values.length},)  and requested shape (${n},)`);
}

/** The data as plot's Line2D keeps it (x and y as given, z as floats), for get_data_3d. */
function asArray(value: PyValue, values: number[], float: boolean): PyValue {
  const given = value instanceof PyList || value instanceof PyTuple ? fromPython(value) : null;
  if (given && !float && given.shape.length === 1) return given;
  return new NdArray(Float64Array.from(values), [values.length], 'float64');
}

// ── methods ───────────────────────────────────────────────────────────────────────────────

/** Axes3D.plot(xs, ys, [zs], [fmt], zdir='z', **kwargs) -> [Line3D]: zs is one value or one per point. */
function plot3d(axes: Axes3DHost, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  if (args.length < 2) throw pyError('TypeError', `Axes3D.plot() missing ${2 - args.length} required positional argument${args.length === 1 ? '' : 's'}: ${args.length === 1 ? "'ys'" : "'xs' and 'ys'"}`);
  const [xsValue, ysValue, ...rest] = args;
  let zsValue: PyValue = 0n;
  if (rest.length > 0 && typeof rest[0] !== 'string') {
    if (kwargs.has('zs')) throw pyError('TypeError', "plot() for multiple values for argument 'z'");
    zsValue = rest.shift()!;
  } else if (kwargs.has('zs')) zsValue = kwargs.get('zs')!;
  const zdir = kwargs.get('zdir');
  if (zdir !== undefined && zdir !== 'z') throw notSupportedYet(`${AXES3D_QUALNAME}.plot(zdir=...)`);
  if (rest.length > 1 || (rest.length === 1 && typeof rest[0] !== 'string')) throw notSupportedYet(`${AXES3D_QUALNAME}.plot (several lines in one call)`);
  const fmt = typeof rest[0] === 'string' ? rest[0] : '';
  const xs = column(xsValue, 'x');
  const ys = column(ysValue, 'y');
  if (xs.length !== ys.length) {
    throw pyError('ValueError', `x and y must have same first dimension, but have shapes (${xs.length},) and (${ys.length},)`);
  }
  const zs = broadcastTo(column(zsValue, 'zs'), xs.length);
  const format = parseFormat(fmt);
  const explicitColor = kw(kwargs, 'color', 'c');
  const linestyle = kw(kwargs, 'linestyle', 'ls');
  const marker = kw(kwargs, 'marker');
  const series: Line3DSeries = {
    type: 'line3d',
    x: xs,
    y: ys,
    z: zs,
    color: explicitColor !== undefined ? resolveColor(explicitColor) : (format.color ?? axes.nextLineColor()),
    linestyle: typeof linestyle === 'string' ? linestyle : (format.linestyle ?? '-'),
    marker: typeof marker === 'string' ? marker : format.marker,
    linewidth: toNumber(kw(kwargs, 'linewidth', 'lw') ?? 1.5),
    markersize: toNumber(kw(kwargs, 'markersize', 'ms') ?? 6),
    alpha: alphaOf(kwargs),
    label: labelOf(kwargs),
  };
  axes.three.artists.push(series);
  recordData(axes, xs, ys, zs);
  const data = new PyTuple([asArray(xsValue, xs, false), asArray(ysValue, ys, false), asArray(zsValue, zs, true)]);
  return new PyList([new Line3D(series, data)]);
}

/** Axes3D.scatter(xs, ys, zs=0, zdir='z', s=20, c=None, depthshade=True, **kwargs) -> Path3DCollection. */
function scatter3d(axes: Axes3DHost, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const a = bindArgs('Axes3D.scatter', ['xs', 'ys', ['zs', 0n], ['zdir', 'z'], ['s', 20n], ['c', null], ['depthshade', true]], args, kwargs, { varkw: 'kwargs' });
  if (a.zdir !== 'z') throw notSupportedYet(`${AXES3D_QUALNAME}.scatter(zdir=...)`);
  const ravel = (value: PyValue): Grid => {
    const g = gridOf(value);
    return { data: g.data, shape: [g.data.length] };
  };
  const { values: [x, y, z] } = broadcastGrids([ravel(a.xs), ravel(a.ys), ravel(a.zs)]);
  const sizes = column(a.s, 's');
  if (sizes.length !== 1) throw notSupportedYet(`${AXES3D_QUALNAME}.scatter (a size per point)`);
  const color = a.c ?? kw(kwargs, 'color') ?? null;
  const oneRgb = (color instanceof PyList || color instanceof PyTuple) && [3, 4].includes(color.items.length) && color.items.every((v) => typeof v === 'number');
  if (color instanceof HostObject || ((color instanceof PyList || color instanceof PyTuple) && !oneRgb)) {
    throw notSupportedYet(`${AXES3D_QUALNAME}.scatter (a colour per point)`);
  }
  const marker = kw(kwargs, 'marker');
  const series: Scatter3DSeries = {
    type: 'scatter3d',
    x,
    y,
    z,
    color: color !== null ? resolveColor(color) : axes.nextPatchColor(),
    marker: typeof marker === 'string' ? marker : 'o',
    size: sizes[0],
    alpha: alphaOf(kwargs),
    depthshade: a.depthshade !== false,
    label: labelOf(kwargs),
  };
  axes.three.artists.push(series);
  if (axes.limits.zmargin < 0.05 && x.length > 0) axes.limits.zmargin = 0.05;
  recordData(axes, x, y, z);
  return new Path3DCollection(series);
}

/** X, Y, Z of plot_surface / plot_wireframe: Z must be a 2-D array, X and Y broadcast to it. */
function surfaceGrids(name: string, a: Record<string, PyValue>): { rows: number; cols: number; x: number[]; y: number[]; z: number[] } {
  if (!(a.Z instanceof HostObject && a.Z.toArray)) throw pyError('AttributeError', `'${typeNameOf(a.Z)}' object has no attribute 'ndim'`);
  const zGrid = a.Z.toArray();
  if (zGrid.shape.length !== 2) throw pyError('ValueError', 'Argument Z must be 2-dimensional.');
  const { shape, values } = broadcastGrids([gridOf(a.X), gridOf(a.Y), zGrid]);
  if (shape.length !== 2) throw notSupportedYet(`${AXES3D_QUALNAME}.${name} (X or Y with more than 2 dimensions)`);
  return { rows: shape[0], cols: shape[1], x: values[0], y: values[1], z: values[2] };
}

/** rstride/cstride as plot_surface and plot_wireframe work them out (strides win over counts, counts default to 50). */
function strides(kwargs: Map<string, PyValue>, rows: number, cols: number, defaultStride: number): [number, number] {
  const hasStride = kwargs.has('rstride') || kwargs.has('cstride');
  const hasCount = kwargs.has('rcount') || kwargs.has('ccount');
  if (hasStride && hasCount) throw pyError('ValueError', 'Cannot specify both stride and count arguments');
  const take = (key: string, fallback: number) => {
    const value = kwargs.get(key);
    kwargs.delete(key);
    return value === undefined ? fallback : toIndex(value);
  };
  let rstride = take('rstride', defaultStride);
  let cstride = take('cstride', defaultStride);
  const rcount = take('rcount', 50);
  const ccount = take('ccount', 50);
  if (!hasStride) {
    rstride = rcount ? Math.max(Math.ceil(rows / rcount), 1) : 0;
    cstride = ccount ? Math.max(Math.ceil(cols / ccount), 1) : 0;
  }
  return [rstride, cstride];
}

/** matplotlib.colors.LightSource(azdeg=225, altdeg=19.4712).direction: plot_surface's default light. */
const LIGHT = (() => {
  const az = ((90 - 225) * Math.PI) / 180;
  const alt = (19.4712 * Math.PI) / 180;
  return [Math.cos(az) * Math.cos(alt), Math.sin(az) * Math.cos(alt), Math.sin(alt)];
})();

/**
 * Axes3D._shade_colors: each polygon's colour times 0.3 … 1 by how its normal (from three of its
 * vertices, as _generate_normals takes them) faces the light. Returns the factors (NaN: unshaded).
 */
function shadeFactors(vertices: number[], sizes: number[]): number[] {
  const factors: number[] = [];
  let start = 0;
  for (const n of sizes) {
    const at = (k: number, c: number) => vertices[3 * (start + k) + c];
    const [i1, i2, i3] = [0, Math.floor(n / 3), Math.floor((2 * n) / 3)];
    const v1 = [0, 1, 2].map((c) => at(i1, c) - at(i2, c));
    const v2 = [0, 1, 2].map((c) => at(i2, c) - at(i3, c));
    const normal = [v1[1] * v2[2] - v1[2] * v2[1], v1[2] * v2[0] - v1[0] * v2[2], v1[0] * v2[1] - v1[1] * v2[0]];
    const length = Math.hypot(normal[0], normal[1], normal[2]);
    const shade = (normal[0] * LIGHT[0] + normal[1] * LIGHT[1] + normal[2] * LIGHT[2]) / length;
    factors.push(shade);
    start += n;
  }
  if (factors.every((f) => Number.isNaN(f))) return factors;
  // Normalize(-1, 1) then Normalize(0.3, 1).inverse; an undefined normal counts as 0
  return factors.map((f) => 0.3 + 0.7 * ((Number.isNaN(f) ? 0 : f) + 1) / 2);
}

const hex = (rgb: readonly number[]) => '#' + rgb.map((v) => Math.round(Math.min(Math.max(v, 0), 1) * 255).toString(16).padStart(2, '0')).join('');

/** The keyword arguments plot_surface passes to Poly3DCollection that the page draws, and those it may ignore. */
const SURFACE_KWARGS = new Set(['color', 'shade', 'alpha', 'edgecolor', 'edgecolors', 'ec', 'linewidth', 'linewidths', 'lw', 'label', 'antialiased', 'antialiaseds', 'aa', 'zorder', 'rasterized']);

/** Axes3D.plot_surface(X, Y, Z, **kwargs) -> Poly3DCollection, one colour shaded by the light (no colormap). */
function plotSurface(axes: Axes3DHost, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const a = bindArgs('Axes3D.plot_surface', ['X', 'Y', 'Z', ['norm', null], ['vmin', null], ['vmax', null], ['lightsource', null]], args, kwargs, { varkw: 'kwargs' });
  const options = new Map([...kwargs].filter(([key]) => !['X', 'Y', 'Z', 'norm', 'vmin', 'vmax', 'lightsource'].includes(key)));
  const { rows, cols, x, y, z } = surfaceGrids('plot_surface', a);
  const [rstride, cstride] = strides(options, rows, cols, 10);
  if (options.has('facecolors')) throw notSupportedYet(`${AXES3D_QUALNAME}.plot_surface(facecolors=...)`);
  const cmap = options.get('cmap') ?? null;
  options.delete('cmap');
  if (cmap !== null && typeof cmap !== 'string') throw notSupportedYet(`${AXES3D_QUALNAME}.plot_surface(cmap=Colormap 객체)`);
  if (cmap !== null && a.norm !== null) throw notSupportedYet(`${AXES3D_QUALNAME}.plot_surface(norm=...)`);
  if (a.lightsource !== null) throw notSupportedYet(`${AXES3D_QUALNAME}.plot_surface(lightsource=...)`);
  if (options.has('shade') && options.get('shade') === null) throw pyError('ValueError', 'shade cannot be None.');
  for (const key of options.keys()) if (!SURFACE_KWARGS.has(key)) throw notSupportedYet(`${AXES3D_QUALNAME}.plot_surface(${key}=...)`);
  const explicit = kw(options, 'color');
  const color = explicit !== undefined ? resolveColor(explicit) : axes.nextLineColor();
  // each patch's perimeter, as cbook._array_perimeter orders it: top row, right column, bottom row back, left column up
  const rowStops = [...rangeOf(0, rows - 1, rstride), rows - 1];
  const colStops = [...rangeOf(0, cols - 1, cstride), cols - 1];
  const vertices: number[] = [];
  const sizes: number[] = [];
  const push = (r: number, c: number, into: number[]) => into.push(x[r * cols + c], y[r * cols + c], z[r * cols + c]);
  for (let i = 0; i + 1 < rowStops.length; i++) {
    for (let j = 0; j + 1 < colStops.length; j++) {
      const [r0, r1, c0, c1] = [rowStops[i], rowStops[i + 1], colStops[j], colStops[j + 1]];
      const polygon: number[] = [];
      for (let c = c0; c < c1; c++) push(r0, c, polygon);
      for (let r = r0; r < r1; r++) push(r, c1, polygon);
      for (let c = c1; c > c0; c--) push(r1, c, polygon);
      for (let r = r1; r > r0; r--) push(r, c0, polygon);
      // vertices with a NaN are dropped, and a polygon left with none
      let kept = 0;
      for (let k = 0; k < polygon.length; k += 3) {
        if (Number.isNaN(polygon[k]) || Number.isNaN(polygon[k + 1]) || Number.isNaN(polygon[k + 2])) continue;
        vertices.push(polygon[k], polygon[k + 1], polygon[k + 2]);
        kept++;
      }
      if (kept > 0) sizes.push(kept);
    }
  }
  const shade = options.get('shade') ?? true;
  const factors = shade !== false && shade !== 0n ? shadeFactors(vertices, sizes) : sizes.map(() => NaN);
  const base = factors.some((f) => !Number.isNaN(f)) ? rgbOf(color) : null;
  const edge = kw(options, 'edgecolor', 'edgecolors', 'ec');
  const series: SurfaceSeries = {
    type: 'surface',
    vertices,
    sizes,
    colors: cmap !== null
      ? colormapColors(cmap, vertices, sizes, a.vmin, a.vmax)
      : factors.map((f) => (base === null || Number.isNaN(f) ? color : hex(base.map((v) => v * f)))),
    alpha: alphaOf(options),
    rows,
    cols,
    label: labelOf(options),
  };
  if (cmap !== null) series.cmap = cmap;
  if (edge !== undefined && !(typeof edge === 'string' && edge.toLowerCase() === 'none')) {
    series.edgecolor = edge === 'face' ? 'face' : resolveColor(edge);
    series.linewidth = toNumber(kw(options, 'linewidth', 'linewidths', 'lw') ?? 1);
  }
  axes.three.artists.push(series);
  recordData(axes, x, y, z);
  return new Poly3DCollection(series);
}

/**
 * plot_surface(cmap=...): each polygon coloured by its mean z (numpy's pairwise mean of its
 * vertices' z) under Normalize(vmin, vmax), the limits not given being the means' min and max;
 * no shading. The colours are the colormap's float entries, written rounded as '#rrggbb'.
 */
function colormapColors(cmap: string, vertices: number[], sizes: number[], vmin: PyValue, vmax: PyValue): string[] {
  const lut = roundedColormapLut(cmap);
  const means: number[] = [];
  let start = 0;
  for (const n of sizes) {
    const zs = Array.from({ length: n }, (_, k) => vertices[3 * (start + k) + 2]);
    means.push(pairwiseSum(zs, 0, n) / n);
    start += n;
  }
  const low = vmin === null ? means.reduce((a, b) => Math.min(a, b), Infinity) : toNumber(vmin);
  const high = vmax === null ? means.reduce((a, b) => Math.max(a, b), -Infinity) : toNumber(vmax);
  const index = lutIndex('float64', low, high);
  return means.map((m) => lutHex(lut, index(m)));
}

function rangeOf(start: number, stop: number, step: number): number[] {
  const out: number[] = [];
  for (let i = start; i < stop; i += step) out.push(i);
  return out;
}

/** Axes3D.plot_wireframe(X, Y, Z, **kwargs) -> Line3DCollection: lines along the rows and the columns. */
function plotWireframe(axes: Axes3DHost, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const a = bindArgs('Axes3D.plot_wireframe', ['X', 'Y', 'Z'], args, kwargs, { varkw: 'kwargs' });
  const options = new Map([...kwargs].filter(([key]) => !['X', 'Y', 'Z'].includes(key)));
  const { rows, cols, x, y, z } = surfaceGrids('plot_wireframe', a);
  const [rstride, cstride] = strides(options, rows, cols, 1);
  if (rstride === 0 && cstride === 0) throw pyError('ValueError', 'Either rstride or cstride must be non zero');
  const stops = (count: number, stride: number) => {
    if (!stride) return [];
    const list = rangeOf(0, count, stride);
    if (count > 0 && list[list.length - 1] !== count - 1) list.push(count - 1);
    return list;
  };
  const vertices: number[] = [];
  const sizes: number[] = [];
  const at = (r: number, c: number) => vertices.push(x[r * cols + c], y[r * cols + c], z[r * cols + c]);
  if (rows * cols > 0) {
    for (const r of stops(rows, rstride)) {
      for (let c = 0; c < cols; c++) at(r, c);
      sizes.push(cols);
    }
    for (const c of stops(cols, cstride)) {
      for (let r = 0; r < rows; r++) at(r, c);
      sizes.push(rows);
    }
  }
  const explicit = kw(options, 'color', 'colors', 'c');
  const series: WireframeSeries = {
    type: 'wireframe',
    vertices,
    sizes,
    // a LineCollection's colour is rcParams['lines.color'], 'C0', not the next of the cycle
    color: explicit !== undefined ? resolveColor(explicit) : COLOR_CYCLE[0],
    linewidth: toNumber(kw(options, 'linewidth', 'linewidths', 'lw') ?? 1.5),
    alpha: alphaOf(options),
    label: labelOf(options),
  };
  axes.three.artists.push(series);
  recordData(axes, x, y, z);
  return new Line3DCollection(series);
}

/** The camera angles a cell reads back as it set them (`ax.elev` is 30, an int, until changed). */
type SetAngle = (name: 'elev' | 'azim' | 'roll', value: PyValue) => void;

/** view_init(elev=None, azim=None, roll=None, vertical_axis='z'): None keeps the axes' initial angle (30, -60, 0). */
function viewInit(ctx: HostContext, args: readonly PyValue[], kwargs: KwArgs, setAngle: SetAngle): PyValue {
  const a = bindArgs('view_init', [['elev', null], ['azim', null], ['roll', null], ['vertical_axis', 'z']], args, kwargs);
  if (a.vertical_axis === 'x' || a.vertical_axis === 'y') throw notSupportedYet(`${AXES3D_QUALNAME}.view_init(vertical_axis='${a.vertical_axis}')`);
  if (a.vertical_axis !== 'z') throw pyError('ValueError', `${ctx.repr(a.vertical_axis)} is not a valid value for vertical_axis; supported values are 'x', 'y', 'z'`);
  const initial = { elev: 30n, azim: -60n, roll: 0n } as const;
  for (const name of ['elev', 'azim', 'roll'] as const) setAngle(name, a[name] ?? initial[name]);
  return null;
}

/**
 * set_zlim(bottom=None, top=None, emit=True, auto=False, *, zmin=None, zmax=None): a side left
 * None keeps the current limit; equal limits are widened, with matplotlib's warning.
 */
function setZlim(axes: Axes3DHost, ctx: HostContext, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const a = bindArgs('set_zlim', [['bottom', null], ['top', null], ['emit', true], ['auto', false], ['zmin', null], ['zmax', null]], args, kwargs);
  let { bottom, top } = a;
  if (top === null && (bottom instanceof PyTuple || bottom instanceof PyList)) [bottom, top] = bottom.items;
  if (a.zmin !== null) {
    if (bottom !== null) throw pyError('TypeError', "Cannot pass both 'bottom' and 'zmin'");
    bottom = a.zmin;
  }
  if (a.zmax !== null) {
    if (top !== null) throw pyError('TypeError', "Cannot pass both 'top' and 'zmax'");
    top = a.zmax;
  }
  const [low, high] = axes.three.zlim ?? axes.three.autoLimits[2];
  let limits: [number, number] = [bottom === null ? low : plotNumber(bottom), top === null ? high : plotNumber(top)];
  if (limits[0] === limits[1]) {
    ctx.warn('UserWarning', `Attempting to set identical low and high zlims makes transformation singular; automatically expanding.`);
    limits = nonsingular(limits[0], limits[1]);
  }
  axes.three.zlim = limits;
  return new PyTuple(limits);
}

/** The methods a 3-D axes has beyond the 2-D ones it shares (title, labels, x/y limits, grid, clear). */
export function axes3dMethods(axes: Axes3DHost, ctx: HostContext, setAngle: SetAngle): Record<string, Method> {
  return {
    plot: (args, kwargs) => plot3d(axes, args, kwargs),
    plot3D: (args, kwargs) => plot3d(axes, args, kwargs),
    scatter: (args, kwargs) => scatter3d(axes, args, kwargs),
    scatter3D: (args, kwargs) => scatter3d(axes, args, kwargs),
    plot_surface: (args, kwargs) => plotSurface(axes, args, kwargs),
    plot_wireframe: (args, kwargs) => plotWireframe(axes, args, kwargs),
    view_init: (args, kwargs) => viewInit(ctx, args, kwargs, setAngle),
    set_zlim: (args, kwargs) => setZlim(axes, ctx, args, kwargs),
    set_zlim3d: (args, kwargs) => setZlim(axes, ctx, args, kwargs),
    get_zlim: () => new PyTuple(axes.three.zlim ?? axes.three.autoLimits[2]),
    get_zlabel: () => axes.three.zlabel,
  };
}

/** `from mpl_toolkits.mplot3d import Axes3D`: the type (isinstance checks); making one by hand is not supported. */
class Axes3DType extends HostObject {
  readonly typeName = 'type';
  override repr(): string {
    return `<class '${AXES3D_QUALNAME}'>`;
  }
  override instanceCheck(value: PyValue): boolean {
    return value instanceof HostObject && value.typeName === 'Axes3DSubplot';
  }
  override call(): PyValue {
    throw notSupportedYet(`${AXES3D_QUALNAME}(fig) (make it with fig.add_subplot(projection='3d'))`);
  }
}

/** The `mpl_toolkits.mplot3d` module: older course code imports Axes3D from it to register the '3d' projection. */
export function createMplot3dModule(): PyModule {
  return new PyModule('mpl_toolkits.mplot3d', new Map<string, PyValue>([['Axes3D', new Axes3DType()]]));
}
