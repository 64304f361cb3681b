// Cuts the self-hosted Korean font down to the characters the site uses. Noto Sans KR is split
// by unicode-range into ~120 slices of ~250 Hangul syllables each; a lecture touches ~20 of them
// but uses only a few dozen syllables of each, so a phone on a slow network downloaded ~440 KB of
// font for one page (Lighthouse: the largest part of its first paint). Each slice the site uses
// is subset (harfbuzz) to the site's characters in its range and written under a new
// content-hashed name, so a browser never reuses an older subset that lacks a newer character.
// Hangul that appears only later (a reader typing in a code cell) is drawn by the system's Korean
// font, the next in the stack; every page and script of the site is read, so nothing the site
// itself writes is missing.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { fontSlices } from './font-preload';

/** Printable ASCII is always kept: code a reader types is mostly ASCII. */
const ALWAYS_KEPT = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/** The characters of `used` that fall in any of the ranges, as a string. */
export function charactersIn(ranges: ReadonlyArray<[number, number]>, used: ReadonlySet<number>): string {
  const kept = [...new Set([...used, ...ALWAYS_KEPT])].filter((code) => ranges.some(([first, last]) => code >= first && code <= last));
  return String.fromCodePoint(...kept.sort((a, b) => a - b));
}

/** 'noto-sans-kr-119-wght-normal.SS-AArfl.woff2' + bytes -> 'noto-sans-kr-119-wght-normal.site-1a2b3c4d.woff2'. */
export function subsetName(original: string, bytes: Uint8Array): string {
  const stem = basename(original).replace(/\.[^.]+\.woff2$/, '').replace(/\.woff2$/, '');
  return `${stem}.site-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.woff2`;
}

export interface SubsetReport {
  slices: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Subsets every WOFF2 slice of the families that the stylesheets in `sheets` (paths under
 * `outDir`) declare, to the characters in `texts`, and points the stylesheets at the subsets.
 */
export async function subsetFontSlices(outDir: string, sheets: readonly string[], families: readonly string[], texts: readonly string[]): Promise<SubsetReport> {
  const used = new Set<number>();
  for (const text of texts) for (const char of text) used.add(char.codePointAt(0)!);
  const css = new Map<string, string>();
  for (const sheet of sheets) css.set(sheet, await readFile(sheet, 'utf8'));
  // One file may serve several rules (the Hangul-only twin reuses the slices): keep the union.
  const rangesByUrl = new Map<string, Array<[number, number]>>();
  for (const text of css.values()) {
    for (const family of families) {
      for (const slice of fontSlices(text, family)) rangesByUrl.set(slice.url, [...(rangesByUrl.get(slice.url) ?? []), ...slice.ranges]);
    }
  }
  const renamed = new Map<string, string>();
  const report: SubsetReport = { slices: 0, bytesBefore: 0, bytesAfter: 0 };
  for (const [url, ranges] of rangesByUrl) {
    const file = join(outDir, '_astro', basename(url));
    const original = await readFile(file);
    const subset = await subsetFont(original, charactersIn(ranges, used), { targetFormat: 'woff2' });
    const name = subsetName(url, subset);
    await writeFile(join(dirname(file), name), subset);
    await rm(file);
    renamed.set(url, `${url.slice(0, url.length - basename(url).length)}${name}`);
    report.slices++;
    report.bytesBefore += original.length;
    report.bytesAfter += subset.length;
  }
  for (const [sheet, text] of css) {
    let updated = text;
    for (const [from, to] of renamed) updated = updated.split(from).join(to);
    if (updated !== text) await writeFile(sheet, updated);
  }
  return report;
}

/**
 * Deletes the font files under `_astro` that nothing refers to any more: the slices no character
 * of the site falls in (Vite emits every slice the package's stylesheet lists) and the originals
 * of the subsets. Returns how many were deleted.
 */
export async function removeUnreferencedFonts(outDir: string, texts: readonly string[]): Promise<number> {
  const assets = join(outDir, '_astro');
  const names = await readdir(assets);
  const sheets = await Promise.all(names.filter((name) => name.endsWith('.css')).map((name) => readFile(join(assets, name), 'utf8')));
  const everything = [...sheets, ...texts];
  const unused = names.filter((name) => /\.(woff2?|ttf)$/.test(name) && !everything.some((text) => text.includes(name)));
  await Promise.all(unused.map((name) => rm(join(assets, name))));
  return unused.length;
}
