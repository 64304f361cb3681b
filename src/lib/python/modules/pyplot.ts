// `matplotlib.pyplot` as a recorder: each call adds to a FigureSpec (plain data) that the page
// draws as SVG. Like Jupyter's inline backend, open figures are shown when the cell ends.
// matplotlib 3.6 is the oracle for what calls return and how they print (Text(0.5, 1.0, 't'),
// <AxesSubplot: >, the hist tuple), for colours (lines and hist share one cycle, scatter and
// fill_between another) and for hist's bins (numpy.histogram's algorithm).
// A real Axes/Figure/pyplot name the page lacks raises NotImplementedError through upstream.ts.
import {
  HostObject,
  PyDict,
  PyList,
  PyModule,
  PyRange,
  PySlice,
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
import type { Axes3DSpec, AxesSpec, DisplayItem, FigureSpec, LineSeries, ScatterSeries, Shape } from '../objects/display';
import { COLOR_CYCLE, alphaOf, kw, labelOf, parseFormat, plotNumber, resolveColor, toColumns } from './plot-args';
import { NdArray, arrayIndex, toArray } from './numpy/array';
import { objectArrayRepr } from './numpy/format';
import { slicePositions } from '../objects/sequence';
import { histogram } from './histogram';
import { RcParams } from './rc-params';
import { Mappable, colorbar, imshow, mappedScatter, parseAspect } from './image';
import { AXES3D_QUALNAME, DataLimits3D, axes3dMethods, isArtist3D, newAxes3DSpec, type Axes3DHost } from './axes3d';
import { sharedWith, viewLimits } from './axes-limits';
import { Bbox, GridSpec, SubplotSpec, cellBox, newGridSpec } from './gridspec';
import { doubleToString } from '../objects/format';

type Method = (args: readonly PyValue[], kwargs: KwArgs) => PyValue;
type Repr = (value: PyValue) => string;

/** Whether a value is one of the artists pyplot returns (FuncAnimation(blit=True) checks what its function returns). */
export const isArtist = (value: PyValue): boolean => value instanceof Artist || value instanceof TextArtist || isArtist3D(value);

/** A matplotlib artist returned by plot/scatter/...; the notebook shows `<matplotlib.lines.Line2D at 0x...>`. */
class Artist extends HostObject {
  constructor(
    readonly typeName: string,
    override readonly moduleName: string,
  ) {
    super();
  }
}

/**
 * What plot returns: a Line2D bound to its series, so `line.set_ydata(...)` (an animation's frame)
 * changes what is drawn. It keeps the data as matplotlib keeps it (`_xorig`): get_xdata() gives
 * back the array or tensor that was plotted, or what set_xdata was given.
 */
export class Line2D extends Artist {
  constructor(
    readonly series: LineSeries,
    private readonly pyRepr: Repr,
    private original: { x: PyValue; y: PyValue },
  ) {
    super('Line2D', 'matplotlib.lines');
  }
  /** New arrays, never written in place: an animation's earlier snapshots share the old ones. */
  private setData(x: PyValue | null, y: PyValue | null): void {
    const s = this.series;
    const values = (value: PyValue, what: string) => toColumns(value, what).flat();
    // matplotlib's data limits stay those of the line as plotted (until ax.relim())
    s.limitX ??= s.x;
    s.limitY ??= s.y;
    if (x !== null) {
      s.x = values(x, 'x');
      this.original = { ...this.original, x };
    }
    if (y !== null) {
      s.y = values(y, 'y');
      this.original = { ...this.original, y };
    }
  }
  override getAttr(name: string): PyValue | undefined {
    const s = this.series;
    const methods: Record<string, Method> = {
      set_data: (args) => {
        if (args.length === 1) {
          const pair = args[0];
          if (!(pair instanceof PyTuple || pair instanceof PyList) || pair.items.length !== 2) throw pyError('ValueError', 'not enough values to unpack (expected 2)');
          this.setData(pair.items[0], pair.items[1]);
        } else if (args.length === 2) this.setData(args[0], args[1]);
        else throw pyError('TypeError', `Line2D.set_data() takes 2 or 3 positional arguments but ${args.length + 1} were given`);
        return null;
      },
      set_xdata: (args, kwargs) => (this.setData(bindArgs('set_xdata', ['x'], args, kwargs).x, null), null),
      set_ydata: (args, kwargs) => (this.setData(null, bindArgs('set_ydata', ['y'], args, kwargs).y), null),
      get_xdata: () => this.original.x,
      get_ydata: () => this.original.y,
      get_data: () => new PyTuple([this.original.x, this.original.y]),
      set_color: (args, kwargs) => ((s.color = resolveColor(bindArgs('set_color', ['color'], args, kwargs).color)), null),
      get_color: () => s.color,
      set_alpha: (args, kwargs) => {
        const { alpha } = bindArgs('set_alpha', ['alpha'], args, kwargs);
        s.alpha = alpha === null ? 1 : toNumber(alpha);
        return null;
      },
      set_linewidth: (args, kwargs) => ((s.linewidth = toNumber(bindArgs('set_linewidth', ['w'], args, kwargs).w)), null),
      set_label: (args, kwargs) => {
        const { s: text } = bindArgs('set_label', ['s'], args, kwargs);
        s.label = text === null ? null : typeof text === 'string' ? text : this.pyRepr(text);
        return null;
      },
    };
    const method = methods[name];
    return method ? hostFunction(name, method) : undefined;
  }
}

/** A float64 numpy array of values matplotlib computed (hist's counts and bins, plot's default x). */
const floatArray = (values: readonly number[]): NdArray => new NdArray(values, [values.length], 'float64');

/** The data plot keeps for a line (_check_1d): an array or tensor as it is, anything else as np.atleast_1d makes it. */
function plottedArray(value: PyValue): PyValue {
  if (value instanceof HostObject && value.toArray && value.toArray().shape.length > 0) return value;
  const a = toArray(value);
  return a.shape.length === 0 ? a.reshape([1]) : a;
}

/** Column c of 2-D plotted data (`y[:, c]`: one line each), or the data itself when it has one column. */
function columnOf(data: PyValue, c: number, columns: number): PyValue {
  if (!(data instanceof HostObject && data.getItem && data.toArray?.().shape.length === 2)) return data;
  return data.getItem(new PyTuple([new PySlice(null, null, null), BigInt(Math.min(c, columns - 1))]));
}

/** hist's third value: `<BarContainer object of 10 artists>`. */
class BarContainer extends HostObject {
  readonly typeName = 'BarContainer';
  override readonly moduleName = 'matplotlib.container';
  constructor(private readonly count: number) {
    super();
  }
  override repr(): string {
    return `<BarContainer object of ${this.count} artists>`;
  }
  override length(): number {
    return this.count;
  }
}

/** A Text artist prints as `Text(0.5, 1.0, 'title')`. */
class TextArtist extends HostObject {
  readonly typeName = 'Text';
  override readonly moduleName = 'matplotlib.text';
  constructor(
    private readonly x: string,
    private readonly y: string,
    private text: string,
    private readonly pyRepr: Repr,
    /** Where set_text writes (a title, a label): the spec field this text is. */
    private readonly write: ((text: string) => void) | null = null,
  ) {
    super();
  }
  override repr(): string {
    return `Text(${this.x}, ${this.y}, ${this.pyRepr(this.text)})`;
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'get_text') return hostFunction('get_text', () => this.text);
    if (name === 'set_text') {
      return hostFunction('set_text', (args, kwargs) => {
        const { s } = bindArgs('set_text', ['s'], args, kwargs);
        this.text = s === null ? '' : typeof s === 'string' ? s : this.pyRepr(s);
        this.write?.(this.text);
        return null;
      });
    }
    return undefined;
  }
}

