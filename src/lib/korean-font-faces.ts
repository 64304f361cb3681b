// The names and @font-face rules of the site's self-hosted Korean face (Noto Sans KR, regular
// and bold). Safe for the browser: the one-script-tag embed registers the same face on a
// teacher's page. The files are cut after the build (src/build/korean-font.ts), which puts
// each subset's hashed name in place of its placeholder in every built page and script.

/** The face for all text. Not plain 'Noto Sans KR', so a locally installed copy is never mistaken for it. */
export const KOREAN_FAMILY = 'Noto Sans KR Web';
/**
 * The same files limited to Hangul by unicode-range. Code lists it before its monospace font so
 * that Hangul in comments is drawn in Noto while every Latin letter stays monospaced.
 */
export const HANGUL_ONLY_FAMILY = 'Noto Sans KR Hangul';
export const KOREAN_WEIGHTS = [400, 700] as const;
export type KoreanWeight = (typeof KOREAN_WEIGHTS)[number];

/** Hangul Jamo, Compatibility Jamo, Jamo Extended-A, Syllables, Jamo Extended-B. */
const HANGUL_RANGE = 'U+1100-11FF,U+3130-318F,U+A960-A97F,U+AC00-D7AF,U+D7B0-D7FF';

/** Written out whole (not built from the weight) so the build finds them in minified scripts. */
const PLACEHOLDERS: Record<KoreanWeight, string> = {
  400: 'korean-font-400.pending.woff2',
  700: 'korean-font-700.pending.woff2',
};

/** The file name pages use until the build has cut the subset: 'korean-font-400.pending.woff2'. */
export function placeholderFile(weight: KoreanWeight): string {
  return PLACEHOLDERS[weight];
}

/** The weight a placeholder file name stands for, or undefined when the name is not one. */
export function weightOfPlaceholder(fileName: string): KoreanWeight | undefined {
  return KOREAN_WEIGHTS.find((weight) => PLACEHOLDERS[weight] === fileName);
}

/**
 * The @font-face rules of both families, each weight at `urlOf(weight)`. font-display: swap,
 * so text is readable in a fallback face while the file is on its way.
 */
export function koreanFontFaces(urlOf: (weight: KoreanWeight) => string): string {
  const face = (family: string, weight: KoreanWeight, range?: string) =>
    `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};font-display:swap;` +
    `src:url(${urlOf(weight)}) format('woff2')${range ? `;unicode-range:${range}` : ''}}`;
  return KOREAN_WEIGHTS.flatMap((weight) => [face(KOREAN_FAMILY, weight), face(HANGUL_ONLY_FAMILY, weight, HANGUL_RANGE)]).join('\n');
}

/**
 * Adds the face to a page that does not have it (a teacher's page running /embed/demos.js),
 * with the files from `assets` (the course site's /_astro/). The browser fetches them only when
 * a demo draws Korean text, with CORS: the course site must allow it (GitHub Pages does).
 */
export function registerKoreanFont(assets: URL, fonts: FontFaceSet = document.fonts): void {
  if ([...fonts].some((face) => face.family.replace(/["']/g, '') === KOREAN_FAMILY)) return;
  for (const weight of KOREAN_WEIGHTS) {
    const url = new URL(placeholderFile(weight), assets).href;
    fonts.add(new FontFace(KOREAN_FAMILY, `url(${url}) format('woff2')`, { weight: String(weight), display: 'swap' }));
  }
}
