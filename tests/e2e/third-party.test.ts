// No page of the built site talks to another origin: every request that leaves the site's
// origin is blocked and recorded, and the record must stay empty.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { servedPath } from '../support/link-check';
import { useBuiltSite } from '../support/built-site';
import { distDir } from '../support/site';

const site = useBuiltSite();

const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => servedPath(distDir, `${distDir}/${file}`, '/'));

describe('no third parties', () => {
  it('finds every built page', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/lectures/01-logistic-regression/']));
  });

  it.each(pages)('%s makes no request to another origin, even when read to the end', async (path) => {
    const context = await site.browser.newContext();
    const elsewhere: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${site.server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
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