function textArg(value: PyValue | undefined, repr: Repr): string {
  if (value === undefined) throw pyError('TypeError', "missing 1 required positional argument: 'label'");
  return typeof value === 'string' ? value : repr(value);
}

function limits(args: readonly PyValue[], kwargs: KwArgs, low: string, high: string, current: () => [number, number]): [number, number] {
  const pair = args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList) ? args[0].items : args;
  const [autoLow, autoHigh] = current();
  const left = pair[0] ?? kw(kwargs, low) ?? null;
  const right = pair[1] ?? kw(kwargs, high) ?? null;
  if (pair.length > 2) throw pyError('TypeError', 'expected (left, right) limits');
  return [left === null ? autoLow : plotNumber(left), right === null ? autoHigh : plotNumber(right)];
}

function newAxesSpec(slot?: number): AxesSpec {
  const spec: AxesSpec = { title: '', xlabel: '', ylabel: '', series: [], legend: false, legendLoc: 'best', grid: false, xlim: null, ylim: null };
  if (slot !== undefined) spec.slot = slot;
  return spec;
}

const shapesOf = (spec: AxesSpec): Shape[] => (spec.shapes ??= []);

/** What ax.clear() keeps: its place in the grid and its sharing (matplotlib keeps label_outer's hidden labels too). */
function placeOf(spec: AxesSpec): Partial<AxesSpec> {
  const { slot, span, sharex, sharey, hideXTickLabels, hideYTickLabels } = spec;
  return Object.fromEntries(Object.entries({ slot, span, sharex, sharey, hideXTickLabels, hideYTickLabels }).filter(([, v]) => v !== undefined));
}

/** A new share group's number (plt.subplots(sharex=...), ax.sharex): unique in the kernel. */
let shareGroups = 0;

