// A Vite plugin that trims the self-hosted Korean font stylesheet (@fontsource) to what the
// site needs, and adds a Hangul-only twin of the face for code.
//  - The Latin, Latin-ext, Cyrillic and Vietnamese slices go: the Korean slices already carry
//    the ASCII letters, digits and punctuation Korean text uses, and anything rarer is left to
//    the system fonts next in the stack.
//  - 'Noto Sans KR Hangul' is the same files restricted to Hangul by unicode-range. Code lists it
//    first so that Hangul in comments is drawn in Noto while every Latin letter stays in the
//    monospace font (the full face would make code proportional: its slices include ASCII).
//  - WOFF (not WOFF2) sources, where a package lists them, go: every browser that runs the
//    demos reads WOFF2.
import type { Plugin } from 'vite';

export const HANGUL_ONLY_FAMILY = 'Noto Sans KR Hangul';
/** Hangul Jamo, Hangul Compatibility Jamo, Jamo Extended-A, Hangul Syllables, Jamo Extended-B. */
const HANGUL_BLOCKS: Array<[number, number]> = [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7af], [0xd7b0, 0xd7ff]];

const fontPackage = /[\\/]@fontsource(?:-variable)?[\\/][^\\/]+[\\/][^\\/]+\.css$/;
const nonHangulFace = /\/\* [\w-]+-(?:latin|latin-ext|cyrillic|vietnamese|greek)-[\w-]+ \*\/\s*@font-face\s*\{[^}]*\}/g;
const woffSource = /,\s*url\([^)]+\.woff\) format\('woff'\)/g;

const hex = (value: number) => value.toString(16);

/** The part of a unicode-range list inside the Hangul blocks, or '' when none is. */
export function hangulPart(unicodeRange: string): string {
  const parts: string[] = [];
  for (const range of unicodeRange.split(',')) {
    const [first, last = first] = range.trim().replace(/^U\+/i, '').split('-').map((value) => parseInt(value, 16));
    for (const [blockFirst, blockLast] of HANGUL_BLOCKS) {
      const from = Math.max(first, blockFirst);
      const to = Math.min(last, blockLast);
      if (from <= to) parts.push(from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);
    }
  }
  return parts.join(',');
}

/** The Hangul-only twin of each face that has Hangul in its unicode-range. */
function hangulTwins(css: string): string {
  return [...css.matchAll(/@font-face\s*\{[^}]*\}/g)]
    .map(([block]) => {
      const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1];
      const hangul = range ? hangulPart(range) : '';
      if (!hangul) return '';
      return block.replace(/font-family:[^;]+;/, `font-family: '${HANGUL_ONLY_FAMILY}';`).replace(/unicode-range:\s*[^;}]+/, `unicode-range: ${hangul}`);
    })
    .filter(Boolean)
    .join('\n');
}

/** The stylesheet with only the Hangul/CJK slices, each with its WOFF2 source only, plus their Hangul-only twins. */
export function keepHangulFaces(css: string): string {
  const trimmed = css.replace(nonHangulFace, '').replace(woffSource, '');
  return `${trimmed}\n${hangulTwins(trimmed)}\n`;
}

export function hangulFontFaces(): Plugin {
  return {
    name: 'live-lectures:hangul-font-faces',
    enforce: 'pre',
    transform(code, id) {
      if (!fontPackage.test(id.split('?')[0])) return undefined;
      return { code: keepHangulFaces(code), map: null };
    },
  };
}
