// Preloads the Korean font slices a page's first screen needs. The self-hosted face is split
// into ~120 files by unicode-range and the browser learns which ones it needs only after it has
// the CSS and has laid the text out; a <link rel="preload"> in the HTML starts those downloads
// with the stylesheet, so the title and header are drawn in their final face sooner and a late
// slice is less likely to re-wrap them. Only the first screen: preloading the whole lecture's
// slices would delay everything else.

export interface FontSlice {
  url: string;
  ranges: Array<[number, number]>;
}

/** The @font-face slices of one family in a stylesheet, each with its WOFF2 URL and code-point ranges. */
export function fontSlices(css: string, family: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const [block] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const familyMatch = /font-family:\s*["']?([^;"']+)["']?/.exec(block);
    const url = /url\(["']?([^)"']+\.woff2)["']?\)/.exec(block)?.[1];
    if (familyMatch?.[1].trim() !== family || !url) continue;
    const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1] ?? 'U+0-10FFFF';
    slices.push({ url, ranges: range.split(',').map(parseRange) });
  }
  return slices;
}

function parseRange(range: string): [number, number] {
  const [first, last = first] = range.trim().replace(/^U\+/i, '').split('-');
  return [parseInt(first, 16), parseInt(last, 16)];
}

/** The page's first screen as text: the site header, the contents and the lecture's title block. */
export function firstScreenText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  const headerEnd = /<header class="lecture-header[^"]*"[\s\S]*?<\/header>/.exec(body);
  const firstScreen = headerEnd ? body.slice(0, headerEnd.index + headerEnd[0].length) : body.slice(0, 6000);
  return firstScreen
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** The slices holding at least one character of the text, most-used first. */
export function slicesFor(text: string, slices: readonly FontSlice[]): string[] {
  const uses = new Map<string, number>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const slice = slices.find(({ ranges }) => ranges.some(([first, last]) => code >= first && code <= last));
    if (slice) uses.set(slice.url, (uses.get(slice.url) ?? 0) + 1);
  }
  return [...uses.entries()].sort((a, b) => b[1] - a[1]).map(([url]) => url);
}

/**
 * Puts one preload per font URL right after the page's last stylesheet (or at the end of
 * <head>): the render-blocking CSS is requested first, the fonts right behind it.
 */
export function addFontPreloads(html: string, urls: readonly string[]): string {
  if (urls.length === 0 || html.includes('rel="preload" as="font"')) return html;
  const links = urls.map((url) => `<link rel="preload" as="font" type="font/woff2" href="${url}" crossorigin>`).join('');
  const head = html.slice(0, html.indexOf('</head>'));
  const sheets = [...head.matchAll(/<link rel="stylesheet"[^>]*>/g)];
  const last = sheets.at(-1);
  const at = last ? last.index + last[0].length : head.length;
  return html.slice(0, at) + links + html.slice(at);
}

/** Every character of the texts that falls in a slice of the family, as a set of code points. */
function codePoints(texts: readonly string[]): Set<number> {
  const points = new Set<number>();
  for (const text of texts) for (const char of text) points.add(char.codePointAt(0)!);
  return points;
}

/**
 * The stylesheet without the family's @font-face slices that no character of the site falls in.
 * A browser downloads only the slices it needs anyway, but each rule costs bytes in the
 * render-blocking CSS: 120 rules of unicode-ranges are ~20 KB gzip, the few a course uses ~3 KB.
 */
export function dropUnusedSlices(css: string, family: string, siteTexts: readonly string[]): string {
  const used = codePoints(siteTexts);
  return css.replace(/@font-face\s*\{[^}]*\}/g, (block) => {
    const [slice] = fontSlices(block, family);
    if (!slice) return block;
    for (const code of used) if (slice.ranges.some(([first, last]) => code >= first && code <= last)) return block;
    return '';
  });
}
