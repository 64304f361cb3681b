// A matplotlib figure recorded by a code cell (FigureSpec: what plt.scatter/plot/title/...
// recorded), drawn as an SVG string with D3's scales. It looks like matplotlib's default
// style on purpose — white paper, a box around the axes, ticks outside, 5% data margins,
// the colours the spec resolved (C0 blue, '--r' red) — so the lecture's "파란 선/빨간 선"
// match what a student sees. Sizes follow matplotlib's points: 1 pt = width / (6.4 × 72) px.
import { line, scaleLinear, type ScaleLinear } from 'd3';
import type { AxesSpec, FigureSpec, LineSeries, ScatterSeries, Series } from '../python/objects/display';
import { round1 } from './svg';
import { escapeXml } from '../xml';

/**
 * Drawn width in SVG units: 640, or the container's width down to 360 px, so that on a phone the
 * axes and lines shrink with the figure (as matplotlib's would) while text stays readable.
 * Set at the start of each synchronous render, like a canvas's current transform.
 */
let WIDTH = 640;
const margin = { top: 34, right: 18, bottom: 52, left: 64 };
/** Pixels per typographic point at the figure's drawn width. */
let PX_PER_PT = WIDTH / (6.4 * 72);
/** Scatters above this many points are thinned evenly: the picture is the same, the DOM smaller. */
const MAX_MARKERS = 6000;

type Scale = ScaleLinear<number, number>;

/** matplotlib's dash patterns, in multiples of the line width. */
const dashPatterns: Record<string, number[]> = {
  '--': [3.7, 1.6], dashed: [3.7, 1.6],
  ':': [1, 1.65], dotted: [1, 1.65],
  '-.': [6.4, 1.6, 1, 1.6], dashdot: [6.4, 1.6, 1, 1.6],
};

function finiteExtent(values: number[][]): [number, number] | null {
  let low = Infinity;
  let high = -Infinity;
  for (const list of values) for (const value of list) if (Number.isFinite(value)) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return low <= high ? [low, high] : null;
}

/** Data limits widened by matplotlib's 5% margins (a single value gets ±0.05 around it). */
function autoLimits(values: number[][], fixed: [number, number] | null): [number, number] {
  if (fixed) return fixed;
  const extent = finiteExtent(values) ?? [0, 1];
  const span = extent[1] - extent[0];
  const pad = span > 0 ? span * 0.05 : Math.max(Math.abs(extent[0]) * 0.05, 0.05);
  return [extent[0] - pad, extent[1] + pad];
}

/** Fewer x ticks on a narrow figure, so their labels never run into each other. */
const xTickCount = () => (WIDTH < 520 ? 5 : 8);

const formatTick = (value: number) => String(Math.round(value * 1e10) / 1e10).replace('-', '−');

function gridLines(x: Scale, y: Scale): string {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const vertical = x.ticks(xTickCount()).map((tick) => `<line x1="${round1(x(tick))}" x2="${round1(x(tick))}" y1="${top}" y2="${bottom}"/>`);
  const horizontal = y.ticks(7).map((tick) => `<line x1="${left}" x2="${right}" y1="${round1(y(tick))}" y2="${round1(y(tick))}"/>`);
  return `<g class="mpl-grid-lines">${vertical.join('')}${horizontal.join('')}</g>`;
}

function axesFrame(x: Scale, y: Scale): string {
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  const xTicks = x.ticks(xTickCount()).map((tick) => `<g transform="translate(${round1(x(tick))},${bottom})"><line y2="${round1(3.5 * PX_PER_PT)}"/><text y="${round1(3.5 * PX_PER_PT + 13)}" text-anchor="middle">${formatTick(tick)}</text></g>`);
  const yTicks = y.ticks(7).map((tick) => `<g transform="translate(${left},${round1(y(tick))})"><line x2="${round1(-3.5 * PX_PER_PT)}"/><text x="${round1(-3.5 * PX_PER_PT - 3)}" dy="0.32em" text-anchor="end">${formatTick(tick)}</text></g>`);
  return `<rect class="mpl-frame" x="${left}" y="${top}" width="${right - left}" height="${bottom - top}"/><g class="mpl-ticks">${xTicks.join('')}${yTicks.join('')}</g>`;
}

