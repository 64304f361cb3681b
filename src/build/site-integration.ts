// Finishes the static site after Astro has written it: the Korean font is cut to the site's
// characters and the pages are pointed at it (korean-font.ts); every page gets its
// Content-Security-Policy (hashes of its own inline scripts), then pagefind indexes the pages.
// A hook rather than a postbuild script so that every `astro build` (npm run build, test
// fixtures, the deploy workflow) produces the same finished site. In `astro dev` the same
// placeholder font URLs are answered with the whole font file.
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addContentSecurityPolicy } from './csp';
import { cutKoreanFont, sourceFont } from './korean-font';
import { weightOfPlaceholder } from '../lib/korean-font-faces';
import { writeSearchIndex } from './search-index';

async function filesEndingIn(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Cuts the Korean font to what some character of the site needs: the pages and the scripts
 * (demo labels, messages), so text a script writes later is covered too.
 */
async function finishKoreanFont(outDir: string, pages: readonly string[]): Promise<string> {
  const files = [...pages, ...(await filesEndingIn(outDir, '.js')), ...(await filesEndingIn(outDir, '.css'))];
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  const report = await cutKoreanFont(join(outDir, '_astro'), new Map(files.map((file, index) => [file, texts[index]])));
  return `Korean font cut to the site's ${report.characters} characters: ${Object.values(report.files).join(', ')} (${(report.bytes / 1024).toFixed(0)} KB), named in ${report.filesUpdated} files`;
}

export function finishSite(): AstroIntegration {
  return {
    name: 'live-lectures:finish-site',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const weight = weightOfPlaceholder(new URL(request.url ?? '/', 'http://dev').pathname.split('/').pop() ?? '');
          if (weight === undefined) return next();
          // Browsers read a TrueType file whatever the format() hint says.
          response.setHeader('content-type', 'font/ttf');
          createReadStream(sourceFont(weight)).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await filesEndingIn(outDir, '.html');
        logger.info(await finishKoreanFont(outDir, pages));
        for (const file of pages) await writeFile(file, addContentSecurityPolicy(await readFile(file, 'utf8')));
        logger.info(`Content-Security-Policy added to ${pages.length} pages`);
        const { pages: indexed } = await writeSearchIndex(outDir);
        logger.info(`pagefind indexed ${indexed} pages`);
      },
    },
  };
}
