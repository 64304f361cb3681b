// The loss curve: mean loss against epoch, drawn as training goes.
import { line, scaleLinear } from 'd3';
import { bottomAxis, leftAxis, round1, type Size, viewBoxWidthStyle, xAxisTitle } from './svg';
import { escapeXml } from '../xml';

export const lossFigureSize: Size = { width: 640, height: 170, margin: { top: 12, right: 16, bottom: 36, left: 52 } };

export interface LossPointLike {
  epoch: number;
  loss: number;
}

/** Scales for a run of `epochs` epochs whose loss starts at `startLoss` (the y-axis tops just above it). */
export function lossScales(epochs: number, startLoss: number, size: Size = lossFigureSize) {
  const top = Number.isFinite(startLoss) && startLoss > 0 ? startLoss * 1.1 : 1;
  return {
    x: scaleLinear().domain([0, Math.max(1, epochs)]).range([size.margin.left, size.width - size.margin.right]),
    y: scaleLinear().domain([0, top]).nice().range([size.height - size.margin.bottom, size.margin.top]),
  };
}

export function lossCurvePath(points: readonly LossPointLike[], epochs: number, startLoss: number, size: Size = lossFigureSize): string {
  const scales = lossScales(epochs, startLoss, size);
  const [yLow, yHigh] = scales.y.domain();
  const clamp = (value: number) => Math.min(yHigh, Math.max(yLow, value));
  return (
    line<LossPointLike>()
      .defined((point) => Number.isFinite(point.loss))
      .x((point) => round1(scales.x(point.epoch)))
      .y((point) => round1(scales.y(clamp(point.loss))))(points) ?? ''
  );
}

const formatEpoch = (value: number) => (value >= 1000 ? `${value / 1000}k` : String(value));

export interface LossFigureOptions {
  points: readonly LossPointLike[];
  epochs: number;
  startLoss: number;
  /** 'bce' or 'mse': picks the line colour. */
  loss: string;
  label: string;
}

/** The axes of the loss figure for a run starting at `startLoss` (redrawn when MSE continues from BCE). */
export function lossAxes(epochs: number, startLoss: number): string {
  const { width, margin } = lossFigureSize;
  const scales = lossScales(epochs, startLoss);
  return `${bottomAxis(scales.x, lossFigureSize, 6, formatEpoch)}${leftAxis(scales.y, lossFigureSize, 4, width - margin.left - margin.right)}`;
}

// Two stacked SVGs, as in the fit figure: axes in a layer of their own, the growing line alone
// repainted while training.
export function renderLossFigure({ points, epochs, startLoss, loss, label }: LossFigureOptions): string {
  const size = lossFigureSize;
  const { width, height, margin } = size;
  const viewBox = `0 0 ${width} ${height}`;
  return `<div class="ll-stack" role="img" aria-label="${escapeXml(label)}" data-role="loss-figure">
<svg class="ll-figure ll-layer-static" viewBox="${viewBox}" style="${viewBoxWidthStyle(size)}" aria-hidden="true">
<g class="axis" data-role="axes">${lossAxes(epochs, startLoss)}</g>
${xAxisTitle(size, 'epoch')}
<text class="axis-label" x="${width - margin.right}" y="${margin.top + 10}" text-anchor="end">${escapeXml(loss.toUpperCase())} loss</text>
</svg><svg class="ll-figure ll-layer-live" viewBox="${viewBox}" style="${viewBoxWidthStyle(size)}" aria-hidden="true">
<path class="loss-line ${escapeXml(loss)}" data-role="loss" d="${lossCurvePath(points, epochs, startLoss, size)}"/>
</svg>
</div>`;
}
