// Small helpers for writing SVG markup as strings. The same markup is rendered at build time
// (static figures, no JavaScript) and adopted by the live elements, which then only update
// the `d` of a few paths marked with data-role.
import { tickStep, type ScaleLinear } from 'd3';
import { escapeXml } from '../xml';

export interface Size {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Rounds coordinates so a path of thousands of points stays small in the HTML. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Container widths (CSS px) at which demo.css changes a figure's labels; its @container rules
 * repeat these numbers (a unit test checks they agree). Labels stay ~12 CSS px at any width
 * while the axes shrink with the figure, so on a narrow figure they need room made for them.
 */
export const NARROW_FIGURE_PX = 420;
export const TITLE_TUCK_FIGURE_PX = 640;
/** The narrowest figure a demo is drawn at (a column of the compare demo on a small phone). */
export const MIN_FIGURE_PX = 240;

/** Label size and the room labels need, in CSS px (demo.css sets the size). */
const LABEL_PX = 12;
/** Where a label's letters reach around its baseline, in em (Noto Sans KR, accents included). */
const INK = { above: 0.96, below: 0.09 };
/** A bottom tick label's baseline below the axis: 4 units + this many em (bottomAxis). */
const TICK_LABEL_DY_EM = 1.05;
const MIN_LABEL_GAP = { across: 40, down: 1.5 * LABEL_PX };

// Tick labels are placed in em from the tick: with the text ~12 CSS px at any figure width, a
// gap in user units would let the labels run into the tick marks on a phone.
export function bottomAxis(scale: ScaleLinear<number, number>, size: Size, ticks: number, format: (value: number) => string = String): string {
  const y = size.height - size.margin.bottom;
  return axisTicks(scale, ticks, size, MIN_LABEL_GAP.across)
    .map(({ value, minor }) => {
      const x = round1(scale(value));
      return `<g class="${tickClass(minor)}" transform="translate(${x},${y})"><line y2="5"/><text y="4" dy="${TICK_LABEL_DY_EM}em" text-anchor="middle">${escapeXml(format(value))}</text></g>`;
    })
    .join('');
}

/** Ticks and labels on the left, with grid lines `gridWidth` long across the plot (0: none). */
export function leftAxis(scale: ScaleLinear<number, number>, size: Size, ticks: number, gridWidth: number, format: (value: number) => string = String): string {
  const x = size.margin.left;
  return axisTicks(scale, ticks, size, MIN_LABEL_GAP.down)
    .map(({ value, minor }) => {
      const y = round1(scale(value));
      return `<g class="${tickClass(minor)}" transform="translate(${x},${y})"><line class="grid" x2="${gridWidth}"/><text x="-2" dx="-0.3em" dy="0.32em" text-anchor="end">${escapeXml(format(value))}</text></g>`;
    })
    .join('');
}

/**
 * D3's ticks. Where neighbouring labels would be closer than `minGap` CSS px on the narrowest
 * figure, only every 2nd, 5th or 10th step keeps its label there (still round numbers: 0, 0.4,
 * 0.8 or 0, 0.1); the others are marked minor and demo.css hides their labels on narrow figures.
 */
export function axisTicks(scale: ScaleLinear<number, number>, count: number, size: Size, minGap: number): Array<{ value: number; minor: boolean }> {
  const values = scale.ticks(count);
  const [start, stop] = scale.domain();
  const step = tickStep(start, stop, count);
  const spacingAtNarrowest = values.length < 2 ? Infinity : Math.abs(scale(values[1]) - scale(values[0])) * (MIN_FIGURE_PX / size.width);
  const keepEvery = [1, 2, 5, 10].find((every) => spacingAtNarrowest * every >= minGap) ?? 10;
  return values.map((value) => ({ value, minor: Math.abs(Math.round(value / step)) % keepEvery !== 0 }));
}

const tickClass = (minor: boolean) => (minor ? 'tick minor' : 'tick');

/**
 * Whether the x axis's title, under the tick labels at the right end, runs into the last tick
 * label when the figure is `figurePx` CSS px wide: the labels keep their size while the
 * bottom margin shrinks with the figure.
 */
export function titleCollides(size: Size, figurePx: number): boolean {
  const scale = figurePx / size.width;
  const titleTop = (size.margin.bottom - 3) * scale - INK.above * LABEL_PX;
  const tickLabelBottom = 4 * scale + (TICK_LABEL_DY_EM + INK.below) * LABEL_PX;
  return titleTop < tickLabelBottom + 1;
}

/**
 * The x axis's title at the right end, under the tick labels. A figure whose title would run
 * into the last label on a narrow screen also gets a second copy just above the axis, inside
 * the plot; demo.css shows that one instead below TITLE_TUCK_FIGURE_PX.
 */
export function xAxisTitle(size: Size, text: string): string {
  const { width, height, margin } = size;
  const x = width - margin.right;
  const title = (className: string, y: number, dy = '0') =>
    `<text class="axis-label ${className}" x="${x}" y="${y}" dy="${dy}" text-anchor="end">${escapeXml(text)}</text>`;
  if (!titleCollides(size, MIN_FIGURE_PX)) return title('x-title', height - 3);
  return title('x-title tuckable', height - 3) + title('x-title tucked', height - margin.bottom - 3, '-0.3em');
}

/**
 * The figure's viewBox width as a CSS variable. SVG text is sized in viewBox units and shrinks
 * with the figure (a 640-wide plot on a 360 px phone would print 12-unit labels at ~6 px);
 * src/elements/demo.css divides the font size by that scale so labels stay ~12 CSS px.
 */
export function viewBoxWidthStyle(size: Size): string {
  return `--ll-vb-width:${size.width}`;
}
