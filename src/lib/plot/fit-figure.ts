// The lecture's matplotlib figure, as SVG: the data (plt.scatter with the seed's alpha), the true curve
// v (plt.plot(X, v, '--r')) and the current fit ŷ (plt.plot(X, net(X).data, '--')).
import { line, scaleLinear } from 'd3';
import { sigmoid } from '../sigmoid';
import { bottomAxis, leftAxis, round1, type Size, viewBoxWidthStyle, xAxisTitle } from './svg';
import { escapeXml } from '../xml';
import { scatterDensityPaths } from './scatter-density';

export const fitFigureSize: Size = { width: 640, height: 340, margin: { top: 14, right: 16, bottom: 36, left: 44 } };

/** More points than this are thinned evenly: beyond it the picture does not change, the HTML does. */
const MAX_SCATTER_POINTS = 2500;

/** The lecture's x range, widened to hold a reader's own data when it goes beyond. */
export function xDomainOf(x: ArrayLike<number>): [number, number] {
  let low = -1;
  let high = 1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < low) low = x[i];
    if (x[i] > high) high = x[i];
  }
  return [low, high];
}

export function fitScales(size: Size = fitFigureSize, xDomain: [number, number] = [-1, 1]) {
  const { width, height, margin } = size;
  return {
    x: scaleLinear().domain(xDomain).range([margin.left, width - margin.right]),
    y: scaleLinear().domain([-0.05, 1.05]).range([height - margin.bottom, margin.top]),
  };
}

/** The data points in figure pixels, thinned evenly beyond MAX_SCATTER_POINTS. */
export function scatterPoints(x: ArrayLike<number>, y: ArrayLike<number>, size: Size = fitFigureSize, xDomain: [number, number] = [-1, 1]): Array<[number, number]> {
  const scales = fitScales(size, xDomain);
  const stride = Math.max(1, Math.ceil(x.length / MAX_SCATTER_POINTS));
  const points: Array<[number, number]> = [];
  for (let i = 0; i < x.length; i += stride) points.push([scales.x(x[i]), scales.y(y[i])]);
  return points;
}

/** σ(w0 + w1·x) over [-1, 1]; smooth enough at 161 samples for slopes up to |w1| = 20. */
export function sigmoidCurvePath(w0: number, w1: number, size: Size = fitFigureSize, xDomain: [number, number] = [-1, 1]): string {
  const scales = fitScales(size, xDomain);
  const [low, high] = xDomain;
  const xs = Array.from({ length: 161 }, (_, i) => low + ((high - low) * i) / 160);
  const clampY = (value: number) => Math.min(1.05, Math.max(-0.05, value));
  return (
    line<number>()
      .x((value) => round1(scales.x(value)))
      .y((value) => round1(scales.y(clampY(sigmoid(w0 + w1 * value)))))(xs) ?? ''
  );
}

/**
 * The seed's alpha: plt.scatter(X, y, alpha=0.05) for the data alone, alpha=0.01 under the
 * fitted curves. Overlapping markers add up (src/lib/plot/scatter-density.ts), so the picture
 * shows where the 0s and 1s pile up, as matplotlib's does.
 */
export const DATA_SCATTER_ALPHA = 0.05;
export const FIT_SCATTER_ALPHA = 0.01;

/**
 * The scatter's alpha. The seed's values suit its 2000 points piled on two lines; the reader's
 * own data may be 400 points, which at 0.01 would be invisible. For the reader's data (no true
 * curve) the alpha is 100/n, within [the seed's, 0.6]: about as dark as the seed's 2000 points
 * at 0.05, whatever n is, with or without a fit (the reader came to see their points).
 */
export function scatterAlpha(fit: boolean, truth: unknown, n: number): number {
  const seed = fit ? FIT_SCATTER_ALPHA : DATA_SCATTER_ALPHA;
  return truth === null ? Math.min(0.6, Math.max(seed, 100 / Math.max(1, n))) : seed;
}

export interface FitFigureOptions {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** The true curve; null for the reader's own data, where it is unknown. */
  truth: { w0: number; w1: number } | null;
  /** The current fit; omitted in the data-only figure. */
  fit?: { w0: number; w1: number };
  /** Accessible description of the whole figure. */
  label: string;
  /** The scatter's alpha; defaults to scatterAlpha(): the seed's (0.05 for the data, 0.01 with a fit). */
  alpha?: number;
}

// The legend sits at the upper left inside the plot, where the data never goes: the points lie on
// y = 0 and y = 1, and an increasing curve is low on the left.
//
// Two stacked SVGs: the base (axes, thousands of data points, the true curve) never changes
// during training and sits in its own compositor layer (.ll-layer-static); only the small
// overlay with the fitted curve is repainted each frame. Without the split every frame
// re-rasterises the whole scatter, which costs 100+ ms per frame under software GL.
export function renderFitFigure({ x, y, truth, fit, label, alpha = scatterAlpha(fit !== undefined, truth, x.length) }: FitFigureOptions): string {
  const size = fitFigureSize;
  const { width, height, margin } = size;
  const xDomain = xDomainOf(x);
  const scales = fitScales(size, xDomain);
  const viewBox = `0 0 ${width} ${height}`;
  const overlay = fit
    ? `<svg class="ll-figure ll-layer-live" viewBox="${viewBox}" style="${viewBoxWidthStyle(size)}" aria-hidden="true"><path class="fit" data-role="fit" d="${sigmoidCurvePath(fit.w0, fit.w1, size, xDomain)}"/></svg>`
    : '';
  // Legend rows in em: the text is 12 CSS px at any width (demo.css), so rows spaced in user
  // units would overlap once the figure is narrower than its viewBox.
  const legendRow = (row: number, kind: 'truth' | 'fit', text: string) => {
    const middle = `${(0.45 + 1.5 * row).toFixed(2)}em`;
    return `<line class="${kind}" x1="0" x2="2.4em" y1="${middle}" y2="${middle}"/><text x="2.9em" y="${(0.8 + 1.5 * row).toFixed(2)}em">${text}</text>`;
  };
  return `<div class="ll-stack" role="img" aria-label="${escapeXml(label)}" data-role="fit-figure">
<svg class="ll-figure ll-layer-static" viewBox="${viewBox}" style="${viewBoxWidthStyle(size)}" aria-hidden="true">
<g class="axis">${bottomAxis(scales.x, size, 8)}${leftAxis(scales.y, size, 5, width - margin.left - margin.right)}</g>
${xAxisTitle(size, 'x')}
<text class="axis-label y-title" x="6" y="${margin.top + 4}">y</text>
<g class="scatter-density" data-role="scatter" data-alpha="${alpha}">${scatterDensityPaths({ points: scatterPoints(x, y, size, xDomain), width, height, alpha })}</g>
${truth ? `<path class="truth" data-role="truth" d="${sigmoidCurvePath(truth.w0, truth.w1, size, xDomain)}"/>` : ''}
<g class="legend" transform="translate(${margin.left + 10},${round1(scales.y(0.82))})">
${truth ? legendRow(0, 'truth', '참 확률 v = σ(w0 + w1·x)') : ''}
${fit ? legendRow(truth ? 1 : 0, 'fit', '적합 ŷ = σ(ŵ0 + ŵ1·x)') : ''}
</g>
</svg>${overlay}
</div>`;
}
