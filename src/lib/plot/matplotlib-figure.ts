// A matplotlib figure recorded by a code cell (FigureSpec: what plt.scatter/plot/title/...
// recorded), drawn as an SVG string with D3's scales. It looks like matplotlib's default
// style on purpose — white paper, a box around the axes, ticks outside, 5% data margins,
// the colours the spec resolved (C0 blue, '--r' red) — so the lecture's "파란 선/빨간 선"
// match what a student sees. Sizes follow matplotlib's points: 1 pt = width / (6.4 × 72) px.
import { line, scaleLinear, type ScaleLinear } from 'd3';
import type { AxesSpec, BarSeries, ColorbarSpec, FigureSpec, FillSeries, ImageSpec, LineSeries, RefLineSeries, ScatterSeries, Series, Shape } from '../python/objects/display';
import { axesInches, matplotlibTicks, scalarFormatter, tickSpace, type AxisTicks } from './mpl-ticks';
import { viewLimits } from '../python/modules/axes-limits';
import { cellBox } from '../python/modules/gridspec';
import { round1 } from './svg';
import { escapeXml } from '../xml';
import { dashArray, drawsNoLine, markToSvg, markerMark } from './svg-marks';
import { describeAxes3D, drawAxes3D, layersToSvg } from './axes3d-figure';
import { colorbarMarkup, imageBoxes, imageMarkup, type Box } from './image-figure';

/**
 * Drawn width in SVG units: 640, or the container's width down to 360 px, so that on a phone the
 * axes and lines shrink with the figure (as matplotlib's would) while text stays readable.
 * Set at the start of each synchronous render, like a canvas's current transform.
 */
let WIDTH = 640;
const SINGLE_MARGIN = { top: 34, right: 18, bottom: 52, left: 64 };
/** Subplots in a grid of several columns are narrow: tighter margins keep their plotting area. */
const GRID_MARGIN = { top: 26, right: 16, bottom: 40, left: 46 }; // right: room for half the last x tick label
let margin = SINGLE_MARGIN;
/** Pixels per typographic point at the figure's drawn width. */
let PX_PER_PT = WIDTH / (6.4 * 72);
/** Scatters above this many points are thinned evenly: the picture is the same, the DOM smaller. */
const MAX_MARKERS = 6000;

type Scale = ScaleLinear<number, number>;

/** How many tick labels matplotlib finds room for on each axis of the axes being drawn. */
let tickRoom = { x: 9, y: 9 };

/** A number in the figure's text description, with the unicode minus its labels show. */
const describeNumber = (value: number) => String(Math.round(value * 1e10) / 1e10).replace('-', '−');

interface DrawnTicks extends AxisTicks {
  /** Label every `stride`-th tick: on a phone matplotlib's labels can be closer than they are wide. */
  stride: number;
}

/** matplotlib's ticks (or those set_xticks gave) inside the view, and how many to skip between labels so none overlap. */
function drawnTicks(scale: Scale, room: number, axis: 'x' | 'y', given?: number[], labels?: string[]): DrawnTicks {
  const [low, high] = scale.domain();
  const all = given && labels ? { ticks: given, labels: labels.map(escapeXml), offset: '' } : given ? scalarFormatter(given, low, high) : matplotlibTicks(low, high, room);
  const inside = all.ticks.map((tick, i) => ({ tick, label: all.labels[i] })).filter(({ tick }) => tick >= Math.min(low, high) && tick <= Math.max(low, high));
  const gap = inside.length > 1 ? Math.abs(scale(inside[1].tick) - scale(inside[0].tick)) : Infinity;
  const needed = axis === 'x' ? Math.max(...inside.map(({ label }) => label.length), 1) * 7.5 + 6 : 16;
  return { ticks: inside.map(({ tick }) => tick), labels: inside.map(({ label }) => label), offset: all.offset, stride: Math.max(1, Math.ceil(needed / gap)) };
}

