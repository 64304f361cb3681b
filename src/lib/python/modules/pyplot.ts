// `matplotlib.pyplot` as a recorder: each call adds to a FigureSpec (plain data) that the page
// draws with D3. Like Jupyter's inline backend, open figures are shown when the cell ends.
import {
  HostObject,
  PyList,
  PyModule,
  PyTuple,
  bindArgs,
  hostFunction,
  pyError,
  toNumber,
  type HostContext,
  type KwArgs,
  type PyValue,
} from '../objects/host';
import type { AxesSpec, FigureSpec, LineSeries } from '../objects/display';
import { COLOR_CYCLE, parseFormat, resolveColor, toColumns } from './plot-args';

/** A matplotlib artist returned by plot/scatter/title...; the notebook shows `<matplotlib.lines.Line2D at 0x...>`. */
class Artist extends HostObject {
  constructor(
    readonly typeName: string,
    override readonly moduleName: string,
  ) {
    super();
  }
}

/** A Text artist prints as `Text(0.5, 1.0, 'title')`. */
class TextArtist extends HostObject {
  readonly typeName = 'Text';
  override readonly moduleName = 'matplotlib.text';
  constructor(private readonly text: string) {
    super();
  }
  override repr(): string {
    return this.text;
  }
}

class Axes extends HostObject {
  readonly typeName = 'Axes';
  override readonly moduleName = 'matplotlib.axes';
  lineColors = 0;
  patchColors = 0;
  constructor(readonly spec: AxesSpec) {
    super();
  }
  private readonly methods: Record<string, (args: readonly PyValue[], kwargs: KwArgs) => PyValue> = {
    plot: (args, kwargs) => plot(this, args, kwargs),
    scatter: (args, kwargs) => scatter(this, args, kwargs),
    set_title: (args) => ((this.spec.title = textArg(args[0])), new TextArtist(`Text(0.5, 1.0, '${textArg(args[0])}')`)),
    set_xlabel: (args) => ((this.spec.xlabel = textArg(args[0])), new TextArtist(`Text(0.5, 0, '${textArg(args[0])}')`)),
    set_ylabel: (args) => ((this.spec.ylabel = textArg(args[0])), new TextArtist(`Text(0, 0.5, '${textArg(args[0])}')`)),
    legend: (args, kwargs) => legend(this, args, kwargs),
    grid: (args) => ((this.spec.grid = args.length === 0 || args[0] !== false), null),
    set_xlim: (args) => ((this.spec.xlim = limits(args)), new PyTuple(this.spec.xlim)),
    set_ylim: (args) => ((this.spec.ylim = limits(args)), new PyTuple(this.spec.ylim)),
  };
  override getAttr(name: string): PyValue | undefined {
    const method = this.methods[name];
    return method ? hostFunction(name, method) : undefined;
  }
}

class Figure extends HostObject {
  readonly typeName = 'Figure';
  override readonly moduleName = 'matplotlib.figure';
  constructor(readonly spec: FigureSpec) {
    super();
  }
  override repr(): string {
    const [w, h] = this.spec.figsize;
    return `<Figure size ${Math.round(w * 100)}x${Math.round(h * 100)} with ${this.spec.axes.length} Axes>`;
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'suptitle') return hostFunction('suptitle', (args) => ((this.spec.suptitle = textArg(args[0])), null));
    return undefined;
  }
}

function textArg(value: PyValue | undefined): string {
  if (value === undefined) throw pyError('TypeError', "missing 1 required positional argument: 'label'");
  return typeof value === 'string' ? value : String(value);
}

function limits(args: readonly PyValue[]): [number, number] {
  const pair = args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList) ? args[0].items : args;
  if (pair.length !== 2) throw pyError('TypeError', 'expected (left, right) limits');
  return [toNumber(pair[0]), toNumber(pair[1])];
}

function newAxes(): AxesSpec {
  return { title: '', xlabel: '', ylabel: '', series: [], legend: false, legendLoc: 'best', grid: false, xlim: null, ylim: null };
}

function kw(kwargs: KwArgs, ...names: string[]): PyValue | undefined {
  for (const name of names) if (kwargs.has(name)) return kwargs.get(name);
  return undefined;
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
    const format = parseFormat(fmt);
    for (let c = 0; c < ys.length; c++) {
      const x = xs[Math.min(c, xs.length - 1)];
      const y = ys[c];
      if (x.length !== y.length) {
        throw pyError('ValueError', `x and y must have same first dimension, but have shapes (${x.length},) and (${y.length},)`);
      }
      const explicitColor = kw(kwargs, 'color', 'c');
      const color = explicitColor !== undefined ? resolveColor(explicitColor) : (format.color ?? COLOR_CYCLE[axes.lineColors++ % COLOR_CYCLE.length]);
      const marker = kw(kwargs, 'marker');
      const linestyle = kw(kwargs, 'linestyle', 'ls');
      const label = kw(kwargs, 'label');
      const series: LineSeries = {
        type: 'line',
        x,
        y,
        color,
        linestyle: typeof linestyle === 'string' ? linestyle : format.linestyle ?? '-',
        marker: typeof marker === 'string' ? marker : format.marker,
        linewidth: toNumber(kw(kwargs, 'linewidth', 'lw') ?? 1.5),
        markersize: toNumber(kw(kwargs, 'markersize', 'ms') ?? 6),
        alpha: toNumber(kw(kwargs, 'alpha') ?? 1),
        label: typeof label === 'string' ? label : null,
      };
      axes.spec.series.push(series);
      lines.push(new Artist('Line2D', 'matplotlib.lines'));
    }
  }
  return new PyList(lines);
}