export class Axes extends HostObject {
  readonly typeName: string = 'AxesSubplot';
  override readonly moduleName = 'matplotlib.axes';
  /** The two colour cycles of matplotlib's Axes: lines (plot, hist) and patches (scatter, fill_between). */
  lineColors = 0;
  patchColors = 0;
  /** imshow's images and value-coloured scatters on this axes, the last one plt.gci() and plt.colorbar() find. */
  readonly mappables: Mappable[] = [];
  /** Where set_title and set_ylabel put their Text (a 3-D axes puts them elsewhere). */
  protected readonly titleAt: readonly [string, string] = ['0.5', '1.0'];
  protected readonly ylabelAt: readonly [string, string] = ['0', '0.5'];
  /** The figure it is drawn in (its grid, the axes it may share with); set when it is added. */
  figureSpec: FigureSpec | null = null;
  /** What ax.sharex(other) / subplots(sharex=) joined it to (matplotlib's _sharex): a second, other one is refused. */
  private sharedWithAxes: { x: Axes | null; y: Axes | null } = { x: null, y: null };
  constructor(
    readonly spec: AxesSpec,
    readonly pyRepr: Repr,
  ) {
    super();
  }
  /** ax.sharex(other) / ax.sharey(other): one share group, this axes taking other's set limits. */
  share(axis: 'x' | 'y', other: PyValue): null {
    if (!(other instanceof Axes)) throw pyError('TypeError', `'other' must be an instance of matplotlib.axes._base._AxesBase, not a ${typeNameOf(other)}`);
    if (this instanceof Axes3D || other instanceof Axes3D) throw notSupportedYet(`${AXES3D_QUALNAME}.share${axis}`);
    const current = this.sharedWithAxes[axis];
    if (current !== null && current !== other) throw pyError('ValueError', `${axis}-axis is already shared`);
    const key = axis === 'x' ? 'sharex' : 'sharey';
    const group = other.spec[key] ?? this.spec[key] ?? ++shareGroups;
    // the groups of both become one
    for (const member of [...this.members(axis), ...other.members(axis)]) member[key] = group;
    this.spec[key] = group;
    other.spec[key] = group;
    this.sharedWithAxes[axis] = other;
    const limit = axis === 'x' ? 'xlim' : 'ylim';
    const fixed = other.spec[limit];
    if (fixed) for (const member of this.members(axis)) member[limit] = [fixed[0], fixed[1]];
    return null;
  }
  /** The specs of the axes sharing this one's x or y (itself included). */
  private members(axis: 'x' | 'y'): AxesSpec[] {
    return sharedWith(this.figureSpec?.axes ?? [this.spec], this.spec, axis === 'x' ? 0 : 1);
  }
  /** set_xlim / set_ylim: the limits of every axes in the share group (matplotlib's emit to the shared siblings). */
  private setLimits(axis: 'x' | 'y', args: readonly PyValue[], kwargs: KwArgs): PyValue {
    const [key, low, high] = axis === 'x' ? (['xlim', 'left', 'right'] as const) : (['ylim', 'bottom', 'top'] as const);
    const set = limits(args, kwargs, low, high, () => this.spec[key] ?? this.autoLimit(axis === 'x' ? 0 : 1));
    for (const member of this.members(axis)) member[key] = [set[0], set[1]];
    return new PyTuple(set);
  }
  /** The figure box of its grid cells (SubplotSpec.get_position with the default subplot parameters). */
  position(): [number, number, number, number] {
    const figure = this.figureSpec;
    const rows = figure?.rows ?? 1;
    const cols = figure?.cols ?? 1;
    const slot = this.spec.slot ?? figure?.axes.indexOf(this.spec) ?? 0;
    const [rowspan, colspan] = this.spec.span ?? [1, 1];
    const r0 = Math.floor(slot / cols);
    const c0 = slot % cols;
    return cellBox(rows, cols, r0, c0, r0 + rowspan - 1, c0 + colspan - 1);
  }
  /** str(ax), print(ax): `AxesSubplot(0.125,0.11;0.775x0.77)`, its position's bounds in %g. */
  override str(): string {
    const [x0, y0, x1, y1] = this.position();
    const g = (value: number) => doubleToString(value, 'g', 6);
    return `${this.typeName}(${g(x0)},${g(y0)};${g(x1 - x0)}x${g(y1 - y0)})`;
  }
  nextLineColor(): string {
    return COLOR_CYCLE[this.lineColors++ % COLOR_CYCLE.length];
  }
  nextPatchColor(): string {
    return COLOR_CYCLE[this.patchColors++ % COLOR_CYCLE.length];
  }
  text(x: string, y: string, value: string, write: ((text: string) => void) | null = null): TextArtist {
    return new TextArtist(x, y, value, this.pyRepr, write);
  }
  /** What the repr lists after the type name: title, xlabel, ylabel (as matplotlib's _AxesBase.__repr__). */
  protected reprFields(): string[] {
    const fields: string[] = [];
    if (this.spec.title) fields.push(`title={'center': ${this.pyRepr(this.spec.title)}}`);
    if (this.spec.xlabel) fields.push(`xlabel=${this.pyRepr(this.spec.xlabel)}`);
    if (this.spec.ylabel) fields.push(`ylabel=${this.pyRepr(this.spec.ylabel)}`);
    return fields;
  }
  override repr(): string {
    return `<${this.typeName}: ${this.reprFields().join(', ')}>`;
  }
  readonly methods: Record<string, Method> = {
    plot: (args, kwargs) => plot(this, args, kwargs),
    scatter: (args, kwargs) => scatter(this, args, kwargs),
    hist: (args, kwargs) => hist(this, args, kwargs),
    axhline: (args, kwargs) => refLine(this, 'hline', args, kwargs),
    axvline: (args, kwargs) => refLine(this, 'vline', args, kwargs),
    fill_between: (args, kwargs) => fillBetween(this, args, kwargs),
    imshow: (args, kwargs) => imshow(this, args, kwargs),
    // Axes.matshow: imshow with origin 'upper', interpolation 'nearest' and aspect 'equal' unless given, the x ticks on top
    matshow: (args, kwargs) => {
      if (args.length !== 1) throw pyError('TypeError', `Axes.matshow() takes 2 positional arguments but ${args.length + 1} were given`);
      const options: KwArgs = new Map([['origin', 'upper'], ['interpolation', 'nearest'], ['aspect', 'equal'], ...kwargs]);
      const image = imshow(this, args, options);
      this.spec.xticksTop = true;
      return image;
    },
    set_aspect: (args, kwargs) => {
      const { aspect } = bindArgs('set_aspect', ['aspect', ['adjustable', null], ['anchor', null], ['share', false]], args, kwargs);
      const value = parseAspect(aspect, this.pyRepr);
      if (value === undefined) delete this.spec.aspect;
      else this.spec.aspect = value;
      return null;
    },
    get_aspect: () => (this.spec.aspect === undefined ? 'auto' : this.spec.aspect),
    set_title: (args, kwargs) => {
      const { label: text } = bindArgs('set_title', ['label', ['fontdict', null], ['loc', null], ['pad', null]], args, kwargs, { varkw: 'options' });
      return this.text(...this.titleAt, (this.spec.title = textArg(text, this.pyRepr)), (t) => (this.spec.title = t));
    },
    set_xlabel: (args, kwargs) => {
      const { xlabel } = bindArgs('set_xlabel', ['xlabel', ['fontdict', null], ['labelpad', null]], args, kwargs, { varkw: 'options' });
      return this.text('0.5', '0', (this.spec.xlabel = textArg(xlabel, this.pyRepr)), (t) => (this.spec.xlabel = t));
    },
    set_ylabel: (args, kwargs) => {
      const { ylabel } = bindArgs('set_ylabel', ['ylabel', ['fontdict', null], ['labelpad', null]], args, kwargs, { varkw: 'options' });
      return this.text(...this.ylabelAt, (this.spec.ylabel = textArg(ylabel, this.pyRepr)), (t) => (this.spec.ylabel = t));
    },
    set_xticks: (args, kwargs) => this.setTicks('x', args, kwargs),
    set_yticks: (args, kwargs) => this.setTicks('y', args, kwargs),
    // ax.clear(): an animation that redraws its axes each frame (the slot stays)
    cla: () => this.clear(),
    clear: () => this.clear(),
    get_title: () => this.spec.title,
    get_xlabel: () => this.spec.xlabel,
    get_ylabel: () => this.spec.ylabel,
    legend: (args, kwargs) => legend(this, args, kwargs),
    grid: (args) => ((this.spec.grid = args.length === 0 || (args[0] !== false && args[0] !== null)), null),
    set_xlim: (args, kwargs) => this.setLimits('x', args, kwargs),
    set_ylim: (args, kwargs) => this.setLimits('y', args, kwargs),
    get_xlim: () => new PyTuple(this.spec.xlim ?? this.autoLimit(0)),
    get_ylim: () => new PyTuple(this.spec.ylim ?? this.autoLimit(1)),
    sharex: (args, kwargs) => this.share('x', bindArgs('sharex', ['other'], args, kwargs).other),
    sharey: (args, kwargs) => this.share('y', bindArgs('sharey', ['other'], args, kwargs).other),
    get_position: (args, kwargs) => (bindArgs('get_position', [['original', false]], args, kwargs), new Bbox(this.position())),
  };
  /** The limits an axis shows when the code set none: autoscaled over its share group, as the page draws them. */
  protected autoLimit(axis: 0 | 1): [number, number] {
    return viewLimits(this.figureSpec?.axes ?? [this.spec], this.spec, axis);
  }
  /** set_xticks(ticks, labels=None, *, minor=False): ticks at these positions ([] hides them), the Tick artists. */
  protected setTicks(axis: 'x' | 'y' | 'z', args: readonly PyValue[], kwargs: KwArgs): PyValue {
    const { ticks, labels, minor } = bindArgs(`set_${axis}ticks`, ['ticks', ['labels', null], ['minor', false]], args, kwargs, { varkw: 'options' });
    if (labels !== null && (axis === 'z' || this instanceof Axes3D)) throw notSupportedYet(`${this.upstreamName}.set_${axis}ticks(labels=...)`);
    if (minor !== false) throw notSupportedYet(`${this.upstreamName}.set_${axis}ticks(minor=True)`);
    const positions = toColumns(ticks, 'ticks').flat();
    this.writeTicks(axis, positions);
    if (labels !== null && axis !== 'z') {
      if (!(labels instanceof PyList || labels instanceof PyTuple)) throw notSupportedYet(`${this.upstreamName}.set_${axis}ticks(labels=리스트나 튜플이 아닌 값)`);
      const texts = labels.items.map((label) => (typeof label === 'string' ? label : this.pyRepr(label)));
      if (texts.length !== positions.length) {
        throw pyError('ValueError', `The number of FixedLocator locations (${positions.length}), usually from a call to set_ticks, does not match the number of ticklabels (${texts.length}).`);
      }
      this.spec[axis === 'x' ? 'xtickLabels' : 'ytickLabels'] = texts;
    }
    return new PyList(positions.map(() => new Artist(this.tickClass(axis), 'matplotlib.axis')));
  }
  /**
   * get_xticklabels() of set ticks, as Text(position, 0, label): the position as the ticks were
   * given (ints stay ints), y 1 when the x ticks are on top (matshow); labels not set are ''
   * until a draw formats them. Null when the ticks are automatic.
   */
  tickLabelTexts(axis: 'x' | 'y', given: PyValue): TextArtist[] | null {
    const positions = axis === 'x' ? this.spec.xticks : this.spec.yticks;
    if (!positions) return null;
    const labels = (axis === 'x' ? this.spec.xtickLabels : this.spec.ytickLabels) ?? positions.map(() => '');
    const integers = given instanceof PyRange || (given instanceof NdArray && given.dtype === 'int64') ||
      ((given instanceof PyList || given instanceof PyTuple) && given.items.every((v) => typeof v === 'bigint'));
    const at = (p: number) => (integers ? String(p) : this.pyRepr(p));
    return positions.map((p, i) => (axis === 'x' ? new TextArtist(at(p), this.spec.xticksTop ? '1' : '0', labels[i], this.pyRepr) : new TextArtist('0', at(p), labels[i], this.pyRepr)));
  }
  protected writeTicks(axis: 'x' | 'y' | 'z', positions: number[]): void {
    // new positions drop the labels set before (FixedFormatter no longer matches: matplotlib formats them again)
    if (axis === 'x') {
      this.spec.xticks = positions;
      delete this.spec.xtickLabels;
    } else if (axis === 'y') {
      this.spec.yticks = positions;
      delete this.spec.ytickLabels;
    }
  }
  protected tickClass(axis: 'x' | 'y' | 'z'): string {
    return axis === 'y' ? 'YTick' : 'XTick';
  }
  protected get upstreamName(): string {
    return 'matplotlib.axes.Axes';
  }
  protected freshSpec(): AxesSpec {
    return { ...newAxesSpec(), ...placeOf(this.spec) };
  }
  protected clear(): null {
    const fresh = this.freshSpec();
    for (const key of Object.keys(this.spec) as (keyof AxesSpec)[]) if (!(key in fresh)) delete this.spec[key];
    Object.assign(this.spec, fresh);
    this.lineColors = 0;
    this.patchColors = 0;
    this.mappables.length = 0;
    return null;
  }
  override getAttr(name: string): PyValue | undefined {
    const method = this.methods[name];
    return method ? hostFunction(name, method) : undefined;
  }
}