function gridLines(x: Scale, y: Scale, axes: AxesSpec): string {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const vertical = drawnTicks(x, tickRoom.x, 'x', axes.xticks).ticks.map((tick) => `<line x1="${round1(x(tick))}" x2="${round1(x(tick))}" y1="${top}" y2="${bottom}"/>`);
  const horizontal = drawnTicks(y, tickRoom.y, 'y', axes.yticks).ticks.map((tick) => `<line x1="${left}" x2="${right}" y1="${round1(y(tick))}" y2="${round1(y(tick))}"/>`);
  return `<g class="mpl-grid-lines">${vertical.join('')}${horizontal.join('')}</g>`;
}

function axesFrame(x: Scale, y: Scale, axes: AxesSpec): string {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const xs = drawnTicks(x, tickRoom.x, 'x', axes.xticks, axes.xtickLabels);
  const ys = drawnTicks(y, tickRoom.y, 'y', axes.yticks, axes.ytickLabels);
  // label_outer (a shared grid's inner axes): ticks without their labels
  const xLabelled = (i: number) => !axes.hideXTickLabels && i % xs.stride === 0;
  const yLabelled = (i: number) => !axes.hideYTickLabels && i % ys.stride === 0;
  // matshow puts the x ticks and their labels on top
  const [xAt, xSide] = axes.xticksTop ? [top, -1] : [bottom, 1];
  const xTicks = xs.ticks.map((tick, i) => `<g transform="translate(${round1(x(tick))},${xAt})"><line y2="${round1(xSide * 3.5 * PX_PER_PT)}"/>${!xLabelled(i) ? '' : `<text y="${round1(axes.xticksTop ? -3.5 * PX_PER_PT - 4 : 3.5 * PX_PER_PT + 13)}" text-anchor="middle">${xs.labels[i]}</text>`}</g>`);
  const yTicks = ys.ticks.map((tick, i) => `<g transform="translate(${left},${round1(y(tick))})"><line x2="${round1(-3.5 * PX_PER_PT)}"/>${!yLabelled(i) ? '' : `<text x="${round1(-3.5 * PX_PER_PT - 3)}" dy="0.32em" text-anchor="end">${ys.labels[i]}</text>`}</g>`);
  // The offset or power of ten ScalarFormatter moves out of the labels: y's above the axes, x's at its right end below.
  const yOffset = ys.offset && !axes.hideYTickLabels ? `<text class="mpl-offset" x="${left}" y="${top - 4}">${ys.offset}</text>` : '';
  const xOffset = xs.offset && !axes.hideXTickLabels ? `<text class="mpl-offset" x="${right}" y="${round1(bottom + 3.5 * PX_PER_PT + 28)}" text-anchor="end">${xs.offset}</text>` : '';
  return `<rect class="mpl-frame" x="${left}" y="${top}" width="${right - left}" height="${bottom - top}"/><g class="mpl-ticks">${xTicks.join('')}${yTicks.join('')}${xOffset}${yOffset}</g>`;
}

function linePath(series: LineSeries, x: Scale, y: Scale): string {
  const points = series.x.map((value, index) => [value, series.y[index]] as const);
  const path = line<readonly [number, number]>()
    .defined(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
    .x(([a]) => round1(x(a)))
    .y(([, b]) => round1(y(b)))(points) ?? '';
  const width = series.linewidth * PX_PER_PT;
  return `<path d="${path}" fill="none" stroke="${escapeXml(series.color)}" stroke-width="${round1(width)}"${dashOf(series.linestyle, width)} stroke-opacity="${series.alpha}" stroke-linejoin="round"/>`;
}

/** Markers in one colour, or each in its own (scatter's c=; 'none' is a masked point), in the order given. */
function markers(xs: number[], ys: number[], code: string, radius: number, color: string, alpha: number, x: Scale, y: Scale, colors?: string[]): string {
  const stride = Math.max(1, Math.ceil(xs.length / MAX_MARKERS));
  let shapes = '';
  for (let i = 0; i < xs.length; i += stride) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i]) || colors?.[i] === 'none') continue;
    const mark = markToSvg(markerMark(code, round1(x(xs[i])), round1(y(ys[i])), radius));
    shapes += colors ? `<g fill="${escapeXml(colors[i])}" stroke="${escapeXml(colors[i])}">${mark}</g>` : mark;
  }
  const c = escapeXml(color);
  return `<g fill="${c}" stroke="${c}" stroke-width="0" fill-opacity="${alpha}" stroke-opacity="${alpha}">${shapes}</g>`;
}

