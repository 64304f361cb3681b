// The lecture page in real Chromium: renders without console errors, fits a phone screen,
// the theme toggle works and sticks, code can be copied. Screenshots go to tests/artifacts/.
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { openPage as openSitePage } from '../support/page-checks';
import { artifactsDir, lectureId } from '../support/site';

// SwiftShader GPU here: the screenshots are taken as a GPU-composited page would look.
const site = useBuiltSite({ gpu: true });
beforeAll(() => mkdirSync(artifactsDir, { recursive: true }));

const openPage = (path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) =>
  openSitePage(site.browser, site.server.origin + path, options);

const lecturePath = `/lectures/${lectureId}/`;

describe('lecture page in Chromium', () => {
  it('renders the whole lecture with no console errors or failed requests', async () => {
    const { page, problems, close } = await openPage(lecturePath);
    await expect(page.locator('h1').textContent()).resolves.toContain('로지스틱 회귀');
    expect(await page.locator('.katex-display').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.graphviz svg').count()).toBe(2);
    // KaTeX fonts load from our own build (a missing font would show as a failed request). A font
    // loads once text in it is laid out, so bring a formula on screen and wait for its font.
    await page.locator('.katex-display').first().scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.family.includes('KaTeX') && font.status === 'loaded').length;
    })).toBeGreaterThan(0);
    await page.screenshot({ path: `${artifactsDir}/lecture-light.png`, fullPage: true });
    expect(problems).toEqual([]);
    await close();
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const { page, problems, close } = await openPage(lecturePath, { width: 360 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${artifactsDir}/lecture-360.png` });
    expect(problems).toEqual([]);
    await close();
  });

  it('follows the system dark theme and the toggle pins the other theme across reloads', async () => {
    const { page, close } = await openPage(lecturePath, { colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(15, 18, 22)');
    await page.screenshot({ path: `${artifactsDir}/lecture-dark.png` });
    await page.getByRole('button', { name: /다크 모드 전환/ }).click();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await close();
  });

  it('copies a code block to the clipboard: exactly the code the block shows', async () => {
    const { page, close } = await openPage(lecturePath);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // A plain block (runnable cells carry their copy button in their toolbar: cells.test.ts).
    const block = page.locator('.code-block').first();
    const copy = block.locator('.copy-code');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('복사됨');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.locator('pre code').innerText());
    expect(copied.length).toBeGreaterThan(20);
    await expect.poll(() => copy.textContent(), { timeout: 3000 }).toBe('복사');
    await close();
  });

  it('course home lists the lecture and links to it', async () => {
    const { page, problems, close } = await openPage('/');
    await page.getByRole('link', { name: /로지스틱 회귀 — 네트워크/ }).click();
    await page.waitForURL(`**${lecturePath}`);
    await page.goBack();
    await page.screenshot({ path: `${artifactsDir}/home.png` });
    expect(problems).toEqual([]);
    await close();
  });
});