/**
 * A 3-D axes (projection='3d'), matplotlib's Axes3DSubplot: the 2-D Axes's title, labels, x/y
 * limits, ticks, grid and clear, with plot/scatter/plot_surface/... of axes3d.ts, the z axis, and
 * the camera angles as attributes (`ax.elev = 15`) and view_init.
 */
export class Axes3D extends Axes implements Axes3DHost {
  override readonly typeName = 'Axes3DSubplot';
  protected override readonly titleAt = ['0.5', '0.92'] as const;
  protected override readonly ylabelAt = ['0.5', '0.5'] as const;
  readonly limits = new DataLimits3D();
  /** The angles as the code gave them (an int stays an int when read back). */
  private readonly angles = new Map<string, PyValue>([['elev', 30n], ['azim', -60n], ['roll', 0n]]);
  constructor(spec: AxesSpec, pyRepr: Repr, ctx: HostContext) {
    super(spec, pyRepr);
    spec.three ??= newAxes3DSpec();
    spec.grid = true; // rcParams['axes3d.grid']
    Object.assign(this.methods, axes3dMethods(this, ctx, (name, value) => this.setAngle(name, value)), {
      set_zlabel: (args: readonly PyValue[], kwargs: KwArgs) => {
        const { zlabel } = bindArgs('set_zlabel', ['zlabel', ['fontdict', null], ['labelpad', null]], args, kwargs, { varkw: 'options' });
        return this.text('0.5', '0', (this.three.zlabel = textArg(zlabel, pyRepr)), (t) => (this.three.zlabel = t));
      },
      set_zticks: (args: readonly PyValue[], kwargs: KwArgs) => this.setTicks('z', args, kwargs),
    });
    // 2-D drawing a 3-D axes would put in its z = 0 plane: not drawn here
    for (const name of ['hist', 'axhline', 'axvline', 'fill_between', 'legend', 'imshow', 'matshow', 'set_aspect']) {
      this.methods[name] = () => {
        throw notSupportedYet(`${AXES3D_QUALNAME}.${name}`);
      };
    }
  }
  get three(): Axes3DSpec {
    return this.spec.three!;
  }
  private setAngle(name: 'elev' | 'azim' | 'roll', value: PyValue): void {
    this.three[name] = toNumber(value);
    this.angles.set(name, value);
  }
  protected override reprFields(): string[] {
    const fields = super.reprFields();
    if (this.three.zlabel) fields.push(`zlabel=${this.pyRepr(this.three.zlabel)}`);
    return fields;
  }
  protected override autoLimit(axis: 0 | 1): [number, number] {
    return this.three.autoLimits[axis];
  }
  protected override writeTicks(axis: 'x' | 'y' | 'z', positions: number[]): void {
    if (axis === 'z') this.three.zticks = positions;
    else super.writeTicks(axis, positions);
  }
  // mplot3d's three axes are all XAxis subclasses
  protected override tickClass(): string {
    return 'XTick';
  }
  protected override get upstreamName(): string {
    return AXES3D_QUALNAME;
  }
  protected override freshSpec(): AxesSpec {
    // clear() keeps the camera; limits, labels and artists start again
    const { elev, azim, roll } = this.three;
    return { ...newAxesSpec(), ...placeOf(this.spec), grid: true, three: { ...newAxes3DSpec(), elev, azim, roll } };
  }
  protected override clear(): null {
    this.limits.clear();
    return super.clear();
  }
  override getAttr(name: string): PyValue | undefined {
    return this.angles.get(name) ?? super.getAttr(name);
  }
  override setAttr(name: string, value: PyValue): boolean {
    if (name !== 'elev' && name !== 'azim' && name !== 'roll') return false;
    this.setAngle(name, value);
    return true;
  }
}

/** plot([x], y, [fmt], [x2], y2, [fmt2], ..., **kwargs) -> list of Line2D. */
function plot(axes: Axes, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const lines: PyValue[] = [];
  let i = 0;
  while (i < args.length) {
    const group: PyValue[] = [];
    while (i < args.length && typeof args[i] !== 'string' && group.length < 2) group.push(args[i++]);
    const fmt = typeof args[i] === 'string' ? (args[i++] as string) : '';
    if (group.length === 0) throw pyError('TypeError', 'plot() got a format string without data');
    const ys = toColumns(group[group.length - 1], 'y');
    const xs = group.length === 2 ? toColumns(group[0], 'x') : [ys[0].map((_, j) => j)];
    const yData = plottedArray(group[group.length - 1]);
    const xData = group.length === 2 ? plottedArray(group[0]) : floatArray(xs[0]); // matplotlib's index_of: float arange
    const format = parseFormat(fmt);
    for (let c = 0; c < ys.length; c++) {
      const x = xs[Math.min(c, xs.length - 1)];
      const y = ys[c];
      if (x.length !== y.length) {
        throw pyError('ValueError', `x and y must have same first dimension, but have shapes (${x.length},) and (${y.length},)`);
      }
      const explicitColor = kw(kwargs, 'color', 'c');
      const color = explicitColor !== undefined ? resolveColor(explicitColor) : (format.color ?? axes.nextLineColor());
      const marker = kw(kwargs, 'marker');
      const linestyle = kw(kwargs, 'linestyle', 'ls');
      const series: LineSeries = {
        type: 'line',
        x,
        y,
        color,
        // plot(x, y, marker='o') keeps its line, as in matplotlib; fmt 'o' has none
        linestyle: typeof linestyle === 'string' ? linestyle : format.linestyle === 'None' && fmt === '' ? '-' : format.linestyle ?? '-',
        marker: typeof marker === 'string' ? marker : format.marker,
        linewidth: toNumber(kw(kwargs, 'linewidth', 'lw') ?? 1.5),
        markersize: toNumber(kw(kwargs, 'markersize', 'ms') ?? 6),
        alpha: alphaOf(kwargs),
        label: labelOf(kwargs),
      };
      axes.spec.series.push(series);
      lines.push(new Line2D(series, axes.pyRepr, { x: columnOf(xData, c, xs.length), y: columnOf(yData, c, ys.length) }));
    }
  }
  return new PyList(lines);
}

function scatter(axes: Axes, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const a = bindArgs('scatter', ['x', 'y', ['s', null], ['c', null], ['marker', 'o'], ['cmap', null], ['norm', null], ['vmin', null], ['vmax', null]], args, kwargs, { varkw: 'options' });
  if (a.norm !== null) throw notSupportedYet('matplotlib.axes.Axes.scatter(norm=...)');
  const x = toColumns(a.x, 'x').flat();
  const y = toColumns(a.y, 'y').flat();
  if (x.length !== y.length) throw pyError('ValueError', 'x and y must be the same size');
  const series: ScatterSeries = {
    type: 'scatter',
    x,
    y,
    color: '',
    marker: typeof a.marker === 'string' ? a.marker : 'o',
    size: a.s === null ? 36 : plotNumber(a.s),
    alpha: alphaOf(kwargs),
    label: labelOf(kwargs),
  };
  const mapped = mappedScatter(axes, series, a.c, a.cmap, a.vmin, a.vmax);
  const explicit = series.colors ? null : a.c ?? kw(kwargs, 'color') ?? null;
  // a colour from the cycle is taken unless c= or color= gave one (values or colours per point too)
  series.color = explicit !== null ? resolveColor(explicit) : series.colors ? (series.colors.find((c) => c !== 'none') ?? COLOR_CYCLE[0]) : axes.nextPatchColor();
  axes.spec.series.push(series);
  if (mapped) axes.mappables.push(mapped);
  return mapped ?? new Artist('PathCollection', 'matplotlib.collections');
}

