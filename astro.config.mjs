// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { fileURLToPath } from 'node:url';
import rehypeFailOnMathError from './src/build/rehype-fail-on-math-error.ts';
import remarkRunnableCells from './src/build/remark-runnable-cells.ts';
import { embedBundle } from './src/build/embed-bundle.ts';
import { finishSite } from './src/build/site-integration.ts';

// SITE_URL and BASE_PATH let the same code deploy at a domain root or under a sub-path
// (GitHub Pages project sites are served from /<repo>/).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // A second build (tests, base-path checks) can write elsewhere without clobbering dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Fixture builds in tests use their own cache, so one build's content store never leaks into another.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // embedBundle: the standalone /embed/demos.js; finishSite: the Korean font cut to the site's
  // characters, CSP <meta> on every page, then the pagefind search index (src/build/).
  integrations: [mdx(), embedBundle(), finishSite()],
  // Every page's CSS goes in its own <style>: a first visit then waits for no stylesheet request
  // before it can paint (Lighthouse on a phone: speed index 3.9-4.0 s -> 2.4-3.9 s). The CSS is
  // ~10 KB gzip a page, and the fonts, the large part, stay separate files cached across pages.
  build: { inlineStylesheets: 'always' },
  markdown: {
    // remarkRunnableCells: a ```python run block in MDX becomes a live code cell (<torch-cell>).
    remarkPlugins: [remarkMath, remarkRunnableCells],
    // KaTeX renders at build time; a formula it cannot parse fails the build (see the plugin).
    rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }], rehypeFailOnMathError],
    shikiConfig: {
      // The *-default GitHub themes meet WCAG AA contrast; the older github-light/dark do not
      // (orange #e36209 on white 3.5:1, grey comments on #24292e 3.0:1).
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      wrap: false,
    },
  },
  vite: {
    // The code cells' Python worker is an ES module (new Worker(..., { type: 'module' })), so it
    // may split lazily loaded parts into chunks like the page does.
    worker: { format: 'es' },
    build: {
      // Never inline fonts as data: URIs (Vite inlines files under 4 KB, e.g. KaTeX_Size3):
      // the CSP allows fonts from 'self' only, and a font file is cached once for every page.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    },
    resolve: {
      alias: {
        '@components': fileURLToPath(new URL('./components', import.meta.url)),
        '@lib': fileURLToPath(new URL('./src/lib', import.meta.url)),
      },
    },
  },
});
