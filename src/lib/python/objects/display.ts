// What a cell displays besides its text, as plain data the page draws: a matplotlib figure (what
// `plt.*` calls recorded, drawn with D3), a Graphviz graph, a pandas table, or the cell's result. Everything here
// is structured-clone safe so it can cross from the worker to the page.

/** One `plt.plot` line. Colours are CSS hex strings already resolved (cycle or fmt). */
export interface LineSeries {
  type: 'line';
  x: number[];
  y: number[];
  color: string;
  /** matplotlib linestyle: '-', '--', '-.', ':' or 'None' (markers only, e.g. fmt 'o'). */
  linestyle: string;
  /** matplotlib marker code ('o', '.', 's', '^', 'x', '+', ...) or null. */
  marker: string | null;
  linewidth: number;
  markersize: number;
  alpha: number;
  label: string | null;
  /**
   * What autoscaling counts instead of x/y once `set_data` changed them: matplotlib keeps the
   * data limits of the line as plotted (until `ax.relim()`), so an animated line does not move
   * the axes. Absent: x and y.
   */
  limitX?: number[];
  limitY?: number[];
}

/** One `plt.scatter` call. */
export interface ScatterSeries {
  type: 'scatter';
  x: number[];
  y: number[];
  color: string;
  marker: string;
  /** Marker area in points², matplotlib's `s` (default 36). */
  size: number;
  alpha: number;
  label: string | null;
  /** c=: each point's colour ('none': a NaN value, not drawn), over `color`; from `cmap` when c gave values. */
  colors?: string[];
  cmap?: string;
}

/** One `plt.hist` call: adjacent bars from edges[i] to edges[i + 1], `heights[i]` tall, from 0. */
export interface BarSeries {
  type: 'bars';
  edges: number[];
  heights: number[];
  color: string;
  alpha: number;
  label: string | null;
}

/** `axhline(y)` / `axvline(x)`: a line across the axes at `value`, from `from` to `to` (axes fractions). */
export interface RefLineSeries {
  type: 'hline' | 'vline';
  value: number;
  from: number;
  to: number;
  color: string;
  linestyle: string;
  linewidth: number;
  alpha: number;
  label: string | null;
}

/** `fill_between(x, y1, y2)`: the region between two curves over x. */
export interface FillSeries {
  type: 'fill';
  x: number[];
  y1: number[];
  y2: number[];
  color: string;
  alpha: number;
  label: string | null;
}

export type Series = LineSeries | ScatterSeries;
/** What hist, axhline/axvline and fill_between add: drawn by matplotlib's z-order, bars and fills under the series, reference lines over them. */
export type Shape = BarSeries | RefLineSeries | FillSeries;

export interface AxesSpec {
  title: string;
  xlabel: string;
  ylabel: string;
  series: Series[];
  /** hist bars, axhline/axvline and fill_between regions, in call order (absent: none). */
  shapes?: Shape[];
  /** plt.legend() was called: show labelled series. */
  legend: boolean;
  legendLoc: string;
  grid: boolean;
  xlim: [number, number] | null;
  ylim: [number, number] | null;
  /** Its cell in the figure's grid, row by row (plt.subplot(2, 2, 3) is 2); absent: its place in `axes`. */
  slot?: number;
  /** A GridSpec slice's extent from its slot: [rows, cols] cells (fig.add_subplot(spec[1:, 0])); absent: one cell. */
  span?: [number, number];
  /** Share groups (plt.subplots(sharex=True), ax.sharex): axes with the same number autoscale over their union and move together. */
  sharex?: number;
  sharey?: number;
  /** label_outer of a shared grid: the inner axes' tick labels (and offset text) are hidden. */
  hideXTickLabels?: boolean;
  hideYTickLabels?: boolean;
  /** set_xticks/set_yticks: the tick positions given (an empty list hides the ticks); absent: automatic. */
  xticks?: number[];
  yticks?: number[];
  /** set_xticks(ticks, labels) / plt.xticks(ticks, labels): the text under each tick set (absent: the numbers formatted). */
  xtickLabels?: string[];
  ytickLabels?: string[];
  /** matshow: the x ticks and their labels on top of the axes (the title above them). */
  xticksTop?: boolean;
  /** A 3-D axes (projection='3d'): its view, z axis and artists; `series` and `shapes` stay empty. */
  three?: Axes3DSpec;
  /** imshow's images, in call order, drawn under the series (absent: none). */
  images?: ImageSpec[];
  /** set_aspect / imshow: data units of y per unit of x on screen (1: 'equal'); absent: 'auto', the box fills its cell. */
  aspect?: number;
  /** A colorbar taken from this axes' width (plt.colorbar), drawn at its right. */
  colorbar?: ColorbarSpec;
}

/**
 * One imshow: its pixels already coloured in the kernel (colormap and Normalize, or the RGB(A)
 * data), row 0 first, placed over `extent` ([left, right, bottom, top] in data units; row 0 at
 * the top edge for origin 'upper', at the bottom edge for 'lower').
 */
export interface ImageSpec {
  width: number;
  height: number;
  /** RGBA bytes, width × height × 4, row after row. */
  rgba: Uint8ClampedArray;
  extent: [number, number, number, number];
  origin: 'upper' | 'lower';
  /** interpolation='bilinear': the browser smooths; otherwise each pixel is a square (nearest). */
  smooth: boolean;
  alpha: number;
  /** The colormap's name, or null for RGB(A) data. */
  cmap: string | null;
}

