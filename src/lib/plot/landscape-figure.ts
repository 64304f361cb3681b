// The loss landscape over (w0, w1) as filled contour bands, with the training path (SGD or Adam) drawn on top:
// BCE's bowl against MSE's plateaus is the homework's answer in one picture.
import { contours, geoPath, geoTransform, interpolateViridis, line, scaleLinear, scaleSequential } from 'd3';
import type { LossSurface } from '../landscape';
import { bottomAxis, leftAxis, round1, type Size, viewBoxWidthStyle, xAxisTitle } from './svg';
import { escapeXml } from '../xml';

export const landscapeFigureSize: Size = { width: 320, height: 300, margin: { top: 12, right: 12, bottom: 44, left: 40 } };
/** The source lecture's (05wk-1) window: ŵ0 ∈ [−10, 3), ŵ1 ∈ [−1, 10), with its good (−3, −1) and bad (−10, −1) starts and the truth (−1, 5) inside. */
export const LANDSCAPE_W0_RANGE: [number, number] = [-10, 3];
export const LANDSCAPE_W1_RANGE: [number, number] = [-1, 10];

export function landscapeScales(size: Size = landscapeFigureSize) {
  return {
    w0: scaleLinear().domain(LANDSCAPE_W0_RANGE).range([size.margin.left, size.width - size.margin.right]),
    w1: scaleLinear().domain(LANDSCAPE_W1_RANGE).range([size.height - size.margin.bottom, size.margin.top]),
  };
}

/** Contour bands of log(loss): the valley floor gets as many bands as the rim. */
export function contourBands(surface: LossSurface, bands = 14, size: Size = landscapeFigureSize): { d: string; fill: string }[] {
  const columns = surface.w0.length;
  const rows = surface.w1.length;
  const logValues = Array.from(surface.values, (value) => Math.log(Math.max(value, 1e-12)));
  const low = Math.log(Math.max(surface.min, 1e-12));
  const high = Math.log(Math.max(surface.max, 1e-12));
  const thresholds = Array.from({ length: bands }, (_, i) => low + ((high - low) * i) / bands);
  const scales = landscapeScales(size);
  // Contour coordinates run 0..columns and 0..rows over the grid; stretch them onto its range
  // so the bands fill the plot exactly (half a cell of shift is invisible at this size).
  const [w0Low, w0High] = [surface.w0[0], surface.w0[columns - 1]];
  const [w1Low, w1High] = [surface.w1[0], surface.w1[rows - 1]];
  const toPixels = geoTransform({
    point(column, row) {
      const w0 = w0Low + ((w0High - w0Low) * column) / columns;
      const w1 = w1Low + ((w1High - w1Low) * row) / rows;
      this.stream.point(round1(scales.w0(w0)), round1(scales.w1(w1)));
    },
  });
  const path = geoPath(toPixels);
  const color = scaleSequential(interpolateViridis).domain([high, low]);
  return contours().size([columns, rows]).thresholds(thresholds)(logValues).map((band) => ({
    d: path(band) ?? '',
    fill: color(band.value),
  }));
}

export function trajectoryPath(points: readonly { w0: number; w1: number }[], size: Size = landscapeFigureSize): string {
  const scales = landscapeScales(size);
  return line<{ w0: number; w1: number }>()
    .x((point) => round1(scales.w0(point.w0)))
    .y((point) => round1(scales.w1(point.w1)))(points) ?? '';
}

export interface LandscapeFigureOptions {
  surface: LossSurface;
  trajectory: readonly { w0: number; w1: number }[];
  /** The true parameters (a red ring); null for the reader's own data. */
  truth: { w0: number; w1: number } | null;
  label: string;
}

// Two stacked SVGs, as in the fit figure: the contour bands sit in their own compositor layer,
// and only the small overlay with the path and the current position is repainted while training.
export function renderLandscapeFigure({ surface, trajectory, truth, label }: LandscapeFigureOptions): string {
  const size = landscapeFigureSize;
  const { width, height, margin } = size;
  const scales = landscapeScales(size);
  const last = trajectory[trajectory.length - 1] ?? truth ?? { w0: 0, w1: 0 };
  const viewBox = `0 0 ${width} ${height}`;
  return `<div class="ll-stack" role="img" aria-label="${escapeXml(label)}" data-role="landscape-figure">
<svg class="ll-figure ll-layer-static" viewBox="${viewBox}" style="${viewBoxWidthStyle(size)}" aria-hidden="true">
<g>${contourBands(surface).map((band) => `<path d="${band.d}" fill="${band.fill}"/>`).join('')}</g>
${truth ? `<circle class="target" r="6" cx="${round1(scales.w0(truth.w0))}" cy="${round1(scales.w1(truth.w1))}"/>` : ''}
<g class="axis">${bottomAxis(scales.w0, size, 5)}${leftAxis(scales.w1, size, 5, 0)}</g>
${xAxisTitle(size, 'ŵ0')}
<text class="axis-label in-plot" x="${margin.left + 4}" y="${margin.top + 4}" dominant-baseline="hanging">ŵ1</text>
</svg><svg class="ll-figure ll-layer-live" viewBox="${viewBox}" style="${viewBoxWidthStyle(size)}" aria-hidden="true">
<path class="trajectory" data-role="trajectory" d="${trajectoryPath(trajectory)}"/>
<circle class="position" data-role="position" r="4.5" cx="${round1(scales.w0(last.w0))}" cy="${round1(scales.w1(last.w1))}"/>
</svg>
</div>`;
}