/** hist(x, bins=10, range=None, density=False) -> (counts, bin edges, <BarContainer>), numpy.histogram's bins. */
function hist(axes: Axes, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const a = bindArgs(
    'hist',
    ['x', ['bins', null], ['range', null], ['density', false], ['weights', null], ['cumulative', false], ['bottom', null], ['histtype', 'bar'], ['align', 'mid'], ['orientation', 'vertical'], ['rwidth', null], ['log', false], ['color', null], ['label', null], ['stacked', false]],
    args,
    kwargs,
    { varkw: 'options' },
  );
  const unsupported: [string, boolean][] = [
    ['weights', a.weights !== null], ['cumulative', a.cumulative !== false], ['bottom', a.bottom !== null],
    ['histtype', a.histtype !== 'bar'], ['align', a.align !== 'mid'], ['orientation', a.orientation !== 'vertical'],
    ['rwidth', a.rwidth !== null], ['log', a.log !== false], ['stacked', a.stacked !== false],
  ];
  for (const [name, used] of unsupported) if (used) throw notSupportedYet(`matplotlib.axes.Axes.hist(${name}=...)`);
  const columns = toColumns(a.x, 'x');
  if (columns.length !== 1) throw notSupportedYet('matplotlib.axes.Axes.hist (several data sets at once)');
  const float32 = a.x instanceof HostObject && a.x.toArray !== undefined && a.x.toArray().data instanceof Float32Array;
  let bins: number | number[] = 10;
  if (typeof a.bins === 'bigint') bins = Number(a.bins);
  else if (a.bins instanceof PyList || a.bins instanceof PyTuple || (a.bins instanceof HostObject && a.bins.toArray)) bins = toColumns(a.bins, 'bins')[0];
  else if (typeof a.bins === 'string') throw notSupportedYet(`matplotlib.axes.Axes.hist(bins='${a.bins}')`);
  else if (a.bins !== null) throw pyError('TypeError', '`bins` must be an integer, a string, or an array');
  let range: [number, number] | null = null;
  if (a.range instanceof PyTuple || a.range instanceof PyList) range = [toNumber(a.range.items[0]), toNumber(a.range.items[1])];
  const result = histogram(columns[0], bins, range, float32);
  const counts = a.density === true ? densityOf(result.counts, result.edges) : result.counts;
  const explicit = a.color ?? kw(kwargs, 'facecolor', 'fc') ?? null;
  shapesOf(axes.spec).push({
    type: 'bars',
    edges: result.edges,
    heights: counts,
    color: explicit !== null ? resolveColor(explicit) : axes.nextLineColor(),
    alpha: alphaOf(kwargs),
    label: typeof a.label === 'string' ? a.label : null,
  });
  return new PyTuple([floatArray(counts), floatArray(result.edges), new BarContainer(counts.length)]);
}

/** numpy.histogram(density=True): counts / bin width / total. */
function densityOf(counts: number[], edges: number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c, i) => c / (edges[i + 1] - edges[i]) / total);
}

function refLine(axes: Axes, type: 'hline' | 'vline', args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const [at, low, high] = type === 'hline' ? ['y', 'xmin', 'xmax'] : ['x', 'ymin', 'ymax'];
  const a = bindArgs(`ax${type}`, [[at, 0n], [low, 0n], [high, 1n]], args, kwargs, { varkw: 'options' });
  const color = kw(kwargs, 'color', 'c');
  const linestyle = kw(kwargs, 'linestyle', 'ls');
  shapesOf(axes.spec).push({
    type,
    value: plotNumber(a[at]),
    from: plotNumber(a[low]),
    to: plotNumber(a[high]),
    // axhline does not take a colour from the cycle: rcParams['lines.color'] is 'C0'
    color: color === undefined ? COLOR_CYCLE[0] : resolveColor(color),
    linestyle: typeof linestyle === 'string' ? linestyle : '-',
    linewidth: toNumber(kw(kwargs, 'linewidth', 'lw') ?? 1.5),
    alpha: alphaOf(kwargs),
    label: labelOf(kwargs),
  });
  return new Artist('Line2D', 'matplotlib.lines');
}

function fillBetween(axes: Axes, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const a = bindArgs('fill_between', ['x', 'y1', ['y2', 0n], ['where', null], ['interpolate', false], ['step', null]], args, kwargs, { varkw: 'options' });
  if (a.where !== null) throw notSupportedYet('matplotlib.axes.Axes.fill_between(where=...)');
  if (a.step !== null) throw notSupportedYet('matplotlib.axes.Axes.fill_between(step=...)');
  const x = toColumns(a.x, 'x').flat();
  const spread = (value: PyValue, what: string) => {
    const values = toColumns(value, what).flat();
    if (values.length === 1) return x.map(() => values[0]);
    if (values.length !== x.length) throw pyError('ValueError', `operands could not be broadcast together with shapes (${x.length},) (${values.length},)`);
    return values;
  };
  const y1 = spread(a.y1, 'y1');
  const y2 = spread(a.y2, 'y2');
  const explicit = kw(kwargs, 'color', 'facecolor', 'fc');
  shapesOf(axes.spec).push({
    type: 'fill',
    x,
    y1,
    y2,
    color: explicit === undefined ? axes.nextPatchColor() : resolveColor(explicit),
    alpha: alphaOf(kwargs),
    label: labelOf(kwargs),
  });
  return new Artist('PolyCollection', 'matplotlib.collections');
}

function legend(axes: Axes, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const labels = args[0];
  if (labels instanceof PyList || labels instanceof PyTuple) {
    labels.items.forEach((text, i) => {
      const series = axes.spec.series[i];
      if (series) series.label = String(text);
    });
  }
  axes.spec.legend = true;
  const loc = kwargs.get('loc');
  if (typeof loc === 'string') axes.spec.legendLoc = loc;
  return new Artist('Legend', 'matplotlib.legend');
}

/** numpy.flatiter over a grid of Axes: `for a in ax.flat`, `ax.flat[3]`. */
class FlatAxes extends HostObject {
  readonly typeName = 'flatiter';
  override readonly moduleName = 'numpy';
  constructor(private readonly items: readonly Axes[]) {
    super();
  }
  override iterate(): Iterable<PyValue> {
    return this.items;
  }
  override length(): number {
    return this.items.length;
  }
  override getItem(key: PyValue): PyValue {
    return this.items[arrayIndex(key, this.items.length, 0)];
  }
}

