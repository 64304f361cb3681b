// What a Korean student sees on a machine without Korean fonts (this one: `fc-list :lang=ko` is
// empty): Hangul in the self-hosted face, the homework answer folded, the lecture video loaded
// only on a click, the notebook one click away.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { openPage } from '../support/page-checks';
import { hangulCoverage, hangul } from '../support/hangul-coverage';
import { lectureId } from '../support/site';
import { HANGUL_ONLY_FAMILY, KOREAN_FAMILY } from '../../src/lib/korean-font-faces';

const site = useBuiltSite();

/** The fonts Chromium actually drew an element's text with (DevTools' "Rendered Fonts"). */
async function renderedFonts(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

describe('Korean type', () => {
  it('draws Hangul in the self-hosted Noto Sans KR even with every system font taken out of the stack', async () => {
    const { page, close, problems } = await openPage(site.browser, `${site.server.origin}/lectures/${lectureId}/`, { width: 390, height: 844 });
    await page.addStyleTag({ content: `:root { --font-sans: var(--font-hangul-web), sans-serif; --font-mono: '${HANGUL_ONLY_FAMILY}', monospace; }` });
    // The lecture lays out only what is near the screen (content-visibility); draw the code block too.
    await page.addStyleTag({ content: '.lecture > * { content-visibility: visible !important; }' });
    // A code line with a Korean comment, to check the monospace stack too.
    await page.locator('pre', { hasText: '이건 대각선이 나옴' }).evaluate((pre) => {
      const span = [...pre.querySelectorAll('span')].find((node) => node.children.length === 0 && node.textContent!.includes('대각선'));
      span!.id = 'code-with-hangul';
    });
    await page.evaluate(() => document.fonts.ready);
    const faces = await page.evaluate((family) => [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === family).map((face) => `${face.weight} ${face.status}`), KOREAN_FAMILY);
    // Regular and bold (the title, headings) both loaded: the page has text in each.
    expect(faces.sort()).toEqual(['400 loaded', '700 loaded']);
    for (const selector of ['.site-header nav a', 'h1', '.lecture-header time', '.toc summary', '.credit', '#code-with-hangul']) {
      const text = await page.locator(selector).first().textContent();
      const hangulCount = text?.match(hangul)?.length ?? 0;
      expect(hangulCount, selector).toBeGreaterThan(0);
      const fonts = await renderedFonts(page, selector);
      const noto = fonts.find((font) => font.isCustomFont && font.familyName.startsWith('Noto Sans KR'));
      // Every Hangul syllable of the element came from the web font (spaces, digits and Latin from the system).
      expect(noto?.glyphCount, `${selector}: ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(new Set(text!.match(hangul)).size);
    }
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the site-wide font subset', () => {
  it('has a glyph for every Hangul character of the pages, the embed pages and their live demos (nothing drawn by a fallback font)', async () => {
    // The embed pages are what a teacher's <iframe> shows, to readers who may have no Korean font.
    const embeds = ['logistic-data', 'logistic-train', 'loss-compare'].map((demo) => `/embed/${demo}/`);
    for (const path of [`/lectures/${lectureId}/`, '/lectures/02-bce-vs-mse/', '/lectures/03-deep-neural-network/', '/guide/', '/embed/', '/', ...embeds]) {
      const { page, close } = await openPage(site.browser, `${site.server.origin}${path}`, { width: 1280, height: 900 });
      // Lay out the whole page, not only the first screen (content-visibility), answers open.
      await page.addStyleTag({ content: '.lecture > * { content-visibility: visible !important; }' });
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const demo = page.locator('logistic-train-demo, loss-compare-demo').first();
      if ((await demo.count()) > 0) {
        await demo.scrollIntoViewIfNeeded();
        await demo.locator('button.ll-primary').waitFor();
      }
      await page.evaluate(() => document.fonts.ready);
      const coverage = await hangulCoverage(page);
      expect(coverage.length, path).toBeGreaterThan(3);
      // Each element's Hangul is drawn by the web face (the face also draws its ASCII, so ≥).
      expect(coverage.filter((entry) => entry.web < entry.hangul), path).toEqual([]);
      await close();
    }
  });
});

describe('the homework answer', () => {
  it('is folded under 정답 보기 and opens on a click', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/lectures/${lectureId}/`);
    const answer = page.locator('details.answer').first();
    expect(await answer.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await page.getByText('tensor([[4.8740]], requires_grad=True)').isVisible()).toBe(false);
    await answer.locator('summary', { hasText: '정답 보기' }).click();
    expect(await page.getByText('tensor([[4.8740]], requires_grad=True)').isVisible()).toBe(true);
    expect(await answer.locator('loss-compare-demo').isVisible()).toBe(true);
    await close();
  });
});

describe('the lecture video', () => {
  it('requests nothing from the video site until the reader clicks, then plays it under the page CSP', async () => {
    const { page, close, cspViolations } = await openPage(site.browser, `${site.server.origin}/guide/`);
    const elsewhere: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${site.server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    await page.reload({ waitUntil: 'networkidle' });
    const placeholder = page.locator('.video-load');
    await placeholder.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(elsewhere).toEqual([]);
    await placeholder.click();
    const player = page.locator('.video-frame iframe');
    expect(await player.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/XXXXXXXXXXX?autoplay=1');
    await expect.poll(() => elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    // The CSP let the frame through (the test's router, not the policy, stopped the request).
    expect((await cspViolations()).filter((violation) => violation.startsWith('frame-src'))).toEqual([]);
    await close();
  });
});

describe('the notebook link', () => {
  it('downloads the lecture as .ipynb', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/lectures/${lectureId}/`);
    const link = page.getByRole('link', { name: '노트북 내려받기 (.ipynb)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${lectureId}.ipynb`);
    const notebook = JSON.parse(await (await page.request.get(`${site.server.origin}/notebooks/${lectureId}.ipynb`)).text());
    expect(notebook.nbformat).toBe(4);
    await close();
  });
});
