// Axes.imshow and Figure.colorbar as matplotlib 3.6 makes them: the image's colours are computed
// here (ScalarMappable.to_rgba: Normalize, then the colormap; RGB(A) data clipped and made bytes),
// so the page only places an RGBA raster. imshow sets the axes' limits to the image's extent
// (y from H - 0.5 down to -0.5 for origin 'upper') and its aspect to 'equal', as matplotlib does.
import {
  HostObject,
  PyDict,
  PyList,
  PyTuple,
  bindArgs,
  hostFunction,
  notSupportedYet,
  pyError,
  toNumber,
  type KwArgs,
  type PyValue,
} from '../objects/host';
import type { AxesSpec, ColorbarSpec, ImageSpec, ScatterSeries } from '../objects/display';
import { NdArray, toArray } from './numpy/array';
import { plotNumber, resolveColor, toColumns } from './plot-args';
import { DEFAULT_COLORMAP, colormapLut, colormapRamp, lutHex, lutIndex, mapScalars, roundedColormapLut, type Precision } from './colormaps';
import { nonsingular } from './axes-limits';

type Repr = (value: PyValue) => string;

/** What imshow and colorbar need of an Axes (pyplot.ts's Axes). */
export interface ImageAxes extends HostObject {
  readonly spec: AxesSpec;
  readonly mappables: Mappable[];
  readonly pyRepr: Repr;
}

const INTERPOLATIONS = ['antialiased', 'none', 'nearest', 'bilinear', 'bicubic', 'spline16', 'spline36', 'hanning', 'hamming', 'hermite', 'kaiser', 'quadric', 'catrom', 'gaussian', 'bessel', 'mitchell', 'sinc', 'lanczos', 'blackman'];
/** What the page draws: each pixel a square (antialiased upsampling is nearest), or the browser's bilinear. */
const PIXELATED = new Set(['antialiased', 'none', 'nearest']);
/** Keywords of imshow that change nothing the page draws. */
const QUIET_KEYWORDS = new Set(['interpolation_stage', 'filternorm', 'filterrad', 'resample', 'url', 'label']);

function checkIn(what: string, value: PyValue, allowed: readonly string[], repr: Repr): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw pyError('ValueError', `${repr(value)} is not a valid value for ${what}; supported values are ${allowed.map((v) => `'${v}'`).join(', ')}`);
  }
  return value;
}

/** Axes.set_aspect's reading: 'equal' is 1, 'auto' none, anything else a float (matplotlib 3.6 checks its sign only when drawing). */
export function parseAspect(value: PyValue, repr: Repr): number | undefined {
  if (value === 'equal') return 1;
  if (value === 'auto') return undefined;
  if (typeof value === 'string' && !/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(value)) throw pyError('ValueError', `could not convert string to float: ${repr(value)}`);
  return typeof value === 'string' ? Number(value) : toNumber(value);
}

