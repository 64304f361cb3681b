// Finishes the static site after Astro has written it: every page gets its
// Content-Security-Policy (hashes of its own inline scripts), then pagefind indexes the pages.
// A hook rather than a postbuild script so that every `astro build` (npm run build, test
// fixtures, the deploy workflow) produces the same finished site.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addContentSecurityPolicy } from './csp';
import { writeSearchIndex } from './search-index';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function finishSite(): AstroIntegration {
  return {
    name: 'live-lectures:finish-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await htmlFiles(outDir);
        for (const file of pages) await writeFile(file, addContentSecurityPolicy(await readFile(file, 'utf8')));
        logger.info(`Content-Security-Policy added to ${pages.length} pages`);
        const { pages: indexed } = await writeSearchIndex(outDir);
        logger.info(`pagefind indexed ${indexed} pages`);
      },
    },
  };
}