function dashOf(linestyle: string, width: number): string {
  const dash = dashArray(linestyle, width);
  return dash ? ` stroke-dasharray="${dash}"` : '';
}

/** hist bars: one path of adjacent rectangles from 0 up to each count. */
function bars(series: BarSeries, x: Scale, y: Scale): string {
  let d = '';
  series.heights.forEach((height, i) => {
    if (!Number.isFinite(height) || height === 0) return;
    const left = round1(x(series.edges[i]));
    const right = round1(x(series.edges[i + 1]));
    d += `M${left} ${round1(y(0))}V${round1(y(height))}H${right}V${round1(y(0))}Z`;
  });
  return `<path class="mpl-bars" d="${d}" fill="${escapeXml(series.color)}" fill-opacity="${series.alpha}"/>`;
}

/** axhline/axvline: across the axes (from/to are fractions of its width or height). */
function refLine(series: RefLineSeries, x: Scale, y: Scale): string {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const width = series.linewidth * PX_PER_PT;
  const ends = series.type === 'hline'
    ? { x1: left + series.from * (right - left), x2: left + series.to * (right - left), y1: y(series.value), y2: y(series.value) }
    : { x1: x(series.value), x2: x(series.value), y1: bottom + series.from * (top - bottom), y2: bottom + series.to * (top - bottom) };
  if (!Number.isFinite(series.value)) return '';
  return `<line x1="${round1(ends.x1)}" x2="${round1(ends.x2)}" y1="${round1(ends.y1)}" y2="${round1(ends.y2)}" stroke="${escapeXml(series.color)}" stroke-width="${round1(width)}"${dashOf(series.linestyle, width)} stroke-opacity="${series.alpha}"/>`;
}

/** fill_between: the polygon along y1 and back along y2; non-finite points split it. */
function fill(series: FillSeries, x: Scale, y: Scale): string {
  const runs: number[][] = [[]];
  series.x.forEach((value, i) => {
    if (Number.isFinite(value) && Number.isFinite(series.y1[i]) && Number.isFinite(series.y2[i])) runs[runs.length - 1].push(i);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  });
  const d = runs.filter((run) => run.length > 1).map((run) => {
    const upper = run.map((i) => `${round1(x(series.x[i]))} ${round1(y(series.y1[i]))}`);
    const lower = [...run].reverse().map((i) => `${round1(x(series.x[i]))} ${round1(y(series.y2[i]))}`);
    return `M${upper.join('L')}L${lower.join('L')}Z`;
  }).join('');
  return `<path class="mpl-fill" d="${d}" fill="${escapeXml(series.color)}" fill-opacity="${series.alpha}"/>`;
}

function drawShape(shape: Shape, x: Scale, y: Scale): string {
  if (shape.type === 'bars') return bars(shape, x, y);
  if (shape.type === 'fill') return fill(shape, x, y);
  return refLine(shape, x, y);
}

function drawSeries(series: Series, x: Scale, y: Scale): string {
  if (series.type === 'scatter') {
    const scatter = series as ScatterSeries;
    return markers(scatter.x, scatter.y, scatter.marker, (Math.sqrt(scatter.size) / 2) * PX_PER_PT, scatter.color, scatter.alpha, x, y, scatter.colors);
  }
  const drawnLine = drawsNoLine(series.linestyle) ? '' : linePath(series, x, y);
  const points = series.marker ? markers(series.x, series.y, series.marker, (series.markersize / 2) * PX_PER_PT, series.color, series.alpha, x, y) : '';
  return drawnLine + points;
}

