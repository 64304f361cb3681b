import { describe, expect, it } from 'vitest';
import { addFontPreloads, dropUnusedSlices, firstScreenText, fontSlices, slicesFor } from '../../src/build/font-preload';

const css = `@font-face{font-family:Noto Sans KR Variable;src:url(/_astro/a.woff2) format("woff2-variations");unicode-range:U+ac00-ac10,U+41-5a}
@font-face{font-family:Noto Sans KR Variable;src:url(/_astro/b.woff2) format("woff2-variations");unicode-range:U+b000-b010}
@font-face{font-family:Noto Sans KR Variable;src:url(/_astro/c.woff2) format("woff2-variations");unicode-range:U+c000-c010}
@font-face{font-family:KaTeX_Main;src:url(/_astro/k.woff2) format("woff2")}`;

describe('font preloads', () => {
  it('reads the slices of one family with their ranges', () => {
    expect(fontSlices(css, 'Noto Sans KR Variable').map((slice) => slice.url)).toEqual(['/_astro/a.woff2', '/_astro/b.woff2', '/_astro/c.woff2']);
  });

  it('preloads the slices the first screen uses, most used first, and nothing past the lecture header', () => {
    const html = `<html><head><link rel="stylesheet" href="/x.css"></head><body><header>가가가 A</header><header class="lecture-header"><h1>뀀</h1></header><p>${String.fromCodePoint(0xc000)}</p></body></html>`;
    const urls = slicesFor(firstScreenText(html), fontSlices(css, 'Noto Sans KR Variable'));
    expect(urls).toEqual(['/_astro/a.woff2', '/_astro/b.woff2']);
    const withPreloads = addFontPreloads(html, urls);
    expect(withPreloads).toContain('<link rel="stylesheet" href="/x.css"><link rel="preload" as="font" type="font/woff2" href="/_astro/a.woff2" crossorigin><link rel="preload" as="font" type="font/woff2" href="/_astro/b.woff2" crossorigin></head>');
  });

  it('drops the rules of slices no text of the site falls in, and leaves other families alone', () => {
    const trimmed = dropUnusedSlices(css, 'Noto Sans KR Variable', ['가', 'plain ASCII']);
    expect(trimmed).toContain('/_astro/a.woff2');
    expect(trimmed).not.toContain('/_astro/b.woff2');
    expect(trimmed).not.toContain('/_astro/c.woff2');
    expect(trimmed).toContain('KaTeX_Main');
  });
});
