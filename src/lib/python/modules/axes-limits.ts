// The view limits of a 2-D axes as matplotlib's autoscale_view gives them: the data limits of
// every artist (over all the axes that share that axis: plt.subplots(sharex=True), ax.sharex),
// made nonsingular and widened by the 5% margins, never past a sticky edge the data reaches (0
// under hist's bars). One place for the page's drawing (src/lib/plot/matplotlib-figure.ts) and
// for what ax.get_xlim() returns in the kernel, so the two cannot disagree.
import type { AxesSpec, Series, Shape } from '../objects/display';

/**
 * The view limits autoscaling gives data spanning [low, high]: an empty span widened by 5% of
 * its value (Locator.nonsingular), then matplotlib's 5% margins, never crossing a sticky edge
 * the data reaches (0 under bars).
 */
export function autoscaleView(low: number, high: number, sticky: number | null = null): [number, number] {
  const [x0, x1] = nonsingular(low, high, 0.05, 1e-15);
  const delta = (x1 - x0) * 0.05;
  let viewLow = x0 - delta;
  let viewHigh = x1 + delta;
  if (sticky !== null && viewLow < sticky && low >= sticky) viewLow = sticky;
  if (sticky !== null && viewHigh > sticky && high <= sticky) viewHigh = sticky;
  return nonsingular(viewLow, viewHigh, 0.001, 1e-15);
}

/** transforms.nonsingular: widen an empty or tiny interval so ticks can be placed. */
export function nonsingular(vmin: number, vmax: number, expander: number, tiny: number): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  const maxAbs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxAbs < (1e6 / tiny) * 2.2250738585072014e-308) return [-expander, expander];
  if (vmax - vmin <= maxAbs * tiny) {
    if (vmax === 0 && vmin === 0) return [-expander, expander];
    return [vmin - expander * Math.abs(vmin), vmax + expander * Math.abs(vmax)];
  }
  return [vmin, vmax];
}

/** The x and y values a series puts into autoscaling (axhline only its y, axvline only its x). */
function dataOf(series: Series | Shape): { x: number[]; y: number[] } {
  switch (series.type) {
    case 'bars': return { x: series.edges, y: [0, ...series.heights] };
    case 'hline': return { x: [], y: [series.value] };
    case 'vline': return { x: [series.value], y: [] };
    case 'fill': return { x: series.x, y: [...series.y1, ...series.y2] };
    case 'line': return { x: series.limitX ?? series.x, y: series.limitY ?? series.y };
    default: return { x: series.x, y: series.y };
  }
}

/** The axes that share this one's x (axis 0) or y (axis 1): its share group, or itself alone. */
export function sharedWith(all: readonly AxesSpec[], axes: AxesSpec, axis: 0 | 1): AxesSpec[] {
  const group = axis === 0 ? axes.sharex : axes.sharey;
  if (group === undefined) return [axes];
  return all.filter((other) => (axis === 0 ? other.sharex : other.sharey) === group);
}

/** The view limits of one axis of an axes in its figure: those set (xlim/ylim), else autoscaled over its share group; empty axes show 0–1. */
export function viewLimits(all: readonly AxesSpec[], axes: AxesSpec, axis: 0 | 1): [number, number] {
  const fixed = axis === 0 ? axes.xlim : axes.ylim;
  if (fixed) return fixed;
  let low = Infinity;
  let high = -Infinity;
  let bars = false;
  for (const member of sharedWith(all, axes, axis)) {
    for (const series of [...member.series, ...(member.shapes ?? [])]) {
      if (series.type === 'bars') bars = true;
      for (const value of axis === 0 ? dataOf(series).x : dataOf(series).y) if (Number.isFinite(value)) {
        if (value < low) low = value;
        if (value > high) high = value;
      }
    }
  }
  // hist's bars stick the y axis to 0 (their sticky edge), as matplotlib's margins stop there
  return low <= high ? autoscaleView(low, high, axis === 1 && bars ? 0 : null) : [0, 1];
}
