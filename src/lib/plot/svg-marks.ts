// SVG elements as data: a figure drawn as a list of marks (tag + attributes + text) can be written
// as markup once and then brought up to date in place, attribute by attribute, when only some of
// it changes — a 3-D axes turned by the reader redraws ~2500 polygons per pointer move, which
// parsing fresh markup each time makes a long task. Also the matplotlib marker shapes and line
// dashes that the 2-D and 3-D figures share.
import { escapeXml } from '../xml';
import { round1 } from './svg';

export interface Mark {
  tag: 'path' | 'circle' | 'rect' | 'line' | 'text' | 'polygon';
  /** Attribute name → value, written in this order. */
  attrs: Record<string, string | number>;
  /** A text element's content (plain text, escaped when written). */
  text?: string;
}

export function markToSvg(mark: Mark): string {
  let out = `<${mark.tag}`;
  for (const name in mark.attrs) out += ` ${name}="${escapeXml(String(mark.attrs[name]))}"`;
  return mark.text === undefined ? `${out}/>` : `${out}>${escapeXml(mark.text)}</${mark.tag}>`;
}

export const marksToSvg = (marks: readonly Mark[]): string => marks.map(markToSvg).join('');

/** matplotlib's dash patterns, in multiples of the line width. */
const DASH_PATTERNS: Record<string, number[]> = {
  '--': [3.7, 1.6], dashed: [3.7, 1.6],
  ':': [1, 1.65], dotted: [1, 1.65],
  '-.': [6.4, 1.6, 1, 1.6], dashdot: [6.4, 1.6, 1, 1.6],
};

/** stroke-dasharray for a linestyle at a line width in px, or null for a solid line. */
export function dashArray(linestyle: string, width: number): string | null {
  const pattern = DASH_PATTERNS[linestyle];
  return pattern ? pattern.map((part) => round1(part * width)).join(' ') : null;
}

/** Whether a matplotlib linestyle draws no line ('None', '', ' '): markers only. */
export const drawsNoLine = (linestyle: string): boolean => linestyle === 'None' || linestyle === '' || linestyle === ' ';

/** One marker centred at (cx, cy); `radius` in px. Unknown marker codes draw a circle. Fill and stroke come from the group. */
export function markerMark(code: string, cx: number, cy: number, radius: number): Mark {
  const r = round1(radius);
  switch (code) {
    case 's': return { tag: 'rect', attrs: { x: round1(cx - r), y: round1(cy - r), width: 2 * r, height: 2 * r } };
    case '^': return { tag: 'path', attrs: { d: `M${cx} ${round1(cy - r)}L${round1(cx + r)} ${round1(cy + r)}H${round1(cx - r)}Z` } };
    case 'x': return { tag: 'path', attrs: { class: 'mpl-stroke', d: `M${round1(cx - r)} ${round1(cy - r)}L${round1(cx + r)} ${round1(cy + r)}M${round1(cx - r)} ${round1(cy + r)}L${round1(cx + r)} ${round1(cy - r)}` } };
    case '+': return { tag: 'path', attrs: { class: 'mpl-stroke', d: `M${round1(cx - r)} ${cy}H${round1(cx + r)}M${cx} ${round1(cy - r)}V${round1(cy + r)}` } };
    case '.': return { tag: 'circle', attrs: { cx, cy, r: round1(r / 2) } };
    default: return { tag: 'circle', attrs: { cx, cy, r } };
  }
}
