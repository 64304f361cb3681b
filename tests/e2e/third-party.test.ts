// No page of the built site talks to another origin: every request that leaves the site's
// origin is blocked and recorded, and the record must stay empty.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { servedPath } from '../support/link-check';
import { serveStatic, type StaticServer } from '../support/static-server';
import { distDir, requireBuild } from '../support/site';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(requireBuild(distDir, 'npm run build'));
  browser = await launchChromium({ gpu: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => servedPath(distDir, `${distDir}/${file}`, '/'));

describe('no third parties', () => {
  it('finds every built page', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/lectures/01-logistic-regression/']));
  });

  it.each(pages)('%s makes no request to another origin, even when read to the end', async (path) => {
    const context = await browser.newContext();
    const elsewhere: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    // Scroll through so lazy parts (demos, their tfjs backends, fonts) load too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((done) => setTimeout(done, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
    await context.close();
  });
});