function legend(axes: AxesSpec, x: Scale, y: Scale): string {
  const entries = [...axes.series, ...(axes.shapes ?? [])].filter((series) => series.label && !series.label.startsWith('_'));
  if (!axes.legend || entries.length === 0) return '';
  const rowHeight = 20;
  const boxWidth = 40 + Math.max(...entries.map((entry) => (entry.label ?? '').length)) * 8;
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const atLeft = /left/.test(axes.legendLoc);
  const atBottom = /lower/.test(axes.legendLoc);
  const boxX = atLeft ? left + 8 : right - 8 - boxWidth;
  const boxY = atBottom ? bottom - 8 - entries.length * rowHeight - 8 : top + 8;
  const rows = entries.map((entry, index) => {
    const rowY = boxY + 14 + index * rowHeight;
    const sample = entry.type === 'scatter'
      ? `<circle cx="${boxX + 18}" cy="${rowY}" r="4" fill="${escapeXml(entry.color)}" fill-opacity="${Math.max(entry.alpha, 0.3)}"/>`
      : entry.type === 'bars' || entry.type === 'fill'
        ? `<rect x="${boxX + 8}" y="${rowY - 5}" width="20" height="10" fill="${escapeXml(entry.color)}" fill-opacity="${Math.max(entry.alpha, 0.3)}"/>`
        : `<line x1="${boxX + 6}" x2="${boxX + 30}" y1="${rowY}" y2="${rowY}" stroke="${escapeXml(entry.color)}" stroke-width="${round1(entry.linewidth * PX_PER_PT)}"${dashOf(entry.linestyle, entry.linewidth * PX_PER_PT)}/>`;
    return `${sample}<text x="${boxX + 36}" y="${rowY}" dy="0.32em">${escapeXml(entry.label ?? '')}</text>`;
  });
  return `<g class="mpl-legend"><rect x="${boxX}" y="${boxY}" width="${boxWidth}" height="${entries.length * rowHeight + 8}" rx="3"/>${rows.join('')}</g>`;
}

/**
 * A 2-D axes as the parts an animation's next frame may change apiece: what is drawn under the
 * data (grid), the data area (a nested SVG that clips, one string per artist in z-order), and
 * what is drawn over it (frame, ticks, legend, title, labels).
 */
export interface Axes2DParts {
  back: string;
  clip: { x: number; y: number; width: number; height: number };
  items: string[];
  front: string;
}

/**
 * A series' markup by its x and y arrays (an animation's frames share the arrays that did not
 * change), its style and the scales: a still scatter of thousands of points is written once.
 */
const seriesMarkup = new WeakMap<number[], WeakMap<number[], Map<string, string>>>();

function cachedSeries(xs: number[], ys: number[], key: string, draw: () => string): string {
  let byY = seriesMarkup.get(xs);
  if (!byY) seriesMarkup.set(xs, (byY = new WeakMap()));
  let byKey = byY.get(ys);
  if (!byKey) byY.set(ys, (byKey = new Map()));
  let html = byKey.get(key);
  if (html === undefined) {
    html = draw();
    byKey.set(key, html);
  }
  return html;
}

/** The drawn size of one axes: its cells' share of the layout (a GridSpec span covers several). */
function axesSize(axes: AxesSpec, layout: FigureLayout): { width: number; height: number } {
  const [rows, cols] = axes.span ?? [1, 1];
  return { width: layout.cell * cols, height: layout.height * rows };
}

/** One axes' box in matplotlib's inches: one cell's, or its figure box when it spans several. */
function axesInchesOf(figure: FigureSpec, axes: AxesSpec, layout: FigureLayout): { width: number; height: number } {
  if (!axes.span) return layout.inches;
  const slot = axes.slot ?? 0;
  const [r0, c0] = [Math.floor(slot / figure.cols), slot % figure.cols];
  const [x0, y0, x1, y1] = cellBox(figure.rows, figure.cols, r0, c0, r0 + axes.span[0] - 1, c0 + axes.span[1] - 1);
  return { width: (x1 - x0) * figure.figsize[0], height: (y1 - y0) * figure.figsize[1] };
}

