// The usual setup of a browser suite: the built site served on localhost and one Chromium
// (CPU raster unless the suite needs WebGL/WebGPU), both closed after the file's tests.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { distDir, requireBuild } from './site';

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
}

/** Call at the top of a test file; the returned object is filled before the first test runs. */
export function useBuiltSite(options: { gpu?: boolean } = {}): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(requireBuild(distDir, 'npm run build'));
    site.browser = await launchChromium({ gpu: options.gpu ?? false });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
