// Speed budgets for the lecture page as a browser loads it (gzip sizes, as a static host
// would serve them): JS before any demo is on screen ≤ 15 KB, CSS ≤ 30 KB, KaTeX fonts only
// as woff2 and only those the page uses.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { lectureId } from '../support/site';

const KB = 1024;
const site = useBuiltSite();

async function gzipSize(response: Response): Promise<number> {
  return gzipSync(await response.body()).length;
}

describe('lecture page budgets', () => {
  it('loads ≤ 15 KB of JS and ≤ 30 KB of CSS (gzip) before a demo is on screen, and only woff2 fonts', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`${site.server.origin}/lectures/${lectureId}/`, { waitUntil: 'networkidle' });
    const demoOnScreen = await page.evaluate(() =>
      [...document.querySelectorAll('logistic-data-demo, logistic-train-demo, loss-compare-demo')].some(
        (demo) => demo.getBoundingClientRect().top < innerHeight,
      ),
    );
    expect(demoOnScreen).toBe(false);

    const html = await responses.find((response) => response.request().resourceType() === 'document')!.text();
    const inline = (tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]);
    const inlineGzip = (tag: string) => inline(tag).reduce((total, code) => total + gzipSync(code).length, 0);
    let js = inlineGzip('script');
    let css = inlineGzip('style');
    for (const response of responses) {
      const type = response.request().resourceType();
      if (type === 'script') js += await gzipSize(response);
      if (type === 'stylesheet') css += await gzipSize(response);
    }
    console.log(`lecture page before any demo: JS ${(js / KB).toFixed(1)} KB gzip, CSS ${(css / KB).toFixed(1)} KB gzip`);
    expect(js).toBeLessThanOrEqual(15 * KB);
    expect(css).toBeLessThanOrEqual(30 * KB);

    // Read the whole lecture so every formula's font is needed, then look at what was fetched.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((done) => setTimeout(done, 30));
      }
      await document.fonts.ready;
    });
    await page.waitForLoadState('networkidle');
    const fonts = responses.filter((response) => response.request().resourceType() === 'font').map((response) => response.url());
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((url) => !url.endsWith('.woff2'))).toEqual([]);
    // KaTeX ships 20 font files; a lecture should pull only the few its formulas use.
    const katex = fonts.filter((url) => url.includes('KaTeX_'));
    expect(katex.length).toBeLessThan(12);
    console.log(`KaTeX fonts fetched: ${katex.map((url) => url.split('/').pop()?.replace(/\..*/, '')).join(', ')}`);
    // The Korean face is one file per weight (regular, bold), cut to the site's characters.
    const korean = responses.filter((response) => response.url().includes('noto-sans-kr-'));
    const koreanBytes = (await Promise.all(korean.map(async (response) => (await response.body()).length))).reduce((a, b) => a + b, 0);
    console.log(`Korean font: ${korean.length} files, ${(koreanBytes / KB).toFixed(0)} KB`);
    expect(new Set(korean.map((response) => response.url())).size).toBe(2);
    expect(fonts.length).toBe(katex.length + korean.length);
    expect(koreanBytes).toBeLessThanOrEqual(500 * KB);
    await context.close();
  });
});
