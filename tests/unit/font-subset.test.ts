// The build's font subsetting (src/build/font-subset.ts) on a real slice of Noto Sans KR.
import { mkdtemp, readdir, readFile, copyFile, mkdir, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charactersIn, removeUnreferencedFonts, subsetFontSlices, subsetName } from '../../src/build/font-subset';

const slice = 'noto-sans-kr-119-wght-normal.woff2';
const sliceRule = (url: string) => `@font-face{font-family:'Noto Sans KR Variable';src:url(${url}) format('woff2-variations');unicode-range:U+20-22,U+41-47,U+61-7b,U+ac00,U+ace0,U+d558;}`;

async function siteWithOneSlice() {
  const outDir = await mkdtemp(join(tmpdir(), 'font-subset-'));
  await mkdir(join(outDir, '_astro'));
  await copyFile(join('node_modules/@fontsource-variable/noto-sans-kr/files', slice), join(outDir, '_astro', 'noto-sans-kr-119-wght-normal.AbC123.woff2'));
  await copyFile(join('node_modules/@fontsource-variable/noto-sans-kr/files', 'noto-sans-kr-0-wght-normal.woff2'), join(outDir, '_astro', 'noto-sans-kr-0-wght-normal.Unused1.woff2'));
  const sheet = join(outDir, '_astro', 'page.css');
  await writeFile(sheet, `${sliceRule('/_astro/noto-sans-kr-119-wght-normal.AbC123.woff2')}body{color:red}`);
  return { outDir, sheet };
}

describe('charactersIn', () => {
  it('keeps the used characters inside the ranges, plus printable ASCII there, in code-point order', () => {
    const used = new Set([...'하가 글'].map((char) => char.codePointAt(0)!));
    const kept = charactersIn([[0x41, 0x43], [0xac00, 0xac00], [0xd558, 0xd558]], used);
    expect(kept).toBe('ABC가하');
  });
});

describe('subsetName', () => {
  it('replaces the original hash with one of the subset bytes, so a changed subset gets a new name', () => {
    const a = subsetName('/_astro/noto-sans-kr-119-wght-normal.AbC123.woff2', new Uint8Array([1, 2, 3]));
    const b = subsetName('/_astro/noto-sans-kr-119-wght-normal.AbC123.woff2', new Uint8Array([1, 2, 4]));
    expect(a).toMatch(/^noto-sans-kr-119-wght-normal\.site-[0-9a-f]{8}\.woff2$/);
    expect(a).not.toBe(b);
  });
});

describe('subsetFontSlices', () => {
  it('writes a smaller subset under a new name, points the stylesheet at it and removes the original', async () => {
    const { outDir, sheet } = await siteWithOneSlice();
    const before = (await stat(join(outDir, '_astro', 'noto-sans-kr-119-wght-normal.AbC123.woff2'))).size;
    const report = await subsetFontSlices(outDir, [sheet], ['Noto Sans KR Variable'], ['<p>하가</p>']);
    const css = await readFile(sheet, 'utf8');
    const name = /noto-sans-kr-119-wght-normal\.site-[0-9a-f]{8}\.woff2/.exec(css)?.[0];
    expect(name).toBeDefined();
    expect(css).toContain('body{color:red}');
    const after = (await stat(join(outDir, '_astro', name!))).size;
    expect(report).toEqual({ slices: 1, bytesBefore: before, bytesAfter: after });
    expect(after).toBeLessThan(before / 2);
    expect(await readdir(join(outDir, '_astro'))).not.toContain('noto-sans-kr-119-wght-normal.AbC123.woff2');
    // The same text gives the same bytes, so the same name: deploys without new characters keep the cache.
    const again = await siteWithOneSlice();
    await subsetFontSlices(again.outDir, [again.sheet], ['Noto Sans KR Variable'], ['<p>하가</p>']);
    expect(await readFile(again.sheet, 'utf8')).toContain(name!);
  });

  it('then deletes the font files nothing refers to', async () => {
    const { outDir, sheet } = await siteWithOneSlice();
    await subsetFontSlices(outDir, [sheet], ['Noto Sans KR Variable'], ['하']);
    expect(await removeUnreferencedFonts(outDir, ['<html></html>'])).toBe(1);
    const left = await readdir(join(outDir, '_astro'));
    expect(left.filter((name) => name.endsWith('.woff2'))).toHaveLength(1);
    expect(left).not.toContain('noto-sans-kr-0-wght-normal.Unused1.woff2');
  });
});