function linePath(series: LineSeries, x: Scale, y: Scale): string {
  const points = series.x.map((value, index) => [value, series.y[index]] as const);
  const path = line<readonly [number, number]>()
    .defined(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
    .x(([a]) => round1(x(a)))
    .y(([, b]) => round1(y(b)))(points) ?? '';
  const width = series.linewidth * PX_PER_PT;
  const pattern = dashPatterns[series.linestyle];
  const dash = pattern ? ` stroke-dasharray="${pattern.map((part) => round1(part * width)).join(' ')}"` : '';
  return `<path d="${path}" fill="none" stroke="${escapeXml(series.color)}" stroke-width="${round1(width)}"${dash} stroke-opacity="${series.alpha}" stroke-linejoin="round"/>`;
}

/** One marker centred at (cx, cy); `radius` in px. Unknown marker codes draw a circle. */
function marker(code: string, cx: number, cy: number, radius: number): string {
  const r = round1(radius);
  switch (code) {
    case 's': return `<rect x="${round1(cx - r)}" y="${round1(cy - r)}" width="${2 * r}" height="${2 * r}"/>`;
    case '^': return `<path d="M${cx} ${round1(cy - r)}L${round1(cx + r)} ${round1(cy + r)}H${round1(cx - r)}Z"/>`;
    case 'x': return `<path class="mpl-stroke" d="M${round1(cx - r)} ${round1(cy - r)}L${round1(cx + r)} ${round1(cy + r)}M${round1(cx - r)} ${round1(cy + r)}L${round1(cx + r)} ${round1(cy - r)}"/>`;
    case '+': return `<path class="mpl-stroke" d="M${round1(cx - r)} ${cy}H${round1(cx + r)}M${cx} ${round1(cy - r)}V${round1(cy + r)}"/>`;
    case '.': return `<circle cx="${cx}" cy="${cy}" r="${round1(r / 2)}"/>`;
    default: return `<circle cx="${cx}" cy="${cy}" r="${r}"/>`;
  }
}

function markers(xs: number[], ys: number[], code: string, radius: number, color: string, alpha: number, x: Scale, y: Scale): string {
  const stride = Math.max(1, Math.ceil(xs.length / MAX_MARKERS));
  let shapes = '';
  for (let i = 0; i < xs.length; i += stride) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    shapes += marker(code, round1(x(xs[i])), round1(y(ys[i])), radius);
  }
  const c = escapeXml(color);
  return `<g fill="${c}" stroke="${c}" stroke-width="0" fill-opacity="${alpha}" stroke-opacity="${alpha}">${shapes}</g>`;
}

function drawSeries(series: Series, x: Scale, y: Scale): string {
  if (series.type === 'scatter') {
    const scatter = series as ScatterSeries;
    return markers(scatter.x, scatter.y, scatter.marker, (Math.sqrt(scatter.size) / 2) * PX_PER_PT, scatter.color, scatter.alpha, x, y);
  }
  const drawnLine = series.linestyle === 'None' || series.linestyle === '' || series.linestyle === ' ' ? '' : linePath(series, x, y);
  const points = series.marker ? markers(series.x, series.y, series.marker, (series.markersize / 2) * PX_PER_PT, series.color, series.alpha, x, y) : '';
  return drawnLine + points;
}

