// Which ticks matplotlib 3.6 puts on a linear axis and how it writes their labels, so a cell's
// figure shows the numbers the same figure shows in Jupyter: AutoLocator (MaxNLocator with
// steps 1, 2, 2.5, 5, 10 and as many bins as the axis has room for) and ScalarFormatter (one
// number of decimals for the axis, an offset such as "+1.234e4" or a power such as "1e6" in the
// corner, unicode minus). Ported from matplotlib/ticker.py and transforms.nonsingular; the float
// arithmetic is kept in Python's order (floor division as CPython's float divmod, powers of ten
// correctly rounded as C's pow gives them) so the choices agree to the last tick.
// Goldens: scripts/mpl-ticks-golden.py.
import { floatDivmod } from '../python/objects/arithmetic';
import { doubleToString, roundFloat, roundHalfEven } from '../python/objects/format';
import { autoscaleView, nonsingular } from '../python/modules/axes-limits';

/** autoscale_view lives with the kernel's axes limits (ax.get_xlim() and the drawing share it). */
export { autoscaleView };

/** matplotlib's default subplot parameters (rcParams figure.subplot.*). */
const SUBPLOT = { left: 0.125, right: 0.9, bottom: 0.11, top: 0.88, wspace: 0.2, hspace: 0.2 };
const TICK_LABEL_PT = 10;
const STEPS = [1, 2, 2.5, 5, 10];
/** MaxNLocator's staircase: 0.1 × steps, steps, 10 × the second step. */
const EXTENDED_STEPS = [...STEPS.slice(0, -1).map((s) => 0.1 * s), ...STEPS, 10 * STEPS[1]];
/** rcParams axes.formatter.limits and offset_threshold. */
const POWER_LIMITS = [-5, 6] as const;
const OFFSET_THRESHOLD = 4;

/** 10**k for an integer k, correctly rounded as C's pow gives it (Math.pow(10, -5) is not). */
const tenTo = (k: number): number => Number(`1e${k}`);

const floorDiv = (x: number, y: number): number => floatDivmod(x, y)[0];

/** How many tick labels fit along an axis of this many inches (Axis.get_tick_space). */
export function tickSpace(lengthInches: number, axis: 'x' | 'y'): number {
  // matplotlib's heuristic: a label is at most 3 font sizes wide and 2 high.
  return Math.floor((lengthInches * 72) / (TICK_LABEL_PT * (axis === 'x' ? 3 : 2)));
}

/** The size in inches of one axes of a rows × cols grid on a figure of `figsize` inches. */
export function axesInches(figsize: readonly [number, number], rows: number, cols: number): { width: number; height: number } {
  const width = (figsize[0] * (SUBPLOT.right - SUBPLOT.left)) / (cols + SUBPLOT.wspace * (cols - 1));
  const height = (figsize[1] * (SUBPLOT.top - SUBPLOT.bottom)) / (rows + SUBPLOT.hspace * (rows - 1));
  return { width, height };
}

function scaleRange(vmin: number, vmax: number, n: number, threshold = 100): { scale: number; offset: number } {
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  const offset = Math.abs(meanv) / dv < threshold ? 0 : Math.sign(meanv) * tenTo(floorDiv(Math.log10(Math.abs(meanv)), 1));
  return { scale: tenTo(floorDiv(Math.log10(dv / n), 1)), offset };
}

/** Whether m (a remainder in steps) is within rounding of `edge`, allowing more slop far from zero. */
function closeTo(m: number, edge: number, step: number, offset: number): boolean {
  let tol = 1e-10;
  if (offset > 0) tol = Math.min(0.4999, Math.max(1e-10, 10 ** (Math.log10(offset / step) - 12)));
  return Math.abs(m - edge) < tol;
}

/**
 * The tick locations AutoLocator gives for the view [vmin, vmax] on an axis with room for
 * `space` labels. As in matplotlib, the first and last may lie just outside the view.
 */
export function autoTicks(viewMin: number, viewMax: number, space: number): number[] {
  const nbins = Math.min(Math.max(space, 1), 9);
  const [vmin, vmax] = nonsingular(viewMin, viewMax, 1e-13, 1e-14);
  const { scale, offset } = scaleRange(vmin, vmax, nbins);
  const low0 = vmin - offset;
  const high0 = vmax - offset;
  const rawStep = (high0 - low0) / nbins;
  const steps = EXTENDED_STEPS.map((s) => s * scale);
  const istep = steps.findIndex((s) => s >= rawStep);
  let ticks: number[] = [];
  const absOffset = Math.abs(offset);
  for (let i = istep; i >= 0; i--) {
    const step = steps[i];
    const bestMin = floorDiv(low0, step) * step;
    const [dLow, mLow] = floatDivmod(low0 - bestMin, step);
    const low = closeTo(mLow / step, 1, step, absOffset) ? dLow + 1 : dLow;
    const [dHigh, mHigh] = floatDivmod(high0 - bestMin, step);
    const high = closeTo(mHigh / step, 0, step, absOffset) ? dHigh : dHigh + 1;
    ticks = [];
    for (let n = low; n <= high; n += 1) ticks.push(n * step + bestMin);
    const shown = ticks.filter((t) => t <= high0 && t >= low0).length;
    if (shown >= 2) break;
  }
  return ticks.map((t) => t + offset);
}

