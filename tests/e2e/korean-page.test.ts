// What a Korean student sees on a machine without Korean fonts (this one: `fc-list :lang=ko` is
// empty): Hangul in the self-hosted face, the homework answer folded, the lecture video loaded
// only on a click, the notebook one click away.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { openPage } from '../support/page-checks';
import { lectureId } from '../support/site';

const site = useBuiltSite();
const hangul = /[\uac00-\ud7a3]/g;

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
    await page.addStyleTag({ content: ":root { --font-sans: var(--font-hangul-web), sans-serif; --font-mono: 'Noto Sans KR Hangul', monospace; }" });
    // A code line with a Korean comment, to check the monospace stack too.
    await page.locator('pre', { hasText: '이건 대각선이 나옴' }).evaluate((pre) => {
      const span = [...pre.querySelectorAll('span')].find((node) => node.children.length === 0 && node.textContent!.includes('대각선'));
      span!.id = 'code-with-hangul';
    });
    await page.evaluate(() => document.fonts.ready);
    const faces = await page.evaluate(() => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Noto Sans KR Variable').map((face) => face.status));
    expect(faces.filter((status) => status === 'loaded').length).toBeGreaterThan(0);
    expect(faces).not.toContain('error');
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