function legend(axes: AxesSpec, x: Scale, y: Scale): string {
  const entries = axes.series.filter((series) => series.label && !series.label.startsWith('_'));
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
      : `<line x1="${boxX + 6}" x2="${boxX + 30}" y1="${rowY}" y2="${rowY}" stroke="${escapeXml(entry.color)}" stroke-width="${round1(entry.linewidth * PX_PER_PT)}"${dashPatterns[entry.linestyle] ? ` stroke-dasharray="${dashPatterns[entry.linestyle].map((part) => round1(part * entry.linewidth * PX_PER_PT)).join(' ')}"` : ''}/>`;
    return `${sample}<text x="${boxX + 36}" y="${rowY}" dy="0.32em">${escapeXml(entry.label ?? '')}</text>`;
  });
  return `<g class="mpl-legend"><rect x="${boxX}" y="${boxY}" width="${boxWidth}" height="${entries.length * rowHeight + 8}" rx="3"/>${rows.join('')}</g>`;
}

function renderAxes(axes: AxesSpec, height: number): string {
  const x = scaleLinear().domain(autoLimits(axes.series.map((series) => series.x), axes.xlim)).range([margin.left, WIDTH - margin.right]);
  const y = scaleLinear().domain(autoLimits(axes.series.map((series) => series.y), axes.ylim)).range([height - margin.bottom, margin.top]);
  const clipId = `mpl-clip-${Math.random().toString(36).slice(2, 10)}`;
  const [left, right] = x.range();
  const [bottom, top] = y.range();
  return [
    axes.grid ? gridLines(x, y) : '',
    `<clipPath id="${clipId}"><rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}"/></clipPath>`,
    `<g clip-path="url(#${clipId})">${axes.series.map((series) => drawSeries(series, x, y)).join('')}</g>`,
    axesFrame(x, y),
    legend(axes, x, y),
    axes.title ? `<text class="mpl-title" x="${(left + right) / 2}" y="${top - 10}" text-anchor="middle">${escapeXml(axes.title)}</text>` : '',
    axes.xlabel ? `<text class="mpl-label" x="${(left + right) / 2}" y="${height - 10}" text-anchor="middle">${escapeXml(axes.xlabel)}</text>` : '',
    axes.ylabel ? `<text class="mpl-label" transform="translate(16,${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(axes.ylabel)}</text>` : '',
  ].join('');
}

/** What a screen reader hears for a figure: its title and what each series is. */
export function describeFigure(figure: FigureSpec): string {
  const parts = figure.axes.flatMap((axes) => [
    axes.title ? `제목 ${axes.title}` : '',
    ...axes.series.map((series) => `${series.type === 'scatter' ? '산점도' : '선'} ${series.x.length}개 점${series.label ? ` (${series.label})` : ''}`),
  ]).filter(Boolean);
  return `matplotlib 그림: ${parts.join(', ') || '빈 그림'}`;
}

/** The figure as one SVG per axes, laid out in its subplot grid; each scales with its container. */
export function renderMatplotlibFigure(figure: FigureSpec, availableWidth = 640): string {
  WIDTH = Math.round(Math.min(640, Math.max(360, availableWidth)));
  PX_PER_PT = WIDTH / (6.4 * 72);
  const [inchesWide, inchesHigh] = figure.figsize;
  const rows = Math.max(1, figure.rows || 1);
  const cols = Math.max(1, figure.cols || 1);
  // Each axes keeps its share of the figure's aspect ratio: (width / cols) : (height / rows).
  const height = Math.round((WIDTH * (inchesHigh / rows)) / (inchesWide / cols));
  const suptitle = figure.suptitle ? `<p class="mpl-suptitle">${escapeXml(figure.suptitle)}</p>` : '';
  const svgs = figure.axes.map((axes) =>
    `<svg class="mpl-figure" viewBox="0 0 ${WIDTH} ${height}" aria-hidden="true">${renderAxes(axes, height)}</svg>`,
  );
  return `<div class="mpl-paper" role="img" aria-label="${escapeXml(describeFigure(figure))}">${suptitle}<div class="mpl-grid" style="grid-template-columns:repeat(${cols},minmax(0,1fr))">${svgs.join('')}</div></div>`;
}