/** What plt.subplots(r, c) returns for a grid: numpy's object array of Axes, 1-D or 2-D. */
export class AxesArray extends HostObject {
  readonly typeName = 'ndarray';
  override readonly moduleName = 'numpy';
  constructor(
    readonly items: readonly Axes[],
    readonly shape: readonly number[],
  ) {
    super();
  }
  override repr(): string {
    return objectArrayRepr(this.shape, this.items.map((axes) => axes.repr()));
  }
  override length(): number {
    return this.shape[0];
  }
  override iterate(): Iterable<PyValue> {
    return Array.from({ length: this.shape[0] }, (_, i) => this.getItem(BigInt(i)));
  }
  override getItem(key: PyValue): PyValue {
    const keys = key instanceof PyTuple ? key.items : [key];
    if (keys.length > this.shape.length) {
      throw pyError('IndexError', `too many indices for array: array is ${this.shape.length}-dimensional, but ${keys.length} were indexed`);
    }
    // per axis: one position (the axis disappears) or a list of positions (a slice keeps it)
    const picks = this.shape.map((size, axis) => {
      const k = keys[axis];
      if (k === undefined) return Array.from({ length: size }, (_, i) => i);
      if (k instanceof PySlice) return slicePositions(k, size);
      return arrayIndex(k, size, axis);
    });
    const cols = this.shape.length === 2 ? this.shape[1] : 1;
    const at = (r: number, c: number) => this.items[this.shape.length === 2 ? r * cols + c : r];
    if (this.shape.length === 1) {
      const p = picks[0];
      return typeof p === 'number' ? at(p, 0) : new AxesArray(p.map((r) => at(r, 0)), [p.length]);
    }
    const [rows, columns] = picks;
    if (typeof rows === 'number' && typeof columns === 'number') return at(rows, columns);
    if (typeof rows === 'number') return new AxesArray((columns as number[]).map((c) => at(rows, c)), [(columns as number[]).length]);
    if (typeof columns === 'number') return new AxesArray(rows.map((r) => at(r, columns)), [rows.length]);
    return new AxesArray(rows.flatMap((r) => columns.map((c) => at(r, c))), [rows.length, columns.length]);
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'shape': return new PyTuple(this.shape.map((n) => BigInt(n)));
      case 'flat': return new FlatAxes(this.items);
      case 'size': return BigInt(this.items.length);
      case 'ndim': return BigInt(this.shape.length);
      case 'ravel':
      case 'flatten': return hostFunction(name, () => new AxesArray(this.items, [this.items.length]));
      default: return undefined;
    }
  }
}

interface OpenFigure {
  spec: FigureSpec;
  axes: Axes[];
  current: Axes | null;
  object: Figure;
}

export class Figure extends HostObject {
  readonly typeName = 'Figure';
  override readonly moduleName = 'matplotlib.figure';
  constructor(
    readonly spec: FigureSpec,
    private readonly methods: Record<string, Method>,
    private readonly axesList: () => Axes[],
  ) {
    super();
  }
  override repr(): string {
    const [w, h] = this.spec.figsize;
    // a colorbar is an Axes of its own
    const n = this.axesList().reduce((count, axes) => count + (axes.spec.colorbar ? 2 : 1), 0);
    return `<Figure size ${Math.round(w * 100)}x${Math.round(h * 100)} with ${n} Axes>`;
  }
  /** A Figure as a cell's last value is drawn again, as it stands now (Jupyter's inline backend). */
  override richDisplay(): DisplayItem | undefined {
    return this.spec.axes.length > 0 ? { kind: 'figure', figure: structuredClone(this.spec) } : undefined;
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'axes') return new PyList(this.axesList());
    const method = this.methods[name];
    return method ? hostFunction(name, method) : undefined;
  }
}

function sizeOf(value: PyValue | undefined): [number, number] {
  if (value instanceof PyTuple || value instanceof PyList) return [toNumber(value.items[0]), toNumber(value.items[1])];
  return [6.4, 4.8];
}

/** (rows, cols, index) of add_subplot/subplot: three numbers or one like 221. */
function subplotArgs(name: string, args: readonly PyValue[]): [number, number, number] {
  let parts: number[];
  if (args.length === 0) parts = [1, 1, 1];
  else if (args.length === 1) {
    const code = toIndex(args[0]);
    if (code < 111 || code > 999) throw pyError('ValueError', `Integer subplot specification must be a three-digit number, not ${code}`);
    parts = [Math.floor(code / 100), Math.floor(code / 10) % 10, code % 10];
  } else if (args.length === 3) {
    if (args[2] instanceof PyTuple) throw notSupportedYet(`matplotlib.pyplot.${name} with an index range`);
    parts = args.map((v) => toIndex(v));
  } else throw pyError('TypeError', `${name}() takes 1 or 3 positional arguments but ${args.length} were given`);
  const [rows, cols, index] = parts;
  if (rows < 1 || cols < 1) throw pyError('ValueError', `Number of rows must be a positive integer, not ${rows}`);
  if (index < 1 || index > rows * cols) throw pyError('ValueError', `num must be an integer with 1 <= num <= ${rows * cols}, not ${index}`);
  return [rows, cols, index];
}

type Projection = '3d' | null;
type ShareMode = 'all' | 'row' | 'col' | 'none';

/** subplots' sharex/sharey: a bool or one of matplotlib's four names. */
function shareMode(name: string, value: PyValue, repr: Repr): ShareMode {
  if (typeof value === 'boolean') return value ? 'all' : 'none';
  if (value === 'all' || value === 'row' || value === 'col' || value === 'none') return value;
  throw pyError('ValueError', `${repr(value)} is not a valid value for ${name}; supported values are 'all', 'row', 'col', 'none'`);
}

/**
 * GridSpecBase.subplots' sharing: each axes shares with the grid's first (all), its row's first
 * (row) or its column's first (col); then label_outer's tick labels: x's only on the bottom row
 * when x is shared by 'all' or 'col', y's only on the first column when y is shared by 'all' or 'row'.
 */
function shareGrid(axes: readonly Axes[], rows: number, cols: number, x: ShareMode, y: ShareMode): void {
  const leader = (mode: ShareMode, r: number, c: number): Axes | null =>
    mode === 'all' ? axes[0] : mode === 'row' ? axes[r * cols] : mode === 'col' ? axes[c] : null;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const ax = axes[r * cols + c];
      const [withX, withY] = [leader(x, r, c), leader(y, r, c)];
      if (withX && withX !== ax) ax.share('x', withX);
      if (withY && withY !== ax) ax.share('y', withY);
      if ((x === 'all' || x === 'col') && r < rows - 1) ax.spec.hideXTickLabels = true;
      if ((y === 'all' || y === 'row') && c > 0) ax.spec.hideYTickLabels = true;
    }
  }
}

/** add_subplot's projection= (and polar=): None or 'rectilinear' a 2-D axes, '3d' mplot3d's; others as matplotlib refuses them. */
function projectionOf(kwargs: KwArgs, repr: Repr): Projection {
  const projection = kwargs.get('projection') ?? null;
  if (kwargs.get('polar') === true || projection === 'polar') throw notSupportedYet("matplotlib.pyplot.subplot(projection='polar')");
  if (projection === null || projection === 'rectilinear') return null;
  if (projection === '3d') return '3d';
  if (typeof projection === 'string') throw pyError('ValueError', `Unknown projection ${repr(projection)}`);
  throw pyError('TypeError', `projection must be a string, None or implement a _as_mpl_axes method, not ${repr(projection)}`);
}

/**
 * matplotlib.figure.figaspect of an array's shape: rcParams' figure height (4.8) and the width
 * that keeps the array's aspect, scaled up to at least 4 × 2 in and down to at most 16 × 16 in, then clipped.
 */
function figaspect(shape: readonly number[]): [number, number] {
  const ratio = shape[0] / shape[1];
  const least = [4, 2];
  let size = [4.8 / ratio, 4.8];
  size = size.map((v) => v / Math.min(1, size[0] / least[0], size[1] / least[1]));
  size = size.map((v) => v / Math.max(1, size[0] / 16, size[1] / 16));
  return [Math.min(16, Math.max(least[0], size[0])), Math.min(16, Math.max(least[1], size[1]))];
}

