// A matplotlib figure as plain data: what `plt.*` calls recorded, drawn later by the page (D3).
// Everything here is structured-clone safe so it can cross from the worker to the page.

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
}

export type Series = LineSeries | ScatterSeries;

export interface AxesSpec {
  title: string;
  xlabel: string;
  ylabel: string;
  series: Series[];
  /** plt.legend() was called: show labelled series. */
  legend: boolean;
  legendLoc: string;
  grid: boolean;
  xlim: [number, number] | null;
  ylim: [number, number] | null;
}

export interface FigureSpec {
  /** Inches, matplotlib's default [6.4, 4.8]. */
  figsize: [number, number];
  /** Subplot grid (plt.subplots(rows, cols)); axes are listed row by row. */
  rows: number;
  cols: number;
  axes: AxesSpec[];
  suptitle: string;
}