/** How many tick labels fit on a spanning axes: matplotlib's room for its figure box, as for one cell. */
function spanTickRoom(figure: FigureSpec, axes: AxesSpec, layout: FigureLayout): { x: number; y: number } {
  if (!axes.span) return { x: layout.tickRoom.x, y: layout.tickRoom.y };
  const inches = axesInchesOf(figure, axes, layout);
  return { x: tickSpace(inches.width, 'x'), y: tickSpace(inches.height, 'y') };
}

function axesParts(figure: FigureSpec, index: number, layout: FigureLayout): Axes2DParts {
  const axes = figure.axes[index];
  const shapes = axes.shapes ?? [];
  const { width, height } = axesSize(axes, layout);
  // an aspect (imshow's 'equal') or a colorbar shrinks the box, here and in matplotlib's inches
  const outer = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
  const boxes = imageBoxes(outer, axes);
  const inches = imageBoxes({ x: 0, y: 0, ...axesInchesOf(figure, axes, layout) }, axes);
  tickRoom = boxes.axes === outer ? spanTickRoom(figure, axes, layout) : { x: tickSpace(inches.axes.width, 'x'), y: tickSpace(inches.axes.height, 'y') };
  const plot = boxes.axes;
  // limits over the axes' share group (sharex/sharey), the same function ax.get_xlim() reads
  const x = scaleLinear().domain(viewLimits(figure.axes, axes, 0)).range([plot.x, plot.x + plot.width]);
  const y = scaleLinear().domain(viewLimits(figure.axes, axes, 1)).range([plot.y + plot.height, plot.y]);
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const scales = `${x.domain()} ${x.range()} ${y.domain()} ${y.range()} ${PX_PER_PT}`;
  const series = axes.series.map((s) => {
    const { x: xs, y: ys, label: _label, limitX: _limitX, limitY: _limitY, ...style } = s as LineSeries;
    return cachedSeries(xs, ys, `${scales} ${JSON.stringify(style)}`, () => drawSeries(s, x, y));
  });
  return {
    back: axes.grid ? gridLines(x, y, axes) : '',
    clip: { x: left, y: top, width: right - left, height: bottom - top },
    // matplotlib's z-order: images (0), patches and fills (1) under lines and scatters, axhline/axvline over them
    items: [
      ...(axes.images ?? []).map((image) => imageMarkup(image, x, y)),
      ...shapes.filter((s) => s.type === 'bars' || s.type === 'fill').map((s) => drawShape(s, x, y)),
      ...series,
      ...shapes.filter((s) => s.type === 'hline' || s.type === 'vline').map((s) => drawShape(s, x, y)),
    ],
    front: [
      axesFrame(x, y, axes),
      axes.colorbar && boxes.colorbar ? colorbarParts(axes.colorbar, boxes.colorbar, tickSpace(inches.colorbar!.height, 'y'), width) : '',
      legend(axes, x, y),
      axes.title ? `<text class="mpl-title" x="${(left + right) / 2}" y="${top - (axes.xticksTop ? 28 : 10)}" text-anchor="middle">${escapeXml(axes.title)}</text>` : '',
      axes.xlabel ? `<text class="mpl-label" x="${(left + right) / 2}" y="${height - 10}" text-anchor="middle">${escapeXml(axes.xlabel)}</text>` : '',
      axes.ylabel ? `<text class="mpl-label" transform="translate(${(margin === GRID_MARGIN ? 11 : 16) + left - margin.left},${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(axes.ylabel)}</text>` : '',
    ].join(''),
  };
}