/** plt.colorbar: the colormap's 256 colours from vmin (bottom) to vmax (top), ticked on its right. */
export interface ColorbarSpec {
  ramp: Uint8ClampedArray;
  vmin: number;
  vmax: number;
  cmap: string;
  /** colorbar(label=...) or set_label: written along the bar, right of its tick labels. */
  label: string;
}

/**
 * An mplot3d Axes3D: the camera (matplotlib's elev/azim/roll in degrees; its distance 10 and box
 * aspect 4:4:3 are fixed), the z axis, and what plot_surface/scatter/plot added, in call order.
 * Limits set by the code are the AxesSpec's xlim/ylim and `zlim`; where they are null the view
 * shows `autoLimits`, which the kernel recomputes as matplotlib autoscales, on each artist added
 * (so an animation's set_data_3d does not move the axes, as in matplotlib).
 */
export interface Axes3DSpec {
  elev: number;
  azim: number;
  roll: number;
  zlabel: string;
  zlim: [number, number] | null;
  zticks?: number[];
  /** x, y, z limits as autoscaled: [[x0, x1], [y0, y1], [z0, z1]]. */
  autoLimits: [[number, number], [number, number], [number, number]];
  artists: Artist3D[];
}

/**
 * plot_surface's Poly3DCollection: polygons as matplotlib builds them from the strided grid
 * (each the perimeter of its patch, `sizes[i]` vertices), already shaded in the kernel.
 */
export interface SurfaceSeries {
  type: 'surface';
  /** Vertices x, y, z interleaved, polygon after polygon. */
  vertices: number[];
  /** The number of vertices of each polygon. */
  sizes: number[];
  /** Each polygon's colour as '#rrggbb' (the base colour times its light, or the base colour). */
  colors: string[];
  alpha: number;
  /** edgecolor=…: the polygons' outline ('face': each its own colour); absent: none, matplotlib's default. */
  edgecolor?: string;
  linewidth?: number;
  /** plot_surface(cmap=...): the colormap the colours came from (absent: one colour, shaded). */
  cmap?: string;
  /** plot_surface's input grid (rows × cols before striding), for the description. */
  rows: number;
  cols: number;
  label: string | null;
}

/** plot_wireframe's Line3DCollection: polylines (x, y, z interleaved), drawn in one colour. */
export interface WireframeSeries {
  type: 'wireframe';
  vertices: number[];
  sizes: number[];
  color: string;
  linewidth: number;
  alpha: number;
  label: string | null;
}

/** A 3-D scatter's Path3DCollection: one colour, depth-shaded (farther markers fainter) unless depthshade=False. */
export interface Scatter3DSeries {
  type: 'scatter3d';
  x: number[];
  y: number[];
  z: number[];
  color: string;
  marker: string;
  /** Marker area in points² (mplot3d's default is 20). */
  size: number;
  alpha: number;
  depthshade: boolean;
  label: string | null;
}

/** A 3-D plot's Line3D: a line's style, with z. */
export interface Line3DSeries extends Omit<LineSeries, 'type' | 'limitX' | 'limitY'> {
  type: 'line3d';
  z: number[];
}

export type Artist3D = SurfaceSeries | WireframeSeries | Scatter3DSeries | Line3DSeries;

export interface FigureSpec {
  /** Inches, matplotlib's default [6.4, 4.8]. */
  figsize: [number, number];
  /** Subplot grid (plt.subplots(rows, cols)); axes are listed row by row. */
  rows: number;
  cols: number;
  axes: AxesSpec[];
  suptitle: string;
}

/**
 * A pandas DataFrame as Jupyter shows it (`_repr_html_`), already truncated and formatted: the
 * strings of its header and body cells, `...` where rows or columns were left out. The page
 * builds the table from these strings (never parsing HTML); the HTML text pandas would write
 * is made from the same spec (modules/pandas/html.ts).
 */
export interface TableSpec {
  /** The column labels, `...` where columns were left out. */
  columns: string[];
  /** Each shown row: its index label and its cells; the row standing for left-out rows is all `...`. */
  rows: { index: string; cells: string[] }[];
  /** "100 rows × 2 columns" under a truncated table; null when nothing was left out. */
  dimensions: string | null;
}

/**
 * What a cell shows besides stdout, in output order. Drawn by the page, never by the worker.
 * 'text' is the cell's result (its last expression, as Jupyter's Out[] shows it).
 */
export type DisplayItem =
  | { kind: 'figure'; figure: FigureSpec }
  | { kind: 'graphviz'; dot: string; engine: string }
  | { kind: 'text'; text: string }
  | { kind: 'table'; table: TableSpec }
  | { kind: 'animation'; animation: AnimationSpec };

/**
 * `matplotlib.animation.FuncAnimation` shown as Jupyter's jshtml player: the figure after each
 * frame's call, computed in the worker. Frames share the arrays that did not change between
 * them (one structured clone keeps shared references once), so a still scatter costs one copy.
 */
export interface AnimationSpec {
  frames: FigureSpec[];
  /** FuncAnimation(interval=200): milliseconds between frames. */
  intervalMs: number;
  /** The player's starting loop mode: jshtml's default is 'loop' (repeat=True) or 'once' (repeat=False). */
  mode: 'once' | 'loop' | 'reflect';
}
