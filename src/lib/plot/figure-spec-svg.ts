// A recorded matplotlib figure (FigureSpec) as SVG markup, drawn like matplotlib's defaults:
// 5% data margins, tab10 colours, dashes scaled by line width, marker sizes in points at 100 dpi.
import { line, scaleLinear, type ScaleLinear } from 'd3';
import type { AxesSpec, FigureSpec, Series } from '../python/modules/figure-spec';
import { bottomAxis, escapeText, leftAxis, round1 } from './svg';

const DPI = 100;
const pt = (points: number) => (points * DPI) / 72;

/** matplotlib's dash patterns (in multiples of the line width). */
const DASHES: Record<string, number[] | null> = {
  '-': null, solid: null, '--': [3.7, 1.6], dashed: [3.7, 1.6], ':': [1, 1.65], dotted: [1, 1.65], '-.': [6.4, 1.6, 1, 1.6], dashdot: [6.4, 1.6, 1, 1.6],
};

function extent(values: number[], limits: [number, number] | null): [number, number] {
  if (limits) return limits;
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    min -= Math.abs(min) * 0.05 || 0.05;
    max += Math.abs(max) * 0.05 || 0.05;
  }
  const pad = (max - min) * 0.05;
  return [min - pad, max + pad];
}

function marker(kind: string, x: number, y: number, radius: number): string {
  const r = round1(radius);
  switch (kind) {
    case 's':
      return `<rect x="${round1(x - r)}" y="${round1(y - r)}" width="${2 * r}" height="${2 * r}"/>`;
    case '^':
      return `<path d="M${round1(x)},${round1(y - r)}L${round1(x + r)},${round1(y + r)}L${round1(x - r)},${round1(y + r)}Z"/>`;
    case 'x':
    case '+': {
      const d = kind === 'x' ? `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}` : `M${x - r},${y}L${x + r},${y}M${x},${y - r}L${x},${y + r}`;
      return `<path d="${d}" fill="none" stroke-width="1"/>`;
    }
    default:
      return `<circle cx="${round1(x)}" cy="${round1(y)}" r="${kind === '.' ? round1(r / 2) : r}"/>`;
  }
}

function drawSeries(series: Series, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  if (series.type === 'scatter') {
    const radius = pt(Math.sqrt(series.size)) / 2;
    const points = series.x.map((value, i) => (Number.isFinite(value) && Number.isFinite(series.y[i]) ? marker(series.marker, x(value), y(series.y[i]), radius) : '')).join('');
    return `<g class="scatter" fill="${series.color}" stroke="${series.color}" fill-opacity="${series.alpha}" stroke-opacity="${series.alpha}">${points}</g>`;
  }
  let out = '';
  if (series.linestyle !== 'None' && series.linestyle !== '' && series.linestyle !== ' ') {
    const dashes = DASHES[series.linestyle] ?? null;
    const width = pt(series.linewidth);
    const d = line<number>()
      .defined((_, i) => Number.isFinite(series.x[i]) && Number.isFinite(series.y[i]))
      .x((_, i) => round1(x(series.x[i])))
      .y((_, i) => round1(y(series.y[i])))(series.x) ?? '';
    const dash = dashes ? ` stroke-dasharray="${dashes.map((v) => round1(v * width)).join(',')}"` : '';
    out += `<path class="line" d="${d}" fill="none" stroke="${series.color}" stroke-width="${round1(width)}" stroke-opacity="${series.alpha}"${dash}/>`;
  }
  if (series.marker) {
    const radius = pt(series.markersize) / 2;
    out += `<g class="markers" fill="${series.color}" stroke="${series.color}" fill-opacity="${series.alpha}">${series.x.map((value, i) => marker(series.marker!, x(value), y(series.y[i]), radius)).join('')}</g>`;
  }
  return out;
}

