// The lecture page under its own Content-Security-Policy: nothing is blocked while reading,
// and the live training demo still trains to the end (tfjs WASM needs 'wasm-unsafe-eval').
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/page-checks';
import { useBuiltSite } from '../support/built-site';
import { lectureId } from '../support/site';

const site = useBuiltSite();

describe('Content-Security-Policy on the lecture page', () => {
  it('is in force, blocks nothing of ours, and <logistic-train-demo> trains to demo-done on wasm', async () => {
    const { page, problems, cspViolations, close } = await openPage(site.browser, `${site.server.origin}/lectures/${lectureId}/`);
    // The policy is really enforced: an injected inline script is refused.
    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(injected).toBe(false);
    expect(await cspViolations()).toEqual(['script-src-elem inline']);
    problems.length = 0;

    const done = await page.evaluate(async () => {
      const demo = document.querySelector('logistic-train-demo') as HTMLElement & { start(): Promise<void> };
      demo.setAttribute('backend', 'wasm');
      demo.setAttribute('epochs', '2000');
      demo.scrollIntoView();
      await customElements.whenDefined('logistic-train-demo'); // defined once a demo nears the viewport
      const finished = new Promise<{ epoch: number; backend: string; loss: number }>((resolve, reject) => {
        demo.addEventListener('demo-done', (event) => resolve((event as CustomEvent).detail), { once: true });
        demo.addEventListener('demo-error', (event) => reject(new Error((event as CustomEvent).detail.message)), { once: true });
      });
      await demo.start();
      return finished;
    });
    expect(done.epoch).toBe(2000);
    expect(done.backend).toBe('wasm');
    expect(Number.isFinite(done.loss)).toBe(true);
    // Read to the end so every lazy part has loaded under the policy too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(await cspViolations()).toEqual(['script-src-elem inline']);
    expect(problems.filter((problem) => /Content Security Policy|Refused/i.test(problem))).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
