// The self-hosted Korean face: Noto Sans KR (Google Fonts' static regular and bold, from
// @expo-google-fonts/noto-sans-kr), so Hangul never renders as boxes on a machine without a
// Korean font. After the build each weight is cut (harfbuzz, `subset-font`) to the characters
// the site's pages and scripts write, and ships as ONE woff2 file per weight (~60 KB).
//
// Why one file and not Google's ~120 unicode-range slices: a lecture page needed ~14 slices,
// and each slice that arrived made the browser lay the page out again. On a phone those
// relayouts were most of the main thread's blocking time (Lighthouse TBT 110-420 ms); with one
// file per weight there are two.
//
// A page cannot know a subset's name while Astro renders it (the subset needs every page's
// text), so pages and scripts write a placeholder file name (src/lib/korean-font-faces.ts) and
// `cutKoreanFont` replaces it with the subset's content-hashed name in every built file. The
// hash means a browser never reuses an older subset that lacks a newer character. Hangul that
// appears only later (a reader typing in a code cell) is drawn by the system's Korean font,
// next in the stack.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { KOREAN_WEIGHTS, placeholderFile, type KoreanWeight } from '../lib/korean-font-faces';

const SOURCE_FILES: Record<KoreanWeight, string> = {
  400: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
};

/** The full font file of a weight in node_modules (6 MB; never shipped as is). */
export function sourceFont(weight: KoreanWeight): string {
  return createRequire(import.meta.url).resolve(SOURCE_FILES[weight]);
}

/** Printable ASCII is always kept: code a reader types is mostly ASCII. */
const ALWAYS_KEPT = String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i));

/** Every distinct character of the texts plus printable ASCII, in code-point order. */
export function siteCharacters(texts: readonly string[]): string {
  const used = new Set<number>();
  for (const text of [ALWAYS_KEPT, ...texts]) for (const char of text) used.add(char.codePointAt(0)!);
  return String.fromCodePoint(...[...used].filter((code) => code >= 0x20).sort((a, b) => a - b));
}

/** 400 + bytes -> 'noto-sans-kr-400.site-1a2b3c4d.woff2'. */
export function subsetName(weight: KoreanWeight, bytes: Uint8Array): string {
  return `noto-sans-kr-${weight}.site-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.woff2`;
}

export interface KoreanFontReport {
  /** The subsets' names, by weight. */
  files: Record<KoreanWeight, string>;
  bytes: number;
  characters: number;
  /** How many built files named a placeholder. */
  filesUpdated: number;
}

/**
 * Cuts each weight to the characters of the built files (path -> text, read once by the
 * caller), writes it to `assetsDir` under its hashed name and puts that name in place of the
 * placeholder in each file that names one.
 */
export async function cutKoreanFont(assetsDir: string, builtFiles: ReadonlyMap<string, string>): Promise<KoreanFontReport> {
  const characters = siteCharacters([...builtFiles.values()]);
  const files = {} as Record<KoreanWeight, string>;
  let bytes = 0;
  for (const weight of KOREAN_WEIGHTS) {
    const subset = await subsetFont(await readFile(sourceFont(weight)), characters, { targetFormat: 'woff2' });
    files[weight] = subsetName(weight, subset);
    await writeFile(join(assetsDir, files[weight]), subset);
    bytes += subset.length;
  }
  let filesUpdated = 0;
  for (const [file, text] of builtFiles) {
    let updated = text;
    for (const weight of KOREAN_WEIGHTS) updated = updated.split(placeholderFile(weight)).join(files[weight]);
    if (updated === text) continue;
    await writeFile(file, updated);
    filesUpdated++;
  }
  return { files, bytes, characters: [...characters].length, filesUpdated };
}