function scatter(axes: Axes, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const a = bindArgs('scatter', ['x', 'y', ['s', null], ['c', null], ['marker', 'o']], args, kwargs, { varkw: 'options' });
  const x = toColumns(a.x, 'x').flat();
  const y = toColumns(a.y, 'y').flat();
  if (x.length !== y.length) throw pyError('ValueError', 'x and y must be the same size');
  const explicit = a.c ?? kw(kwargs, 'color') ?? null;
  const color = explicit !== null ? resolveColor(explicit) : COLOR_CYCLE[axes.patchColors++ % COLOR_CYCLE.length];
  const alpha = kw(kwargs, 'alpha');
  const label = kw(kwargs, 'label');
  axes.spec.series.push({
    type: 'scatter',
    x,
    y,
    color,
    marker: typeof a.marker === 'string' ? a.marker : 'o',
    size: a.s === null ? 36 : toNumber(a.s),
    alpha: alpha === undefined || alpha === null ? 1 : toNumber(alpha),
    label: typeof label === 'string' ? label : null,
  });
  return new Artist('PathCollection', 'matplotlib.collections');
}

function legend(axes: Axes, args: readonly PyValue[], kwargs: KwArgs): PyValue {
  const labels = args[0];
  if (labels instanceof PyList || labels instanceof PyTuple) {
    labels.items.forEach((label, i) => {
      const series = axes.spec.series[i];
      if (series) series.label = String(typeof label === 'string' ? label : label);
    });
  }
  axes.spec.legend = true;
  const loc = kwargs.get('loc');
  if (typeof loc === 'string') axes.spec.legendLoc = loc;
  return new Artist('Legend', 'matplotlib.legend');
}

const UNSUPPORTED = ['hist', 'bar', 'barh', 'imshow', 'fill_between', 'axhline', 'axvline', 'text', 'annotate', 'savefig', 'contour', 'contourf', 'pie', 'errorbar', 'subplot', 'semilogy', 'loglog', 'xticks', 'yticks', 'colorbar', 'tight_layout'];

export function createPyplotModule(ctx: HostContext): PyModule {
  let figure: { spec: FigureSpec; axes: Axes[] } | null = null;
  const newFigure = (figsize: [number, number] = [6.4, 4.8], rows = 1, cols = 1) => {
    const axes = Array.from({ length: rows * cols }, () => new Axes(newAxes()));
    figure = { spec: { figsize, rows, cols, axes: axes.map((a) => a.spec), suptitle: '' }, axes };
    return figure;
  };
  const current = () => figure ?? newFigure();
  const gca = () => current().axes[0];
  const show = () => {
    const open = figure;
    figure = null;
    if (open && open.spec.axes.some((a) => a.series.length > 0 || a.title || a.xlabel || a.ylabel)) {
      ctx.display({ kind: 'figure', figure: structuredCloneSpec(open.spec) });
    }
    return null;
  };
  ctx.onCellEnd(show);

  const fn = (name: string, impl: (args: readonly PyValue[], kwargs: KwArgs) => PyValue) => [name, hostFunction(name, impl)] as const;
  const onAxes = (name: string) => fn(name, (args, kwargs) => ctx.call(gca().getAttr(name === 'title' ? 'set_title' : name === 'xlabel' ? 'set_xlabel' : name === 'ylabel' ? 'set_ylabel' : name === 'xlim' ? 'set_xlim' : name === 'ylim' ? 'set_ylim' : name)!, args, kwargs));
  const entries: (readonly [string, PyValue])[] = [
    onAxes('plot'), onAxes('scatter'), onAxes('title'), onAxes('xlabel'), onAxes('ylabel'), onAxes('legend'), onAxes('grid'), onAxes('xlim'), onAxes('ylim'),
    fn('figure', (args, kwargs) => {
      const { figsize } = bindArgs('figure', [['num', null], ['figsize', null]], args, kwargs, { varkw: 'options' });
      show();
      const size = figsize instanceof PyTuple || figsize instanceof PyList ? figsize.items.map((v) => toNumber(v)) : [6.4, 4.8];
      return new Figure(newFigure([size[0], size[1]]).spec);
    }),
    fn('subplots', (args, kwargs) => {
      const { nrows, ncols } = bindArgs('subplots', [['nrows', 1n], ['ncols', 1n]], args, kwargs, { varkw: 'options' });
      const optionSize = kwargs.get('figsize');
      const size = optionSize instanceof PyTuple || optionSize instanceof PyList ? optionSize.items.map((v) => toNumber(v)) : [6.4, 4.8];
      show();
      const rows = Number(nrows);
      const cols = Number(ncols);
      const created = newFigure([size[0], size[1]], rows, cols);
      const axes: PyValue = rows * cols === 1 ? created.axes[0] : rows === 1 || cols === 1 ? new PyTuple(created.axes) : new PyTuple(Array.from({ length: rows }, (_, r) => new PyTuple(created.axes.slice(r * cols, (r + 1) * cols))));
      return new PyTuple([new Figure(created.spec), axes]);
    }),
    fn('gca', () => gca()),
    fn('gcf', () => new Figure(current().spec)),
    fn('show', () => show()),
    fn('close', () => ((figure = null), null)),
    fn('suptitle', (args) => ((current().spec.suptitle = textArg(args[0])), null)),
    ...UNSUPPORTED.map((name) => fn(name, () => {
      throw pyError('NotImplementedError', `plt.${name}() is not supported here yet (supported: plot, scatter, title, xlabel, ylabel, legend, grid, xlim, ylim, figure, subplots, show)`);
    })),
  ];
  return new PyModule('matplotlib.pyplot', new Map(entries));
}

/** A snapshot, so later calls cannot change a figure already shown (NaN and inf survive). */
function structuredCloneSpec(spec: FigureSpec): FigureSpec {
  return structuredClone(spec);
}
