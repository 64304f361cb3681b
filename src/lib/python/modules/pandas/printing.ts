// pandas' text helpers (pandas/io/formats/printing.py, 1.5.3): pprint_thing, adjoin and justify
// with Python's str.ljust/rjust/center, and format_object_summary, the body of an Index's repr.
// Widths count code points, as Python's len() does.
import { str } from '../../objects/repr';
import type { PyValue } from '../../objects/host';

/** Python's len() of a str: code points, not UTF-16 units. */
export function pyLen(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export const ljust = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - pyLen(text)));
export const rjust = (text: string, width: number): string => ' '.repeat(Math.max(0, width - pyLen(text))) + text;

/** Python's str.center: the odd space goes left only when both the padding and the width are odd. */
export function center(text: string, width: number): string {
  const pad = width - pyLen(text);
  if (pad <= 0) return text;
  const left = Math.floor(pad / 2) + (pad & width & 1);
  return ' '.repeat(left) + text + ' '.repeat(pad - left);
}

export type Justify = 'left' | 'right' | 'center';

export function justify(texts: readonly string[], width: number, mode: Justify = 'right'): string[] {
  const pad = mode === 'left' ? ljust : mode === 'center' ? center : rjust;
  return texts.map((t) => pad(t, width));
}

/** The widest of the strings (0 for none), without spreading a long column into one call. */
export const widest = (texts: readonly string[]): number => texts.reduce((m, t) => Math.max(m, pyLen(t)), 0);

/** Glues lists of strings side by side, each left-justified `space` wider than its widest (the last: as wide as its widest). */
export function adjoin(space: number, ...lists: string[][]): string {
  const widths = lists.map((list, i) => widest(list) + (i < lists.length - 1 ? space : 0));
  const rows = Math.max(...lists.map((l) => l.length));
  const columns = lists.map((list, i) => {
    const out = justify(list, widths[i], 'left');
    while (out.length < rows) out.push(' '.repeat(widths[i]));
    return out;
  });
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) lines.push(columns.map((c) => c[r]).join(''));
  return lines.join('\n');
}

const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** pprint_thing(x, escape_chars=('\t', '\r', '\n')): str(x) with those written as escapes; quoted in single quotes when asked. */
export function pprintThing(value: PyValue, quoteStrings = false): string {
  const text = str(value).replace(/[\t\n\r]/g, (c) => ESCAPES[c]);
  return quoteStrings && typeof value === 'string' ? `'${text}'` : text;
}

/** pprint_thing of a list of labels: `[x, y]` (Empty DataFrame's `Columns: [...]`). */
export function pprintSequence(values: readonly PyValue[]): string {
  return `[${values.map((v) => pprintThing(v)).join(', ')}]`;
}

const DISPLAY_WIDTH = 80;
const MAX_SEQ_ITEMS = 100;

/**
 * format_object_summary: `[v1, v2, ...]` wrapped at 80 columns under the type's name, values
 * right-justified to one width when they take more than a line, the first and last 10 with `...`
 * past 100 values. Ends with `, ` (one line) or `,\n` + indent, ready for the attributes.
 */
export function formatObjectSummary(formatted: readonly string[], name: string, isJustify: boolean): string {
  const space1 = '\n' + ' '.repeat(name.length + 1);
  const space2 = '\n' + ' '.repeat(name.length + 2);
  const n = formatted.length;
  const isTruncated = n > MAX_SEQ_ITEMS;
  if (n === 0) return '[], ';
  if (n === 1) return `[${formatted[0]}], `;
  if (n === 2) return `[${formatted[0]}, ${formatted[1]}], `;
  let head: string[] = [];
  let tail: string[];
  if (isTruncated) {
    const k = Math.min(Math.floor(MAX_SEQ_ITEMS / 2), 10);
    head = formatted.slice(0, k);
    tail = formatted.slice(n - k);
  } else {
    tail = [...formatted];
  }
  if (isJustify && (isTruncated || !(head.join(', ').length < DISPLAY_WIDTH && tail.join(', ').length < DISPLAY_WIDTH))) {
    const width = Math.max(widest(head), widest(tail));
    head = justify(head, width);
    tail = justify(tail, width);
  }
  const extend = (s: string, line: string, value: string, width: number): [string, string] => {
    if (pyLen(line.trimEnd()) + pyLen(value.trimEnd()) >= width) {
      s += line.trimEnd();
      line = space2;
    }
    return [s, line + value];
  };
  let summary = '';
  let line = space2;
  for (const value of head) [summary, line] = extend(summary, line, value + ', ', DISPLAY_WIDTH);
  if (isTruncated) {
    summary += line.trimEnd() + space2 + '...';
    line = space2;
  }
  for (const value of tail.slice(0, -1)) [summary, line] = extend(summary, line, value + ', ', DISPLAY_WIDTH);
  [summary, line] = extend(summary, line, tail[tail.length - 1], DISPLAY_WIDTH - 2);
  summary += line + '],';
  summary += summary.length > DISPLAY_WIDTH ? space1 : ' ';
  return '[' + summary.slice(space2.length);
}