const shapeRepr = (shape: readonly number[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

/** The colours of RGB(A) data: floats clipped to [0, 1] and scaled by 255 (truncated), integers clipped to 0…255. */
function rgbBytes(a: NdArray): Uint8ClampedArray {
  const [h, w, channels] = a.shape;
  const data = a.data;
  const f = a.dtype === 'float32' ? Math.fround : (x: number) => x;
  const out = new Uint8ClampedArray(h * w * 4);
  for (let p = 0; p < h * w; p++) {
    for (let c = 0; c < 4; c++) {
      if (c === channels) {
        out[4 * p + 3] = 255;
        continue;
      }
      const v = Number(data[p * channels + c]);
      out[4 * p + c] = a.dtype === 'float32' || a.dtype === 'float64' ? Math.trunc(f(Math.min(1, Math.max(0, v)) * 255)) : Math.min(255, Math.max(0, v));
    }
  }
  return out;
}

/**
 * A ScalarMappable the page draws: an image, or a scatter coloured by values. plt.gci() finds the
 * last one, a colorbar reads its colormap and limits, and set_clim recolours it.
 */
export abstract class Mappable extends HostObject {
  abstract readonly axes: ImageAxes;
  /** The colormap's name; null for an RGB(A) image, which has none. */
  abstract readonly cmap: string | null;
  /** The colour limits and the values get_clim shows (Python's int for integer data, else float). */
  abstract clim: { low: number; high: number; shown: [PyValue, PyValue] };
  protected abstract recolor(): void;
  /** set_clim: explicit limits are Python floats (matplotlib's _sanitize_extrema). */
  setClim(low: number, high: number): void {
    this.clim = { low, high, shown: [low, high] };
    this.recolor();
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'get_clim': return hostFunction(name, () => new PyTuple(this.clim.shown));
      case 'set_clim': return hostFunction(name, (args, kwargs) => {
        const { vmin, vmax } = bindArgs('set_clim', [['vmin', null], ['vmax', null]], args, kwargs);
        const pair = vmax === null && (vmin instanceof PyTuple || (vmin instanceof HostObject && vmin.length)) ? [...(vmin as PyTuple).items] : [vmin, vmax];
        const [low, high] = pair.map((v, i) => (v === null ? this.clim[i === 0 ? 'low' : 'high'] : plotNumber(v)));
        this.setClim(low, high);
        return null;
      });
      case 'axes': return this.axes;
      default: return undefined;
    }
  }
}

/** What imshow returns: `<matplotlib.image.AxesImage at 0x…>`; its colours follow set_clim and set_cmap. */
export class AxesImage extends Mappable {
  readonly typeName = 'AxesImage';
  override readonly moduleName = 'matplotlib.image';
  constructor(
    readonly axes: ImageAxes,
    readonly spec: ImageSpec,
    /** The scalar data (a 2-D image), null for RGB(A). */
    private readonly scalars: { values: ArrayLike<number>; precision: Precision } | null,
    public clim: { low: number; high: number; shown: [PyValue, PyValue] },
    private readonly extentShown: PyTuple,
  ) {
    super();
    this.recolor();
  }
  get cmap(): string | null {
    return this.spec.cmap;
  }
  protected recolor(): void {
    if (!this.scalars || this.spec.cmap === null) return;
    this.spec.rgba = mapScalars(this.scalars.values, this.scalars.precision, this.clim.low, this.clim.high, colormapLut(this.spec.cmap));
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'get_extent': return hostFunction(name, () => this.extentShown);
      case 'set_cmap': return hostFunction(name, (args, kwargs) => {
        const { cmap } = bindArgs('set_cmap', ['cmap'], args, kwargs);
        if (this.scalars) {
          this.spec.cmap = cmap === null ? DEFAULT_COLORMAP : checkCmap(cmap);
          this.recolor();
        }
        return null;
      });
      default: return super.getAttr(name);
    }
  }
}

/** scatter(x, y, c=values): a PathCollection whose points take the colormap's (float, rounded) colours. */
export class MappedScatter extends Mappable {
  readonly typeName = 'PathCollection';
  override readonly moduleName = 'matplotlib.collections';
  constructor(
    readonly axes: ImageAxes,
    private readonly series: ScatterSeries,
    private readonly values: readonly number[],
    public clim: { low: number; high: number; shown: [PyValue, PyValue] },
  ) {
    super();
    this.recolor();
  }
  get cmap(): string {
    return this.series.cmap!;
  }
  protected recolor(): void {
    const lut = roundedColormapLut(this.cmap);
    const index = lutIndex('float64', this.clim.low, this.clim.high);
    // a NaN value masks its point: not drawn
    this.series.colors = this.values.map((v) => (Number.isNaN(v) ? 'none' : lutHex(lut, index(v))));
  }
}

/**
 * scatter's c= (matplotlib's _parse_scatter_color_args): one value per point maps through the
 * colormap (Normalize over the finite values unless vmin/vmax); strings are each point's colour.
 * Returns null where c is one colour (the caller's path).
 */
export function mappedScatter(axes: ImageAxes, series: ScatterSeries, c: PyValue, cmap: PyValue, vmin: PyValue, vmax: PyValue): MappedScatter | null {
  if (c === null || typeof c === 'string') return null;
  const n = series.x.length;
  if ((c instanceof PyList || c instanceof PyTuple) && c.items.length > 0 && c.items.every((item) => typeof item === 'string')) {
    if (c.items.length !== n) throw pyError('ValueError', `'c' argument has ${c.items.length} elements, which is inconsistent with 'x' and 'y' with size ${n}.`);
    series.colors = c.items.map((item) => resolveColor(item));
    return null;
  }
  const values = toColumns(c, 'c').flat();
  if (values.length !== n) {
    if (values.length === 3 || values.length === 4) return null; // one RGB(A) colour
    throw pyError('ValueError', `'c' argument has ${values.length} elements, which is inconsistent with 'x' and 'y' with size ${n}.`);
  }
  series.cmap = cmap === null ? DEFAULT_COLORMAP : checkCmap(cmap);
  const finite = values.filter((v) => Number.isFinite(v));
  const low = vmin === null ? finite.reduce((a, b) => Math.min(a, b), Infinity) : plotNumber(vmin);
  const high = vmax === null ? finite.reduce((a, b) => Math.max(a, b), -Infinity) : plotNumber(vmax);
  return new MappedScatter(axes, series, values, { low, high, shown: [low, high] });
}

