// Builds the standalone embed bundle (/embed/demos.js and its lazy chunks) after the site:
// a plain Vite build with a relative base, so its chunks and WASM files resolve next to the
// bundle wherever the site is deployed and whichever origin the host page has.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const EMBED_BUNDLE_ENTRY = 'src/embed/bundle.ts';

export function embedBundle(): AstroIntegration {
  return {
    name: 'live-lectures:embed-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(new URL('embed/', dir));
        await build({
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          base: './',
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2022',
            chunkSizeWarningLimit: 1000,
            rollupOptions: {
              input: EMBED_BUNDLE_ENTRY,
              preserveEntrySignatures: false,
              output: {
                entryFileNames: 'demos.js',
                chunkFileNames: 'chunks/[name]-[hash].js',
                assetFileNames: 'chunks/[name]-[hash][extname]',
              },
            },
          },
        });
        logger.info(`embed bundle written to ${outDir}demos.js`);
      },
    },
  };
}
