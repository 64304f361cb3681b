import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hangulPart, keepHangulFaces } from '../../src/build/hangul-font-faces';

const faces = (css: string) => css.match(/@font-face/g)?.length ?? 0;

describe('keepHangulFaces', () => {
  it('keeps every numbered (Hangul/CJK) slice of Noto Sans KR and drops the Latin, Cyrillic and Vietnamese ones', () => {
    const css = readFileSync('node_modules/@fontsource-variable/noto-sans-kr/wght.css', 'utf8');
    const trimmed = keepHangulFaces(css);
    const family = (name: string) => trimmed.match(new RegExp(`font-family: '${name}'`, 'g'))?.length ?? 0;
    expect(faces(css)).toBe(124);
    expect(family('Noto Sans KR Variable')).toBe(120);
    // The Hangul-only twins: one per slice with Hangul syllables or jamo in it.
    expect(family('Noto Sans KR Hangul')).toBeGreaterThan(80);
    expect(family('Noto Sans KR Hangul')).toBeLessThan(120);
    expect(trimmed).not.toMatch(/-(latin|latin-ext|cyrillic|vietnamese)-wght/);
    expect(trimmed).not.toMatch(/unicode-range: U\+0000-00FF/);
    const twins = trimmed.slice(trimmed.indexOf("font-family: 'Noto Sans KR Hangul'"));
    const inHangulBlocks = (first: number, last: number) =>
      [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7ff]].some(([from, to]) => first >= from && last <= to);
    for (const [, ranges] of twins.matchAll(/unicode-range: ([^;}]+)/g)) {
      for (const range of ranges.split(',')) {
        const [first, last = first] = range.trim().slice(2).split('-').map((value) => parseInt(value, 16));
        expect(inHangulBlocks(first, last), range).toBe(true);
      }
    }
  });

  it('keeps only the Hangul part of a unicode-range for the twins', () => {
    expect(hangulPart('U+20-22,U+41-5a,U+ac00-ac10,U+3131,U+4e00-4e10')).toBe('U+ac00-ac10,U+3131');
    expect(hangulPart('U+d723-d728,U+f900-f909')).toBe('U+d723-d728');
    expect(hangulPart('U+20-7e')).toBe('');
  });

  it('drops WOFF sources and keeps WOFF2', () => {
    const css = `/* x-[1]-400-normal */
@font-face {
  font-family: 'X';
  src: url(./files/x-1-400-normal.woff2) format('woff2'), url(./files/x-1-400-normal.woff) format('woff');
  unicode-range: U+ac00-ac10;
}`;
    expect(keepHangulFaces(css)).toContain("src: url(./files/x-1-400-normal.woff2) format('woff2');");
    expect(keepHangulFaces(css)).not.toContain('.woff)');
  });
});
