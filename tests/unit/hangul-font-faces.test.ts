import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepHangulFaces } from '../../src/build/hangul-font-faces';

const faces = (css: string) => css.match(/@font-face/g)?.length ?? 0;

describe('keepHangulFaces', () => {
  it('keeps every numbered (Hangul/CJK) slice of Noto Sans KR and drops the Latin, Cyrillic and Vietnamese ones', () => {
    const css = readFileSync('node_modules/@fontsource-variable/noto-sans-kr/wght.css', 'utf8');
    const trimmed = keepHangulFaces(css);
    expect(faces(css)).toBe(124);
    expect(faces(trimmed)).toBe(120);
    expect(trimmed).toContain("font-family: 'Noto Sans KR Variable'");
    expect(trimmed).not.toMatch(/-(latin|latin-ext|cyrillic|vietnamese)-wght/);
    expect(trimmed).not.toMatch(/unicode-range: U\+0000-00FF/);
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
