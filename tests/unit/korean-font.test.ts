// The build's Korean font (src/build/korean-font.ts), cut from the real Noto Sans KR files.
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutKoreanFont, siteCharacters, sourceFont } from '../../src/build/korean-font';
import { HANGUL_ONLY_FAMILY, KOREAN_FAMILY, koreanFontFaces, placeholderFile, weightOfPlaceholder } from '../../src/lib/korean-font-faces';

async function builtSite(page: string) {
  const outDir = await mkdtemp(join(tmpdir(), 'korean-font-'));
  const assets = join(outDir, '_astro');
  await mkdir(assets);
  const html = join(outDir, 'index.html');
  await writeFile(html, page);
  return { assets, html, built: new Map([[html, page]]) };
}

const pageNaming = (text: string) =>
  `<link rel="preload" href="/_astro/${placeholderFile(400)}"><style>${koreanFontFaces((weight) => `/_astro/${placeholderFile(weight)}`)}</style><p>${text}</p>`;

describe('koreanFontFaces', () => {
  it('declares regular and bold of the face, and a Hangul-only twin of each, with font-display: swap', () => {
    const css = koreanFontFaces((weight) => `/f-${weight}.woff2`);
    const rules = css.match(/@font-face\{[^}]*\}/g)!;
    expect(rules).toHaveLength(4);
    for (const rule of rules) expect(rule).toContain('font-display:swap');
    const main = rules.filter((rule) => rule.includes(`'${KOREAN_FAMILY}'`));
    expect(main.map((rule) => /url\(([^)]+)\)/.exec(rule)![1])).toEqual(['/f-400.woff2', '/f-700.woff2']);
    expect(main.some((rule) => rule.includes('unicode-range'))).toBe(false);
    const twins = rules.filter((rule) => rule.includes(`'${HANGUL_ONLY_FAMILY}'`));
    expect(twins).toHaveLength(2);
    for (const twin of twins) expect(twin).toMatch(/unicode-range:[^;}]*U\+AC00-D7AF/);
    expect(twins.some((twin) => /unicode-range:[^;}]*U\+(0|20|41)\b/.test(twin))).toBe(false);
  });
});

describe('placeholder file names', () => {
  it('name a weight and are read back; other names are not placeholders', () => {
    expect(weightOfPlaceholder(placeholderFile(400))).toBe(400);
    expect(weightOfPlaceholder(placeholderFile(700))).toBe(700);
    expect(weightOfPlaceholder('korean-font-500.pending.woff2')).toBeUndefined();
    expect(weightOfPlaceholder('noto-sans-kr-400.site-1a2b3c4d.woff2')).toBeUndefined();
  });
});

describe('siteCharacters', () => {
  it('keeps each character once, in code-point order, with printable ASCII and without control characters', () => {
    const characters = siteCharacters(['하가\n가', '→']);
    expect([...characters].filter((char) => char > '~')).toEqual(['→', '가', '하']);
    expect(characters).toContain('A');
    expect(characters).toContain('~');
    expect(characters).not.toContain('\n');
  });
});

describe('cutKoreanFont', () => {
  it('writes one small file per weight and names it in place of the placeholders', async () => {
    const { assets, html, built } = await builtSite(pageNaming('하가'));
    const report = await cutKoreanFont(assets, built);
    const written = await readdir(assets);
    expect(written.sort()).toEqual([report.files[400], report.files[700]].sort());
    for (const name of written) {
      expect(name).toMatch(/^noto-sans-kr-(400|700)\.site-[0-9a-f]{8}\.woff2$/);
      const bytes = await readFile(join(assets, name));
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(bytes.length).toBeLessThan((await stat(sourceFont(400))).size / 100);
    }
    const page = await readFile(html, 'utf8');
    expect(page).not.toContain('.pending.woff2');
    expect(page).toContain(`/_astro/${report.files[400]}`);
    expect(page).toContain(`url(/_astro/${report.files[700]})`);
    expect(report.filesUpdated).toBe(1);
  }, 60_000);

  it('gives the same text the same names and more text a bigger file under another name', async () => {
    const first = await builtSite(pageNaming('하'));
    const again = await builtSite(pageNaming('하'));
    const more = await builtSite(pageNaming('하가나다라마바사아자차카타파'));
    const a = await cutKoreanFont(first.assets, first.built);
    const b = await cutKoreanFont(again.assets, again.built);
    const c = await cutKoreanFont(more.assets, more.built);
    expect(b.files).toEqual(a.files);
    expect(c.files[400]).not.toBe(a.files[400]);
    expect(c.bytes).toBeGreaterThan(a.bytes);
  }, 60_000);
});