function checkCmap(cmap: PyValue): string {
  if (typeof cmap !== 'string') throw notSupportedYet('matplotlib.colors.Colormap 객체 (cmap=이름 문자열을 쓰세요)');
  colormapLut(cmap); // the name's error, if any
  return cmap;
}

/** An autoscaled limit as get_clim shows it: the data's min or max through .item() (int, bool or float). */
function dataScalar(value: number, dtype: NdArray['dtype']): PyValue {
  if (dtype === 'int64') return BigInt(value);
  if (dtype === 'bool') return value !== 0;
  return value;
}

/** Axes.imshow(X, cmap=None, norm=None, *, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None, origin=None, extent=None, ...). */
export function imshow(axes: ImageAxes, args: readonly PyValue[], kwargs: KwArgs): AxesImage {
  const repr = axes.pyRepr;
  const a = bindArgs('Axes.imshow', ['X', ['cmap', null], ['norm', null]], args, kwargs, { varkw: 'options' });
  const given = a.options as PyDict;
  const options = new Map(given.keys().map((key) => [String(key), given.get(key)!] as const));
  const option = (name: string): PyValue => {
    const value = options.get(name) ?? null;
    options.delete(name);
    return value;
  };
  const aspectValue = option('aspect');
  const interpolationValue = option('interpolation');
  const alphaValue = option('alpha');
  const vminValue = option('vmin');
  const vmaxValue = option('vmax');
  const originValue = option('origin');
  const extentValue = option('extent');
  for (const name of QUIET_KEYWORDS) option(name);
  const [unknown] = options.keys();
  if (unknown !== undefined) throw pyError('AttributeError', `AxesImage.set() got an unexpected keyword argument '${unknown}'`);
  if (a.norm !== null) throw notSupportedYet('matplotlib.axes.Axes.imshow(norm=...)');
  // matplotlib's order: the colormap, origin, interpolation, aspect, then the data and limits
  const cmap = a.cmap === null ? DEFAULT_COLORMAP : checkCmap(a.cmap);
  const origin = originValue === null ? 'upper' : (checkIn('origin', originValue, ['upper', 'lower'], repr) as 'upper' | 'lower');
  const interpolation = interpolationValue === null ? 'antialiased' : checkIn('interpolation', interpolationValue, INTERPOLATIONS, repr);
  if (!PIXELATED.has(interpolation) && interpolation !== 'bilinear') throw notSupportedYet(`matplotlib.axes.Axes.imshow(interpolation='${interpolation}')`);
  const aspect = parseAspect(aspectValue ?? 'equal', repr);

  let data = toArray(a.X);
  if (data.shape.length === 3 && data.shape[2] === 1) data = data.reshape(data.shape.slice(0, 2));
  const shape = data.shape;
  const rgb = shape.length === 3 && (shape[2] === 3 || shape[2] === 4);
  if (!(shape.length === 2 || rgb)) throw pyError('TypeError', `Invalid shape ${shapeRepr(shape)} for image data`);
  const [height, width] = shape;
  const precision: Precision = data.dtype === 'float64' || data.dtype === 'int64' ? 'float64' : 'float32';

  // Normalize's limits: those given (Python floats), the others the data's finite min and max
  // (RGB(A) data as imshow clipped it: to [0, 1], or to 0…255 for integers)
  const clip = !rgb ? (v: number) => v : data.dtype === 'float32' || data.dtype === 'float64' ? (v: number) => Math.min(1, Math.max(0, v)) : (v: number) => Math.min(255, Math.max(0, v));
  let low = Infinity;
  let high = -Infinity;
  for (const v of data.data) if (Number.isFinite(Number(v))) {
    low = Math.min(low, clip(Number(v)));
    high = Math.max(high, clip(Number(v)));
  }
  if (low > high) [low, high] = [0, 0];
  const limit = (given: PyValue, auto: number): [number, PyValue] => (given === null ? [auto, dataScalar(auto, data.dtype)] : [plotNumber(given), plotNumber(given)]);
  const [vmin, vminShown] = limit(vminValue, low);
  const [vmax, vmaxShown] = limit(vmaxValue, high);

  let extent: [number, number, number, number];
  if (extentValue === null) extent = origin === 'upper' ? [-0.5, width - 0.5, height - 0.5, -0.5] : [-0.5, width - 0.5, -0.5, height - 0.5];
  else {
    const items = toColumns(extentValue, 'extent').flat();
    if (items.length !== 4) throw pyError('ValueError', `not enough values to unpack (expected 4, got ${items.length})`);
    extent = items as [number, number, number, number];
  }
  const spec: ImageSpec = {
    width,
    height,
    rgba: rgb ? rgbBytes(data) : new Uint8ClampedArray(0),
    extent,
    origin,
    smooth: interpolation === 'bilinear',
    alpha: alphaValue === null ? 1 : toNumber(alphaValue),
    cmap: rgb ? null : cmap,
  };
  const image = new AxesImage(axes, spec, rgb ? null : { values: Array.from(data.data, Number), precision }, { low: vmin, high: vmax, shown: [vminShown, vmaxShown] }, new PyTuple(extent));
  (axes.spec.images ??= []).push(spec);
  axes.mappables.push(image);
  // set_extent: the view is the image's extent; the axes draws it with square pixels unless aspect='auto'
  axes.spec.xlim = [extent[0], extent[1]];
  axes.spec.ylim = [extent[2], extent[3]];
  if (aspect === undefined) delete axes.spec.aspect;
  else axes.spec.aspect = aspect;
  return image;
}

