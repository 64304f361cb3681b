// Finishes the static site after Astro has written it: the Korean font keeps only the slices
// the site uses, each cut to the site's characters (font-subset.ts); every page gets preloads
// for its first screen's slices and its Content-Security-Policy (hashes of its own inline scripts), then pagefind indexes the pages.
// A hook rather than a postbuild script so that every `astro build` (npm run build, test
// fixtures, the deploy workflow) produces the same finished site.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addContentSecurityPolicy } from './csp';
import { addFontPreloads, dropUnusedSlices, firstScreenText, fontSlices, slicesFor } from './font-preload';
import { removeUnreferencedFonts, subsetFontSlices } from './font-subset';
import { writeSearchIndex } from './search-index';
import { HANGUL_ONLY_FAMILY } from './hangul-font-faces';

async function filesEndingIn(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => join(entry.parentPath, entry.name));
}
const htmlFiles = (dir: string) => filesEndingIn(dir, '.html');

/**
 * Trims the Korean font to what some character of the site needs: the pages and the scripts
 * (demo labels, messages), so text a script writes later is covered too. First the @font-face
 * rules of slices no character falls in, then each remaining slice to the characters used.
 */
async function trimKoreanFont(outDir: string, pages: readonly string[]): Promise<string> {
  const texts = await Promise.all([...pages, ...(await filesEndingIn(outDir, '.js'))].map((file) => readFile(file, 'utf8')));
  const sheets = await filesEndingIn(join(outDir, '_astro'), '.css');
  let dropped = 0;
  for (const sheet of sheets) {
    const css = await readFile(sheet, 'utf8');
    const trimmed = dropUnusedSlices(dropUnusedSlices(css, HANGUL_FAMILY, texts), HANGUL_ONLY_FAMILY, texts);
    if (trimmed === css) continue;
    dropped += fontSlices(css, HANGUL_FAMILY).length - fontSlices(trimmed, HANGUL_FAMILY).length;
    await writeFile(sheet, trimmed);
  }
  const subset = await subsetFontSlices(outDir, sheets, [HANGUL_FAMILY, HANGUL_ONLY_FAMILY], texts);
  const removed = await removeUnreferencedFonts(outDir, texts);
  const kb = (bytes: number) => (bytes / 1024).toFixed(0);
  return `${dropped} slices no page or script uses left out of the CSS; ${subset.slices} slices cut to the site's characters, ${kb(subset.bytesBefore)} KB -> ${kb(subset.bytesAfter)} KB; ${removed} font files no one refers to deleted`;
}

/** The self-hosted Korean face (src/layouts/Base.astro) and its Hangul-only twin for code. */
const HANGUL_FAMILY = 'Noto Sans KR Variable';
/** A first screen needs 3-6 slices; more would compete with the page's own CSS and scripts. */
const MAX_FONT_PRELOADS = 6;

/** The Hangul font slices declared in the stylesheets a page links to and in its inline styles. */
async function hangulSlices(outDir: string, html: string) {
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="[^"]*\/(_astro\/[^"/]+\.css)"/g)].map((match) => match[1]);
  const css = (await Promise.all(sheets.map((sheet) => readFile(join(outDir, sheet), 'utf8')))).join('\n');
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
  return fontSlices(`${css}\n${inline}`, HANGUL_FAMILY);
}

export function finishSite(): AstroIntegration {
  return {
    name: 'live-lectures:finish-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await htmlFiles(outDir);
        logger.info(`Korean font: ${await trimKoreanFont(outDir, pages)}`);
        for (const file of pages) {
          const html = await readFile(file, 'utf8');
          const preloads = slicesFor(firstScreenText(html), await hangulSlices(outDir, html)).slice(0, MAX_FONT_PRELOADS);
          await writeFile(file, addContentSecurityPolicy(addFontPreloads(html, preloads)));
        }
        logger.info(`Content-Security-Policy added to ${pages.length} pages`);
        const { pages: indexed } = await writeSearchIndex(outDir);
        logger.info(`pagefind indexed ${indexed} pages`);
      },
    },
  };
}