function legend(axes: AxesSpec, left: number, top: number, width: number): string {
  const labelled = axes.series.filter((s) => s.label && !s.label.startsWith('_'));
  if (!axes.legend || labelled.length === 0) return '';
  const rowHeight = 18;
  const boxWidth = Math.max(...labelled.map((s) => s.label!.length)) * 7 + 44;
  const x0 = left + width - boxWidth - 8;
  const rows = labelled.map((s, i) => {
    const yRow = top + 8 + i * rowHeight + rowHeight / 2;
    const swatch = s.type === 'scatter'
      ? `<circle cx="${x0 + 18}" cy="${yRow}" r="4" fill="${s.color}" fill-opacity="${Math.max(s.alpha, 0.3)}"/>`
      : `<line x1="${x0 + 6}" x2="${x0 + 30}" y1="${yRow}" y2="${yRow}" stroke="${s.color}" stroke-width="2"${DASHES[s.linestyle] ? ` stroke-dasharray="${DASHES[s.linestyle]!.map((v) => round1(v * 2)).join(',')}"` : ''}/>`;
    return `${swatch}<text x="${x0 + 36}" y="${yRow}" dy="0.32em">${escapeText(s.label!)}</text>`;
  });
  return `<g class="legend"><rect x="${x0}" y="${top + 4}" width="${boxWidth}" height="${labelled.length * rowHeight + 8}" rx="3" fill="white" fill-opacity="0.8" stroke="#ccc"/>${rows.join('')}</g>`;
}

/** Text summary for screen readers: what is drawn, in Korean. */
export function describeFigure(spec: FigureSpec): string {
  return spec.axes
    .map((axes) => {
      const parts = axes.series.map((s) => `${s.type === 'scatter' ? '산점도' : '선'} ${s.x.length}개 점${s.label ? ` (${s.label})` : ''}`);
      return `${axes.title ? axes.title + ': ' : ''}${parts.join(', ') || '빈 그래프'}`;
    })
    .join(' / ');
}

export function renderFigureSpec(spec: FigureSpec): string {
  const width = Math.round(spec.figsize[0] * DPI);
  const height = Math.round(spec.figsize[1] * DPI);
  const cellWidth = width / spec.cols;
  const cellHeight = (height - (spec.suptitle ? 24 : 0)) / spec.rows;
  const panels = spec.axes.map((axes, index) => {
    const left = (index % spec.cols) * cellWidth + 56;
    const top = Math.floor(index / spec.cols) * cellHeight + (spec.suptitle ? 24 : 0) + (axes.title ? 28 : 12);
    const w = cellWidth - 56 - 16;
    const h = cellHeight - (axes.title ? 28 : 12) - (axes.xlabel ? 46 : 30);
    const x = scaleLinear().domain(extent(axes.series.flatMap((s) => s.x), axes.xlim)).range([left, left + w]);
    const y = scaleLinear().domain(extent(axes.series.flatMap((s) => s.y), axes.ylim)).range([top + h, top]);
    const clip = `clip-${index}`;
    return [
      `<g class="axes">`,
      `<clipPath id="${clip}"><rect x="${left}" y="${top}" width="${w}" height="${h}"/></clipPath>`,
      `<g class="x axis">${bottomAxis(x, top + h, 6)}</g>`,
      `<g class="y axis${axes.grid ? ' grid-on' : ''}">${leftAxis(y, left, axes.grid ? w : 0, 6)}</g>`,
      `<g clip-path="url(#${clip})">${axes.series.map((s) => drawSeries(s, x, y)).join('')}</g>`,
      `<rect class="frame" x="${left}" y="${top}" width="${w}" height="${h}" fill="none" stroke="currentColor"/>`,
      axes.title ? `<text class="title" x="${left + w / 2}" y="${top - 10}" text-anchor="middle">${escapeText(axes.title)}</text>` : '',
      axes.xlabel ? `<text class="xlabel" x="${left + w / 2}" y="${top + h + 38}" text-anchor="middle">${escapeText(axes.xlabel)}</text>` : '',
      axes.ylabel ? `<text class="ylabel" transform="translate(${left - 42},${top + h / 2}) rotate(-90)" text-anchor="middle">${escapeText(axes.ylabel)}</text>` : '',
      legend(axes, left, top, w),
      `</g>`,
    ].join('');
  });
  const title = spec.suptitle ? `<text class="suptitle" x="${width / 2}" y="18" text-anchor="middle">${escapeText(spec.suptitle)}</text>` : '';
  return `<svg class="cell-figure" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeText(describeFigure(spec))}" font-size="12">${title}${panels.join('')}</svg>`;
}