/** What colorbar returns: `<matplotlib.colorbar.Colorbar at 0x…>`; set_label writes along the bar. */
export class Colorbar extends HostObject {
  readonly typeName = 'Colorbar';
  override readonly moduleName = 'matplotlib.colorbar';
  constructor(
    private readonly spec: ColorbarSpec,
    private readonly pyRepr: Repr,
  ) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    if (name !== 'set_label') return undefined;
    return hostFunction(name, (args, kwargs) => {
      const { label } = bindArgs('Colorbar.set_label', ['label', ['loc', null]], args, kwargs, { varkw: 'options' });
      this.spec.label = labelText(label, this.pyRepr);
      return null;
    });
  }
}

/** A label as matplotlib writes it: a string as it is, None as nothing, anything else its str(). */
const labelText = (label: PyValue, repr: Repr): string => (label === null ? '' : typeof label === 'string' ? label : repr(label));

/**
 * Figure.colorbar(mappable, cax=None, ax=None, **kwargs): a colorbar beside `ax` (the image's
 * axes by default), 15% of its width with a 5% gap. A singular colour range is widened as the
 * colorbar widens it (nonsingular, expander 0.1), which recolours the image too.
 */
export function colorbar(image: Mappable, parent: ImageAxes | null, cax: PyValue, options: KwArgs): Colorbar {
  if (cax !== null) throw notSupportedYet('matplotlib.figure.Figure.colorbar(cax=...)');
  const [option] = [...options.keys()].filter((key) => key !== 'label');
  if (option !== undefined) throw notSupportedYet(`matplotlib.figure.Figure.colorbar(${option}=...)`);
  if (image.cmap === null) throw notSupportedYet('RGB 이미지의 colorbar');
  const axes = parent ?? image.axes;
  if (axes.spec.colorbar) throw notSupportedYet('한 Axes에 colorbar 두 개');
  const { low, high } = image.clim;
  const [vmin, vmax] = nonsingular(low, high, 0.1, 1e-15);
  if (vmin !== low || vmax !== high) image.setClim(vmin, vmax);
  const spec = { ramp: colormapRamp(colormapLut(image.cmap)), vmin, vmax, cmap: image.cmap, label: labelText(options.get('label') ?? null, axes.pyRepr) };
  axes.spec.colorbar = spec;
  return new Colorbar(spec, axes.pyRepr);
}
