// Finishes the static site after Astro has written it: the Korean font's CSS keeps only the
// slices the site uses, every page gets preloads for its first screen's slices and its
// Content-Security-Policy (hashes of its own inline scripts), then pagefind indexes the pages.
// A hook rather than a postbuild script so that every `astro build` (npm run build, test
// fixtures, the deploy workflow) produces the same finished site.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addContentSecurityPolicy } from './csp';
import { addFontPreloads, dropUnusedSlices, firstScreenText, fontSlices, slicesFor } from './font-preload';
import { writeSearchIndex } from './search-index';
import { HANGUL_ONLY_FAMILY } from './hangul-font-faces';

async function filesEndingIn(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => join(entry.parentPath, entry.name));
}
const htmlFiles = (dir: string) => filesEndingIn(dir, '.html');

/**
 * Trims the Korean font's @font-face rules to the slices some character of the site needs: the
 * pages and the scripts (demo labels, messages), so text a script writes later is covered too.
 */
async function dropUnusedFontSlices(outDir: string, pages: readonly string[]): Promise<number> {
  const texts = await Promise.all([...pages, ...(await filesEndingIn(outDir, '.js'))].map((file) => readFile(file, 'utf8')));
  let dropped = 0;
  for (const sheet of await filesEndingIn(join(outDir, '_astro'), '.css')) {
    const css = await readFile(sheet, 'utf8');
    const trimmed = dropUnusedSlices(dropUnusedSlices(css, HANGUL_FAMILY, texts), HANGUL_ONLY_FAMILY, texts);
    if (trimmed === css) continue;
    dropped += fontSlices(css, HANGUL_FAMILY).length - fontSlices(trimmed, HANGUL_FAMILY).length;
    await writeFile(sheet, trimmed);
  }
  return dropped;
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
        const dropped = await dropUnusedFontSlices(outDir, pages);
        logger.info(`Korean font: ${dropped} slices no page or script uses left out of the CSS`);
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
