// Small helpers for writing SVG markup as strings. The same markup is rendered at build time
// (static figures, no JavaScript) and adopted by the live elements, which then only update
// the `d` of a few paths marked with data-role.
import type { ScaleLinear } from 'd3';
import { escapeXml } from '../xml';

export interface Size {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Rounds coordinates so a path of thousands of points stays small in the HTML. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

export function bottomAxis(scale: ScaleLinear<number, number>, y: number, ticks: number, format: (value: number) => string = String): string {
  return scale
    .ticks(ticks)
    .map((tick) => {
      const x = round1(scale(tick));
      return `<g class="tick" transform="translate(${x},${y})"><line y2="5"/><text y="18" text-anchor="middle">${escapeXml(format(tick))}</text></g>`;
    })
    .join('');
}

export function leftAxis(scale: ScaleLinear<number, number>, x: number, width: number, ticks: number, format: (value: number) => string = String): string {
  return scale
    .ticks(ticks)
    .map((tick) => {
      const y = round1(scale(tick));
      return `<g class="tick" transform="translate(${x},${y})"><line class="grid" x2="${width}"/><text x="-6" dy="0.32em" text-anchor="end">${escapeXml(format(tick))}</text></g>`;
    })
    .join('');
}

/**
 * The figure's viewBox width as a CSS variable. SVG text is sized in viewBox units and shrinks
 * with the figure (a 640-wide plot on a 360 px phone would print 12-unit labels at ~6 px);
 * src/elements/demo.css divides the font size by that scale so labels stay ~12 CSS px.
 */
export function viewBoxWidthStyle(size: Size): string {
  return `--ll-vb-width:${size.width}`;
}
