// Moving around a lecture: the table of contents follows the section being read, and
// "맨 위로" brings the reader back to the top.
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/page-checks';
import { useBuiltSite } from '../support/built-site';
import { lectureId } from '../support/site';

const site = useBuiltSite();

describe('lecture navigation', () => {
  it('marks the current section in the table of contents and returns to the top', async () => {
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/${lectureId}/`);
    const current = () => page.locator('.toc a[aria-current="true"]').textContent();
    await expect.poll(current).toBe('알렉스넷 이야기');
    await page.locator('.toc a', { hasText: '숙제' }).click();
    await expect.poll(current).toBe('숙제: 손실함수를 MSE로 바꾸기');
    await page.evaluate(() => document.getElementById('학습-step-14')!.scrollIntoView());
    await expect.poll(current).toBe('학습: step 1~4');
    expect(await page.locator('.toc a[aria-current]').count()).toBe(1);
    await page.getByRole('link', { name: '맨 위로 ↑' }).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
    await expect.poll(current).toBe('알렉스넷 이야기');
    expect(await page.locator('.course-nav a[aria-current="page"]').textContent()).toContain('로지스틱 회귀');
    expect(problems).toEqual([]);
    await close();
  });
});