export function createPyplotModule(ctx: HostContext): PyModule {
  const pyRepr: Repr = (value) => ctx.repr(value);
  let figure: OpenFigure | null = null;
  const makeAxes = (spec: AxesSpec, projection: Projection): Axes => (projection === '3d' ? new Axes3D(spec, pyRepr, ctx) : new Axes(spec, pyRepr));

  const addSubplot = (open: OpenFigure, name: string, args: readonly PyValue[], kwargs: KwArgs): Axes => {
    const projection = projectionOf(kwargs, pyRepr);
    // a GridSpec's cells (fig.add_subplot(spec[1:, 0])): its top-left cell and how many it spans
    const cells = args.length === 1 && args[0] instanceof SubplotSpec ? args[0].cells : null;
    const [rows, cols, index] = cells ? [(args[0] as SubplotSpec).grid.nrows, (args[0] as SubplotSpec).grid.ncols, 0] : subplotArgs(name, args);
    const span: [number, number] | undefined = cells && (cells.r1 > cells.r0 || cells.c1 > cells.c0) ? [cells.r1 - cells.r0 + 1, cells.c1 - cells.c0 + 1] : undefined;
    if (open.axes.length === 0) {
      open.spec.rows = rows;
      open.spec.cols = cols;
    } else if (open.spec.rows !== rows || open.spec.cols !== cols) {
      throw notSupportedYet(`matplotlib.pyplot.${name} with a ${rows}x${cols} grid in a figure that has a ${open.spec.rows}x${open.spec.cols} grid`);
    }
    const slot = cells ? cells.r0 * cols + cells.c0 : index - 1;
    const sameSpan = (a: Axes) => String(a.spec.span ?? [1, 1]) === String(span ?? [1, 1]);
    const at = open.axes.findIndex((a) => (a.spec.slot ?? open.axes.indexOf(a)) === slot && sameSpan(a));
    const existing = at >= 0 ? open.axes[at] : null;
    // the axes in those cells is used again if it has the projection asked for, else a new one takes its place
    let axes = existing;
    if (!existing || existing instanceof Axes3D !== (projection === '3d')) {
      const spec = newAxesSpec(slot);
      if (span) spec.span = span;
      axes = makeAxes(spec, projection);
      axes.figureSpec = open.spec;
      if (existing) {
        open.axes[at] = axes;
        open.spec.axes[at] = axes.spec;
      } else {
        open.axes.push(axes);
        open.spec.axes.push(axes.spec);
      }
    }
    open.current = axes;
    return axes!;
  };

  const newFigure = (figsize: [number, number] = [6.4, 4.8], rows = 0, cols = 0, projection: Projection = null): OpenFigure => {
    const spec: FigureSpec = { figsize, rows: Math.max(rows, 1), cols: Math.max(cols, 1), axes: [], suptitle: '' };
    const axes = Array.from({ length: rows * cols }, () => makeAxes(newAxesSpec(), projection));
    spec.axes = axes.map((a) => a.spec);
    for (const a of axes) a.figureSpec = spec;
    const open = { spec, axes, current: axes[axes.length - 1] ?? null } as OpenFigure;
    const methods: Record<string, Method> = {
      suptitle: (args, kwargs) => {
        const { t } = bindArgs('suptitle', ['t'], args, kwargs, { varkw: 'options' });
        return new TextArtist('0.5', '0.98', (spec.suptitle = textArg(t, pyRepr)), pyRepr, (text) => (spec.suptitle = text));
      },
      add_subplot: (args, kwargs) => addSubplot(open, 'add_subplot', args, kwargs),
      add_gridspec: (args, kwargs) => {
        const { nrows, ncols } = bindArgs('add_gridspec', [['nrows', 1n], ['ncols', 1n]], args, kwargs, { varkw: 'kwargs' });
        // GridSpec(nrows, ncols, figure=self, **kwargs), a figure= given is dropped
        const rest = new Map([...kwargs].filter(([key]) => !['nrows', 'ncols', 'figure'].includes(key)));
        return newGridSpec([nrows, ncols], rest, open.object);
      },
      // gca(projection='3d') was removed in matplotlib 3.6 (add_subplot(projection='3d') instead)
      gca: (args, kwargs) => (bindArgs('FigureBase.gca', [], args, kwargs), gcaOf(open)),
      colorbar: (args, kwargs) => {
        const { mappable, cax, ax, options } = bindArgs('FigureBase.colorbar', ['mappable', ['cax', null], ['ax', null], ['use_gridspec', true]], args, kwargs, { varkw: 'options' });
        return colorbarOf(mappable, cax, ax, options);
      },
      get_size_inches: (args, kwargs) => (bindArgs('get_size_inches', [], args, kwargs), new NdArray([...spec.figsize], [2], 'float64')),
      set_figwidth: (args, kwargs) => ((spec.figsize = [toNumber(bindArgs('set_figwidth', ['val', ['forward', true]], args, kwargs).val), spec.figsize[1]]), null),
      set_figheight: (args, kwargs) => ((spec.figsize = [spec.figsize[0], toNumber(bindArgs('set_figheight', ['val', ['forward', true]], args, kwargs).val)]), null),
      tight_layout: () => null,
      show: () => null,
    };
    open.object = new Figure(spec, methods, () => open.axes);
    figure = open;
    return open;
  };
  const current = () => figure ?? newFigure();
  /** plt.gci(): the current axes' last image or mapped scatter, else the last of the figure's other axes. */
  const gci = (): Mappable | null => {
    const open = figure;
    if (!open) return null;
    const order = open.current ? [open.current, ...open.axes.filter((a) => a !== open.current).reverse()] : [...open.axes].reverse();
    return order.map((axes) => axes.mappables[axes.mappables.length - 1]).find((mappable) => mappable !== undefined) ?? null;
  };
  const colorbarOf = (mappable: PyValue, cax: PyValue, ax: PyValue, options: PyValue): PyValue => {
    if (!(mappable instanceof Mappable)) throw notSupportedYet(`${typeNameOf(mappable)}의 colorbar (imshow의 AxesImage와 scatter(c=...)만 됩니다)`);
    if (ax !== null && !(ax instanceof Axes)) throw notSupportedYet('matplotlib.figure.Figure.colorbar(ax=여러 Axes)');
    const kw = options as PyDict;
    return colorbar(mappable, ax, cax, new Map(kw.keys().map((key) => [String(key), kw.get(key)!] as [string, PyValue])));
  };
  const gcaOf = (open: OpenFigure): Axes => open.current ?? addSubplot(open, 'subplot', [], new Map());
  const gca = () => gcaOf(current());
  const show = () => {
    const open = figure;
    figure = null;
    if (open && open.spec.axes.length > 0) {
      ctx.display({ kind: 'figure', figure: structuredClone(open.spec) });
    }
    return null;
  };
  ctx.onCellEnd(show);

  const fn = (name: string, impl: Method) => [name, hostFunction(name, impl)] as const;
  const onAxes = (name: string, method = name) => fn(name, (args, kwargs) => gca().methods[method](args, kwargs));
  const entries: (readonly [string, PyValue])[] = [
    onAxes('plot'), onAxes('scatter'), onAxes('hist'), onAxes('axhline'), onAxes('axvline'), onAxes('fill_between'),
    onAxes('imshow'),
    // plt.matshow(A, fignum=None): a new figure sized to A's shape (figaspect) with one axes, or the current axes for fignum=0
    fn('matshow', (args, kwargs) => {
      const { A, fignum } = bindArgs('matshow', ['A', ['fignum', null]], args, kwargs, { varkw: 'kwargs' });
      const rest = new Map([...kwargs].filter(([key]) => key !== 'A' && key !== 'fignum'));
      if (fignum === 0n || fignum === false) return gca().methods.matshow([A], rest);
      if (fignum !== null) throw notSupportedYet('matplotlib.pyplot.matshow(fignum=번호)');
      show();
      const open = newFigure(figaspect(toArray(A).shape));
      return addSubplot(open, 'add_subplot', [], new Map()).methods.matshow([A], rest);
    }),
    ...(['x', 'y'] as const).map((axis) => fn(`${axis}ticks`, (args, kwargs) => {
      // plt.xticks(ticks=None, labels=None, *, minor=False, **kwargs): the Tick list and the label Texts (kwargs style the labels)
      if (args.length > 2) throw pyError('TypeError', `${axis}ticks() takes from 0 to 2 positional arguments but ${args.length} were given`);
      const { ticks, labels, minor } = bindArgs(`${axis}ticks`, [['ticks', null], ['labels', null], ['minor', false]], args, kwargs, { varkw: 'kwargs' });
      if (minor !== false) throw notSupportedYet(`matplotlib.pyplot.${axis}ticks(minor=True)`);
      const ax = gca();
      if (ticks === null) {
        if (labels !== null) throw notSupportedYet(`matplotlib.pyplot.${axis}ticks(labels=...) 위치 없이`);
        const positions = axis === 'x' ? ax.spec.xticks : ax.spec.yticks;
        if (!positions) throw notSupportedYet(`matplotlib.pyplot.${axis}ticks()로 자동 눈금 읽기`);
        return new PyTuple([new NdArray(positions, [positions.length], 'float64'), new PyList(ax.tickLabelTexts(axis, null)!)]);
      }
      const tickList = ax.methods[`set_${axis}ticks`]([ticks], labels === null ? new Map() : new Map([['labels', labels]]));
      return new PyTuple([tickList, new PyList(ax.tickLabelTexts(axis, ticks)!)]);
    })),
    fn('gci', (args, kwargs) => (bindArgs('gci', [], args, kwargs), gci())),
    fn('colorbar', (args, kwargs) => {
      const { mappable, cax, ax, options } = bindArgs('colorbar', [['mappable', null], ['cax', null], ['ax', null]], args, kwargs, { varkw: 'options' });
      const found = mappable ?? gci();
      // a 3-D surface coloured by a colormap is a mappable matplotlib finds; the page has no colorbar for it yet
      if (found === null && figure?.axes.some((a) => a.spec.three?.artists.some((artist) => artist.type === 'surface' && artist.cmap))) {
        throw notSupportedYet('mpl_toolkits.mplot3d의 plot_surface(cmap=...)에 붙이는 colorbar');
      }
      if (found === null) throw pyError('RuntimeError', 'No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).');
      return colorbarOf(found, cax, ax, options);
    }),
    onAxes('title', 'set_title'), onAxes('xlabel', 'set_xlabel'), onAxes('ylabel', 'set_ylabel'), onAxes('legend'), onAxes('grid'),
    fn('xlim', (args, kwargs) => (args.length === 0 && kwargs.size === 0 ? gca().methods.get_xlim([], kwargs) : gca().methods.set_xlim(args, kwargs))),
    fn('ylim', (args, kwargs) => (args.length === 0 && kwargs.size === 0 ? gca().methods.get_ylim([], kwargs) : gca().methods.set_ylim(args, kwargs))),
    fn('figure', (args, kwargs) => {
      const { figsize } = bindArgs('figure', [['num', null], ['figsize', null]], args, kwargs, { varkw: 'options' });
      show();
      return newFigure(sizeOf(figsize ?? undefined)).object;
    }),
    fn('subplots', (args, kwargs) => {
      const { nrows, ncols, sharex, sharey, squeeze, subplot_kw } = bindArgs('subplots', [['nrows', 1n], ['ncols', 1n], ['sharex', false], ['sharey', false], ['squeeze', true], ['subplot_kw', null]], args, kwargs, { varkw: 'options' });
      const shareX = shareMode('sharex', sharex, pyRepr);
      const shareY = shareMode('sharey', sharey, pyRepr);
      // matplotlib copies subplot_kw before reading it
      if (subplot_kw !== null && !(subplot_kw instanceof PyDict)) throw pyError('AttributeError', `'${typeNameOf(subplot_kw)}' object has no attribute 'copy'`);
      const projection = subplot_kw === null ? null : projectionOf(new Map(subplot_kw.keys().map((key) => [String(key), subplot_kw.get(key)!] as [string, PyValue])), pyRepr);
      const rows = toIndex(nrows);
      const cols = toIndex(ncols);
      if (rows < 1) throw pyError('ValueError', `Number of rows must be a positive integer, not ${rows}`);
      if (cols < 1) throw pyError('ValueError', `Number of columns must be a positive integer, not ${cols}`);
      show();
      const created = newFigure(sizeOf(kwargs.get('figsize')), rows, cols, projection);
      shareGrid(created.axes, rows, cols, shareX, shareY);
      let axes: PyValue;
      if (squeeze === false) axes = new AxesArray(created.axes, [rows, cols]);
      else if (rows * cols === 1) axes = created.axes[0];
      else if (rows === 1 || cols === 1) axes = new AxesArray(created.axes, [rows * cols]);
      else axes = new AxesArray(created.axes, [rows, cols]);
      return new PyTuple([created.object, axes]);
    }),
    fn('subplot', (args, kwargs) => addSubplot(current(), 'subplot', args, kwargs)),
    fn('GridSpec', (args, kwargs) => newGridSpec(args, kwargs)),
    // subplot2grid(shape, loc, rowspan=1, colspan=1): the cells of a shape-sized GridSpec from loc
    fn('subplot2grid', (args, kwargs) => {
      const a = bindArgs('subplot2grid', ['shape', 'loc', ['rowspan', 1n], ['colspan', 1n], ['fig', null]], args, kwargs, { varkw: 'kwargs' });
      if (a.fig !== null) throw notSupportedYet('matplotlib.pyplot.subplot2grid(fig=...)');
      const pair = (value: PyValue, what: string): [number, number] => {
        if (!(value instanceof PyTuple || value instanceof PyList) || value.items.length !== 2) throw pyError('ValueError', `${what} must be a pair`);
        return [toIndex(value.items[0]), toIndex(value.items[1])];
      };
      const [rows, cols] = pair(a.shape, 'shape');
      const [row, col] = pair(a.loc, 'loc');
      const grid = newGridSpec([BigInt(rows), BigInt(cols)], new Map());
      return addSubplot(current(), 'add_subplot', [grid.subplotAt(row, col, toIndex(a.rowspan), toIndex(a.colspan))], new Map([...kwargs].filter(([k]) => !['shape', 'loc', 'rowspan', 'colspan', 'fig'].includes(k))));
    }),
    // plt.axes(projection='3d'): Figure.add_subplot(**kwargs) of the current figure
    fn('axes', (args, kwargs) => {
      if (args.length > 0 && args[0] !== null) throw notSupportedYet('matplotlib.pyplot.axes(rect)');
      return addSubplot(current(), 'add_subplot', [], kwargs);
    }),
    fn('gca', (args, kwargs) => (bindArgs('gca', [], args, kwargs), gca())),
    fn('gcf', () => current().object),
    fn('show', () => show()),
    fn('close', () => ((figure = null), null)),
    fn('tight_layout', () => (current(), null)),
    fn('suptitle', (args, kwargs) => ctx.call(current().object.getAttr('suptitle')!, args, kwargs)),
    ['rcParams', new RcParams(pyRepr)],
  ];
  return new PyModule('matplotlib.pyplot', new Map(entries));
}