/** A colorbar: its ramp and frame, ticks and labels on its right from vmin (bottom) to vmax (top). */
function colorbarParts(colorbar: ColorbarSpec, box: Box, room: number, cellWidth: number): string {
  const scale = scaleLinear().domain([colorbar.vmin, colorbar.vmax]).range([box.y + box.height, box.y]);
  const ticks = drawnTicks(scale, room, 'y');
  const right = round1(box.x + box.width);
  const tickLength = round1(3.5 * PX_PER_PT);
  const marks = ticks.ticks.map((tick, i) => `<g transform="translate(${right},${round1(scale(tick))})"><line x2="${tickLength}"/>${i % ticks.stride ? '' : `<text x="${round1(3.5 * PX_PER_PT + 3)}" dy="0.32em">${ticks.labels[i]}</text>`}</g>`);
  const offset = ticks.offset ? `<text class="mpl-offset" x="${round1(box.x)}" y="${round1(box.y - 4)}">${ticks.offset}</text>` : '';
  // the label reads bottom to top, past the widest tick label
  // (kept inside the cell on a phone, where the right margin is narrower than the labels)
  const labelX = Math.min(cellWidth - 16, box.x + box.width + 3.5 * PX_PER_PT + 3 + Math.max(0, ...ticks.labels.map((text) => text.length)) * 8.5 + 6);
  const label = colorbar.label ? `<text class="mpl-label" transform="translate(${round1(labelX)},${round1(box.y + box.height / 2)}) rotate(-90)" text-anchor="middle" dy="0.7em">${escapeXml(colorbar.label)}</text>` : '';
  return `${colorbarMarkup(colorbar, box)}<g class="mpl-ticks">${marks.join('')}${offset}</g>${label}`;
}

/** The data area's nested SVG: it clips what it holds to the axes, as matplotlib clips to its box. */
export const clipAttributes = ({ x, y, width, height }: Axes2DParts['clip']) =>
  ({ x, y, width, height, viewBox: `${x} ${y} ${width} ${height}` });

function partsToSvg(parts: Axes2DParts): string {
  const clip = Object.entries(clipAttributes(parts.clip)).map(([name, value]) => `${name}="${value}"`).join(' ');
  return `<g data-part="back">${parts.back}</g><svg class="mpl-data" ${clip}>${parts.items.map((item) => `<g>${item}</g>`).join('')}</svg><g data-part="front">${parts.front}</g>`;
}

/** A 2-D axes' parts at a layout, for the page to update a drawn cell part by part. */
export function renderAxesParts(figure: FigureSpec, index: number, layout: FigureLayout): Axes2DParts {
  useLayout(layout);
  return axesParts(figure, index, layout);
}

function describeSeries(series: Series | Shape): string {
  switch (series.type) {
    case 'scatter': return `산점도 ${series.x.length}개 점${series.cmap ? ` (컬러맵 ${series.cmap})` : ''}`;
    case 'bars': return `히스토그램 막대 ${series.heights.length}개 (${describeNumber(series.edges[0])}부터 ${describeNumber(series.edges[series.edges.length - 1])}까지)`;
    case 'hline': return `수평선 y=${describeNumber(series.value)}`;
    case 'vline': return `수직선 x=${describeNumber(series.value)}`;
    case 'fill': return `채운 영역 ${series.x.length}개 점`;
    default: return `선 ${series.x.length}개 점`;
  }
}

/** An image's size and colormap, as a screen reader hears them. */
function describeImage(image: ImageSpec): string {
  return `이미지 ${image.height}행 ${image.width}열${image.cmap === null ? ' (RGB)' : `, 컬러맵 ${image.cmap}`}`;
}

/** What an axes shows besides its lines and shapes: images, then the colorbar's range. */
function describeRasters(axes: AxesSpec): string[] {
  const colorbar = axes.colorbar ? [`컬러바${axes.colorbar.label ? ` ${axes.colorbar.label}` : ''} ${describeNumber(axes.colorbar.vmin)}부터 ${describeNumber(axes.colorbar.vmax)}까지`] : [];
  return [...(axes.images ?? []).map(describeImage), ...colorbar];
}