/** Python's `'%1.Nf' % x`: fixed decimals from the exact binary value, half to even. */
const fixed = (x: number, decimals: number): string => doubleToString(x, 'f', decimals);

/** numpy.round(x, decimals) as numpy computes it: scale, round half to even, unscale. */
function npRound(x: number, decimals: number): number {
  const f = tenTo(decimals);
  return roundHalfEven(x * f) / f;
}

/** ScalarFormatter.format_data: a number as significand and power, "1.234e4". */
function formatData(value: number): string {
  const e = Math.floor(Math.log10(Math.abs(value)));
  const s = roundFloat(value / tenTo(e), 10);
  const significand = s % 1 === 0 ? String(Math.trunc(s)) : doubleToString(s, 'g', 10);
  return e === 0 ? significand : `${significand}e${e}`;
}

const unicodeMinus = (text: string): string => text.replace(/-/g, '\u2212');

export interface AxisTicks {
  /** Every location AutoLocator gives; those inside the view are drawn. */
  ticks: number[];
  /** Each location's label, as matplotlib draws it. */
  labels: string[];
  /** The corner text of an offset or a power of ten ("1e6", "+1.234e4"), or ''. */
  offset: string;
}

/** The offset ScalarFormatter subtracts when it saves at least OFFSET_THRESHOLD digits. */
function computeOffset(visible: number[]): number {
  if (visible.length === 0) return 0;
  const lmin = Math.min(...visible);
  const lmax = Math.max(...visible);
  if (lmin === lmax || (lmin <= 0 && lmax >= 0)) return 0;
  const [absMin, absMax] = [Math.abs(lmin), Math.abs(lmax)].sort((a, b) => a - b);
  const sign = Math.sign(lmin);
  const oomMax = Math.ceil(Math.log10(absMax));
  let oom = oomMax;
  while (floorDiv(absMin, tenTo(oom)) === floorDiv(absMax, tenTo(oom))) oom -= 1;
  oom += 1;
  if ((absMax - absMin) / tenTo(oom) <= 1e-2) {
    oom = oomMax;
    while (!(floorDiv(absMax, tenTo(oom)) - floorDiv(absMin, tenTo(oom)) > 1)) oom -= 1;
    oom += 1;
  }
  const lead = floorDiv(absMax, tenTo(oom));
  return lead >= tenTo(OFFSET_THRESHOLD - 1) ? sign * lead * tenTo(oom) : 0;
}

function orderOfMagnitude(visible: number[], offset: number, view: [number, number]): number {
  if (visible.length === 0) return 0;
  const largest = Math.max(...visible.map(Math.abs));
  const oom = offset ? Math.floor(Math.log10(view[1] - view[0])) : largest === 0 ? 0 : Math.floor(Math.log10(largest));
  return oom <= POWER_LIMITS[0] || oom >= POWER_LIMITS[1] ? oom : 0;
}

/** Decimals so every label differs and none carries a needless digit (ScalarFormatter._set_format). */
function decimalsFor(scaled: number[]): number {
  let range = Math.max(...scaled) - Math.min(...scaled);
  if (range === 0) range = Math.max(...scaled.map(Math.abs));
  if (range === 0) range = 1;
  const rangeOom = Math.floor(Math.log10(range));
  let sigfigs = Math.max(0, 3 - rangeOom);
  const thresh = 1e-3 * tenTo(rangeOom);
  while (sigfigs >= 0) {
    if (Math.max(...scaled.map((v) => Math.abs(v - npRound(v, sigfigs)))) < thresh) sigfigs -= 1;
    else break;
  }
  return sigfigs + 1;
}

/** AutoLocator's ticks and ScalarFormatter's labels for the view [vmin, vmax]. */
export function matplotlibTicks(vmin: number, vmax: number, space: number): AxisTicks {
  return scalarFormatter(autoTicks(vmin, vmax, space), vmin, vmax);
}

/** ScalarFormatter's labels for ticks on the view [vmin, vmax] (AutoLocator's, or those set_xticks gave). */
export function scalarFormatter(ticks: number[], vmin: number, vmax: number): AxisTicks {
  const view: [number, number] = vmin <= vmax ? [vmin, vmax] : [vmax, vmin];
  const visible = ticks.filter((t) => t >= view[0] && t <= view[1]);
  const offset = computeOffset(visible);
  const oom = orderOfMagnitude(visible, offset, view);
  // With fewer than two ticks the view's ends stand in for the range, as in matplotlib.
  const basis = ticks.length < 2 ? [...ticks, ...view] : ticks;
  const decimals = decimalsFor(basis.map((t) => (t - offset) / tenTo(oom)));
  const labels = ticks.map((t) => unicodeMinus(fixed((t - offset) / tenTo(oom), decimals)));
  let corner = '';
  if (ticks.length && (oom || offset)) {
    const power = oom ? `1e${oom}` : '';
    const shift = offset ? `${offset > 0 ? '+' : ''}${formatData(offset)}` : '';
    corner = unicodeMinus(power + shift);
  }
  return { ticks, labels, offset: corner };
}
