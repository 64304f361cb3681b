// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { fileURLToPath } from 'node:url';
import rehypeFailOnMathError from './src/build/rehype-fail-on-math-error.ts';
import { embedBundle } from './src/build/embed-bundle.ts';

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
  integrations: [mdx(), embedBundle()],
  markdown: {
    remarkPlugins: [remarkMath],
    // KaTeX renders at build time; a formula it cannot parse fails the build (see the plugin).
    rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }], rehypeFailOnMathError],
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      wrap: false,
    },
  },
  vite: {
    resolve: {
      alias: {
        '@components': fileURLToPath(new URL('./components', import.meta.url)),
        '@lib': fileURLToPath(new URL('./src/lib', import.meta.url)),
      },
    },
  },
});
