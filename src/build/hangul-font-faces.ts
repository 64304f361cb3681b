// A Vite plugin that trims the self-hosted Korean font stylesheets (@fontsource) to the faces
// the site needs. The web fonts come first in the font stacks (src/styles/global.css) so that
// Chromium re-renders Hangul when a slice arrives; were the Latin slices kept, every English
// word and digit would wait for a download too. Dropping them hands Latin, Cyrillic and
// Vietnamese text to the system fonts next in the stack. The WOFF (not WOFF2) sources are
// dropped as well: every browser that runs the demos reads WOFF2.
import type { Plugin } from 'vite';

const fontPackage = /[\\/]@fontsource(?:-variable)?[\\/][^\\/]+[\\/][^\\/]+\.css$/;
const nonHangulFace = /\/\* [\w-]+-(?:latin|latin-ext|cyrillic|vietnamese|greek)-[\w-]+ \*\/\s*@font-face\s*\{[^}]*\}/g;
const woffSource = /,\s*url\([^)]+\.woff\) format\('woff'\)/g;

/** The stylesheet with only the Hangul/CJK slices, each with its WOFF2 source only. */
export function keepHangulFaces(css: string): string {
  return css.replace(nonHangulFace, '').replace(woffSource, '');
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