function describeAxes(axes: AxesSpec): string {
  if (axes.three) return describeAxes3D(axes);
  return [
    axes.title ? `제목 ${axes.title}` : '',
    axes.xlabel ? `x축 ${axes.xlabel}` : '',
    axes.ylabel ? `y축 ${axes.ylabel}` : '',
    ...describeRasters(axes),
    ...[...axes.series, ...(axes.shapes ?? [])].map((series) => `${describeSeries(series)}${series.label ? ` (${series.label})` : ''}`),
  ].filter(Boolean).join(', ');
}

/** What a screen reader hears for a figure: its title and what each series is (per subplot in a grid). */
export function describeFigure(figure: FigureSpec): string {
  const parts = figure.axes.flatMap((axes) => axes.three ? [describeAxes3D(axes)] : [
    axes.title ? `제목 ${axes.title}` : '',
    ...describeRasters(axes),
    ...[...axes.series, ...(axes.shapes ?? [])].map((series) => `${describeSeries(series)}${series.label ? ` (${series.label})` : ''}`),
  ]);
  const grid = figure.axes.length > 1 ? `${figure.rows}×${figure.cols} 격자의 그래프 ${figure.axes.length}개; ` : '';
  const suptitle = figure.suptitle ? `전체 제목 ${figure.suptitle}; ` : '';
  const each = figure.axes.length > 1
    ? figure.axes.map((axes, i) => `${i + 1}번 그래프: ${describeAxes(axes) || '비어 있음'}`).join('; ')
    : parts.filter(Boolean).join(', ');
  return `matplotlib 그림: ${suptitle}${grid}${each || '빈 그림'}`;
}

/** How a figure is laid out at a width: the drawn width, each subplot's cell (width × height) and px per point. */
export interface FigureLayout {
  width: number;
  cell: number;
  height: number;
  /** How many tick labels matplotlib finds room for on each axis of one axes of the figure (z: a 3-D axes', square). */
  tickRoom: { x: number; y: number; z: number };
  /** One axes' size in matplotlib's inches (before an aspect or a colorbar shrinks it). */
  inches: { width: number; height: number };
  pxPerPt: number;
  rows: number;
  cols: number;
}

/** Below this many units a column of a grid with a 3-D axes is too narrow to turn: the subplots stack instead. */
const MIN_3D_COLUMN = 240;

export function figureLayout(figure: FigureSpec, availableWidth = 640): FigureLayout {
  const width = Math.round(Math.min(640, Math.max(360, availableWidth)));
  const [inchesWide, inchesHigh] = figure.figsize;
  const figureRows = Math.max(1, figure.rows || 1);
  const figureCols = Math.max(1, figure.cols || 1);
  // On a phone a 3-D axes in a row of subplots would be ~100 px wide, too small to drag: one subplot per row, each at its aspect.
  const stack = figureCols > 1 && width / figureCols < MIN_3D_COLUMN && figure.axes.some((axes) => axes.three);
  const rows = stack ? figureRows * figureCols : figureRows;
  const cols = stack ? 1 : figureCols;
  // A subplot in a grid is drawn at its share of the width (text keeps its size on a phone,
  // never narrower than 180 units), with tighter margins and fewer ticks.
  const cell = cols === 1 ? width : Math.max(180, Math.round(width / cols));
  const gridMargin = cols === 1 && rows === 1 ? SINGLE_MARGIN : GRID_MARGIN;
  // Each axes keeps its share of the figure's aspect ratio: (width / cols) : (height / rows),
  // but never so short that its plotting area vanishes (a 4×2 grid on an 8×8 figure).
  const aspectHeight = Math.round((cell * (inchesHigh / figureRows)) / (inchesWide / figureCols));
  const height = Math.max(aspectHeight, gridMargin.top + gridMargin.bottom + 90);
  const inches = axesInches(figure.figsize, figureRows, figureCols);
  return { width, cell, height, pxPerPt: width / (6.4 * 72), rows, cols, inches, tickRoom: { x: tickSpace(inches.width, 'x'), y: tickSpace(inches.height, 'y'), z: tickSpace(Math.min(inches.width, inches.height), 'x') } };
}

