// The site deployed under a sub-path (GitHub Pages project sites): built with BASE_PATH=/course/
// (`npm run build:subpath`), the lecture, the embed pages and the script-tag bundle all work from there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { lectureId, requireBuild, subpathSite } from '../support/site';
import { startAndWait } from '../support/demo-page';

let site: StaticServer;
let host: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(requireBuild(subpathSite.distDir, 'npm run build:subpath'), { base: subpathSite.base });
  host = await serveStatic('tests', {
    base: '/no-files/',
    pages: { '/': `<!doctype html><html lang="ko"><body><script type="module" src="${site.origin}/course/embed/demos.js"></script><logistic-train-demo epochs="100" backend="cpu"></logistic-train-demo></body></html>` },
  });
  browser = await launchChromium({ gpu: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

describe('built with BASE_PATH=/course/', () => {
  it('serves the lecture with every asset under /course/', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    // Resources the page asks for (Chromium's own favicon probe, type "other", is not one of them).
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'other') failed.push(response.url());
    });
    await page.goto(`${site.origin}/course/lectures/${lectureId}/`, { waitUntil: 'networkidle' });
    await expect(page.locator('h1').textContent()).resolves.toContain('로지스틱 회귀');
    const demo = page.locator('logistic-train-demo').first();
    await demo.evaluate((element) => element.setAttribute('epochs', '100'));
    await demo.evaluate((element) => element.setAttribute('backend', 'wasm'));
    await demo.scrollIntoViewIfNeeded();
    expect((await startAndWait(demo)).type).toBe('demo-done');
    expect(failed).toEqual([]);
    await page.close();
  });

  it('serves the iframe pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/course/embed/loss-compare/?epochs=100&backend=cpu&autoplay`);
    await expect.poll(() => page.locator('loss-compare-demo').getAttribute('status'), { timeout: 60_000 }).toBe('done');
    await page.close();
  });

  it('serves the script-tag bundle, whose chunks load from /course/embed/', async () => {
    const page = await browser.newPage();
    const chunkUrls: string[] = [];
    page.on('request', (request) => request.url().includes('/chunks/') && chunkUrls.push(request.url()));
    await page.goto(host.origin + '/');
    const demo = page.locator('logistic-train-demo');
    const { type, detail } = await startAndWait(demo);
    expect(type).toBe('demo-done');
    expect(detail.epoch).toBe(100);
    expect(chunkUrls.length).toBeGreaterThan(0);
    expect(chunkUrls.every((url) => url.startsWith(`${site.origin}/course/embed/chunks/`))).toBe(true);
    // Share links from the bundle point at the course site, not at the host page.
    const shared = await demo.locator('.ll-share input').nth(1).inputValue();
    expect(shared).toBe(`${site.origin}/course/embed/logistic-train/?epochs=100&backend=cpu`);
    await page.close();
  });
});
