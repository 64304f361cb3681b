// Search as a student uses it: Ctrl+K, type a bare Korean noun, get the lectures and the
// sections that use its inflected forms — on the real site and under a /course/ base path.
// Screenshots of the results go to tests/artifacts/search-*.png.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { openPage } from '../support/page-checks';
import { serveStatic, type StaticServer } from '../support/static-server';
import { artifactsDir, distDir, lectureId, requireBuild, subpathSite } from '../support/site';

let browser: Browser;
let site: StaticServer;
let subpath: StaticServer;

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  site = await serveStatic(requireBuild(distDir, 'npm run build'));
  subpath = await serveStatic(requireBuild(subpathSite.distDir, 'npm run build:subpath'), { base: subpathSite.base });
  browser = await launchChromium({ gpu: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await subpath?.close();
});

interface ShownResult {
  href: string;
  title: string;
  marks: string[];
}

/** Opens search with the keyboard shortcut, types `term`, and reads the listed links. */
async function searchFor(page: Page, term: string): Promise<ShownResult[]> {
  await page.keyboard.press('Control+K');
  const input = page.getByRole('searchbox', { name: '검색어' });
  await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
  await input.fill(term);
  await page.locator(`.search-dialog[data-searched="${term}"]`).waitFor();
  return page.locator('.search-results a').evaluateAll((links) =>
    links.map((link) => ({
      href: (link as HTMLAnchorElement).href,
      title: link.querySelector('.result-title')?.textContent ?? '',
      marks: [...link.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

describe('search', () => {
  it('손실함수 finds the homework section of the lecture', async () => {
    const { page, problems, cspViolations, close } = await openPage(browser, `${site.origin}/lectures/${lectureId}/`);
    const results = await searchFor(page, '손실함수');
    const homework = results.find((result) => result.href.includes(lectureId) && result.title.includes('숙제'));
    expect(homework?.href).toBe(`${site.origin}/lectures/${lectureId}/#${encodeURIComponent('숙제-손실함수를-mse로-바꾸기')}`);
    expect(results.flatMap((result) => result.marks).some((mark) => mark.startsWith('손실함수'))).toBe(true);
    await page.screenshot({ path: `${artifactsDir}/search-손실함수.png` });
    await page.getByRole('link', { name: /숙제: 손실함수를 MSE로 바꾸기/ }).first().click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#숙제-손실함수를-mse로-바꾸기');
    expect(await page.locator('.search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    expect(await cspViolations()).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('회귀 finds the pages that say 회귀는 and 회귀를, under the /course/ base path', async () => {
    const { page, problems, cspViolations, close } = await openPage(browser, `${subpath.origin}${subpathSite.base}`);
    const results = await searchFor(page, '회귀');
    const pageUrls = results.map((result) => new URL(result.href).pathname);
    expect(pageUrls).toContain('/course/lectures/90-linear-regression/');
    expect(pageUrls).toContain('/course/lectures/91-regression-loss/');
    expect(pageUrls).toContain(`/course/lectures/${lectureId}/`);
    const marks = results.flatMap((result) => result.marks);
    expect(marks).toContain('회귀는');
    expect(marks).toContain('회귀를');
    await page.screenshot({ path: `${artifactsDir}/search-회귀.png` });
    // A result link leads to a page that exists under the base path.
    await page.locator('.search-results a', { hasText: '선형 회귀' }).first().click();
    await page.waitForURL('**/course/lectures/90-linear-regression/**');
    expect(await cspViolations()).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('indexes neither KaTeX markup nor demo controls', async () => {
    const { page, close } = await openPage(browser, `${subpath.origin}${subpathSite.base}`);
    // The same pages' prose is found (so an empty result below means "excluded", not "broken")…
    expect((await searchFor(page, '직선')).map((result) => new URL(result.href).pathname)).toContain('/course/lectures/90-linear-regression/');
    await page.keyboard.press('Escape');
    // …but not the words that appear only inside a formula (02) and a demo's title and caption (03).
    // (Korean queries also match other pages on shared syllables such as 데모; what matters is
    // that the page holding the formula or the demo is not found by words only they contain.)
    for (const [term, page_] of [['katexonlyword', '90-linear-regression'], ['데모전용제목', '91-regression-loss'], ['데모전용설명', '91-regression-loss']]) {
      const results = await searchFor(page, term);
      expect(results.map((result) => new URL(result.href).pathname)).not.toContain(`/course/lectures/${page_}/`);
      await page.keyboard.press('Escape');
    }
    await close();
  });

  it('opens from the header button and loads nothing of pagefind before that', async () => {
    const { page, close } = await openPage(browser, `${site.origin}/`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.waitForTimeout(300);
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('button', { name: /검색/ }).click();
    await expect.poll(() => page.locator('.search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    await page.locator('.search-dialog[data-ready="true"]').waitFor();
    expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await close();
  });
});