/**
 * How the page draws a figure: `rasterSurfaces` leaves 3-D surfaces out of the markup for the
 * live figure to paint on a canvas (src/elements/cell/figure-view.ts).
 */
interface RenderOptions {
  rasterSurfaces?: boolean;
}

/** The cell a 3-D axes is drawn in at a layout. */
export const frame3d = (layout: FigureLayout) => ({ width: layout.cell, height: layout.height, pxPerPt: layout.pxPerPt, tickRoom: layout.tickRoom.z });

/** A 3-D axes' cell: the reader can turn it (src/elements/cell/figure-view.ts), so it is focusable and says what it shows. */
function axes3dCell(axes: AxesSpec, index: number, place: string, layout: FigureLayout, options: RenderOptions): string {
  const layers = drawAxes3D(axes, frame3d(layout), undefined, { raster: options.rasterSurfaces });
  return `<div class="mpl-axes3d" style="${place}" data-axes="${index}" tabindex="0" role="img" aria-roledescription="돌려 볼 수 있는 3차원 그래프" aria-label="${escapeXml(describeAxes3D(axes))}"><svg class="mpl-figure" viewBox="0 0 ${layout.cell} ${layout.height}" aria-hidden="true">${layersToSvg(layers)}</svg></div>`;
}

/** Sets the drawing globals for a layout (the 2-D drawing reads them, as a canvas its transform). */
function useLayout(layout: FigureLayout): void {
  WIDTH = layout.width;
  PX_PER_PT = layout.pxPerPt;
  margin = layout.cols === 1 && layout.rows === 1 ? SINGLE_MARGIN : GRID_MARGIN;
  tickRoom = { x: layout.tickRoom.x, y: layout.tickRoom.y };
}

/** One axes of the figure in its grid cell: a 2-D axes' SVG, or a 3-D axes' focusable cell. */
function renderAxesCell(figure: FigureSpec, index: number, layout: FigureLayout, options: RenderOptions = {}): string {
  useLayout(layout);
  const axes = figure.axes[index];
  const slot = axes.slot ?? index;
  const [rows, cols] = axes.span ?? [1, 1];
  const spanning = (count: number) => (count > 1 ? ` / span ${count}` : '');
  const place = `grid-row:${Math.floor(slot / layout.cols) + 1}${spanning(rows)};grid-column:${(slot % layout.cols) + 1}${spanning(cols)}`;
  if (axes.three) return axes3dCell(axes, index, place, layout, options);
  const { width, height } = axesSize(axes, layout);
  return `<svg class="mpl-figure" style="${place}" viewBox="0 0 ${width} ${height}" aria-hidden="true">${partsToSvg(axesParts(figure, index, layout))}</svg>`;
}

/** The figure as one SVG per axes, laid out in its subplot grid; each scales with its container. */
export function renderMatplotlibFigure(figure: FigureSpec, availableWidth = 640, options: RenderOptions = {}): string {
  const layout = figureLayout(figure, availableWidth);
  const suptitle = figure.suptitle ? `<p class="mpl-suptitle">${escapeXml(figure.suptitle)}</p>` : '';
  const cells = figure.axes.map((_, index) => renderAxesCell(figure, index, layout, options));
  // a figure with a 3-D axes holds focusable parts, so it is a group rather than one image
  const role = figure.axes.some((axes) => axes.three) ? 'group' : 'img';
  return `<div class="mpl-paper" role="${role}" aria-label="${escapeXml(describeFigure(figure))}">${suptitle}<div class="mpl-grid" style="grid-template-columns:repeat(${layout.cols},minmax(0,1fr))">${cells.join('')}</div></div>`;
}
