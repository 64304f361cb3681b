// The demos through their whole lifecycle in real Chromium, on the built lecture page: removed
// while loading or training, scrolled away and back, a run that fails while the other trains,
// bad values typed into controls, keyboard focus, the limits of params.ts, embeds' progress
// messages, and WebGL that cannot render float32. Waits are for events, never fixed sleeps.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { lectureId } from '../support/site';
import { serveStatic } from '../support/static-server';
import { launchChromium } from '../support/browser';
import { openAnswers } from '../support/demo-page';
import { parseDemoParams, readFromRecord } from '../../src/lib/params';
import { prepareScenario } from '../../src/lib/scenario';
import { trainReference } from '../../src/lib/reference';

const site = useBuiltSite();
const lecturePath = `/lectures/${lectureId}/`;

async function openLecture(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.server.origin + lecturePath, { waitUntil: 'networkidle' });
  await openAnswers(page); // the homework's compare demo is folded under 정답 보기
  return { page, errors, close: () => context.close() };
}

/** In the page: sets attributes, scrolls the demo in and waits until its controls are up. */
async function prepare(page: Page, selector: string, attributes: Record<string, string>): Promise<void> {
  await page.evaluate(async ({ selector, attributes }) => {
    const demo = document.querySelector(selector) as HTMLElement;
    for (const [name, value] of Object.entries(attributes)) demo.setAttribute(name, value);
    demo.scrollIntoView();
    await customElements.whenDefined(demo.localName);
    await new Promise<void>((done) => {
      const check = () => (demo.shadowRoot?.querySelector('button.ll-primary') ? done() : requestAnimationFrame(check));
      check();
    });
  }, { selector, attributes });
}

/** Tensors alive in the page's tfjs engine (tfjs keeps it on globalThis._tfengine). */
const liveTensors = (page: Page) => page.evaluate(() => (globalThis as unknown as { _tfengine?: { state: { numTensors: number } } })._tfengine?.state.numTensors ?? 0);

/** Trains the lecture's second train demo to demo-done: a clock that lets a removed demo show whether it still runs. */
async function trainClockDemo(page: Page): Promise<void> {
  await prepare(page, '#logistic-train-2', { backend: 'cpu', epochs: '3000' });
  await page.evaluate(() => new Promise<void>((done) => {
    const demo = document.querySelector('#logistic-train-2') as HTMLElement & { start(): Promise<void> };
    demo.addEventListener('demo-done', () => done(), { once: true });
    void demo.start();
  }));
}

describe('a demo removed from the page', () => {
  it.each(['while its trainer is loading', 'while training'])('%s fires no more events and frees its tensors', async (when) => {
    const { page, errors, close } = await openLecture();
    await prepare(page, '#logistic-train-1', { backend: 'cpu', epochs: '200000' });
    await page.evaluate(async (whileTraining) => {
      const demo = document.querySelector('#logistic-train-1') as HTMLElement & { start(): Promise<void> };
      const seen: string[] = [];
      (window as unknown as { afterRemoval: string[] }).afterRemoval = seen;
      let removed = false;
      for (const type of ['demo-progress', 'demo-done', 'demo-error']) demo.addEventListener(type, () => removed && seen.push(type));
      const firstEpoch = new Promise<void>((done) => demo.addEventListener('demo-progress', (event) => (event as CustomEvent).detail.epoch > 0 && done()));
      void demo.start();
      if (whileTraining) await firstEpoch;
      demo.remove();
      removed = true;
    }, when === 'while training');
    await trainClockDemo(page);
    expect(await page.evaluate(() => (window as unknown as { afterRemoval: string[] }).afterRemoval)).toEqual([]);
    expect(await liveTensors(page)).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('scrolled away while training and back', () => {
  it.each([['#logistic-train-1', 'logistic-train-demo'], ['#loss-compare-1', 'loss-compare-demo']])('%s pauses, resumes, fires demo-done once and ends with status done', async (selector) => {
    const { page, close } = await openLecture();
    await prepare(page, selector, { backend: 'cpu', epochs: '20000', n: '2000' });
    const result = await page.evaluate(async (selector) => {
      const demo = document.querySelector(selector) as HTMLElement & { start(): Promise<void> };
      let doneCount = 0;
      demo.addEventListener('demo-done', () => doneCount++);
      const status = (wanted: string) => new Promise<void>((done) => {
        if (demo.getAttribute('status') === wanted) return done();
        const observer = new MutationObserver(() => {
          if (demo.getAttribute('status') !== wanted) return;
          observer.disconnect();
          done();
        });
        observer.observe(demo, { attributes: true, attributeFilter: ['status'] });
      });
      const training = status('training');
      void demo.start();
      await training;
      const paused = status('paused');
      window.scrollTo(0, document.body.scrollHeight); // the demo leaves the screen
      document.querySelector('footer')?.scrollIntoView();
      await paused;
      const finished = new Promise<void>((done) => demo.addEventListener('demo-done', () => done(), { once: true }));
      demo.scrollIntoView();
      await finished;
      await new Promise((done) => requestAnimationFrame(done));
      return { doneCount, status: demo.getAttribute('status'), announced: demo.shadowRoot!.querySelector('.ll-live')!.textContent };
    }, selector);
    expect(result.doneCount).toBe(1);
    expect(result.status).toBe('done');
    expect(result.announced).toContain('학습 완료');
    await close();
  });
});

describe('the compare demo', () => {
  it('reports BCE diverging at once, while MSE is still training', async () => {
    const { page, close } = await openLecture();
    // At lr 200 on 200 points BCE leaves |w| < 88 within a few dozen epochs; MSE stays finite.
    const settings = { backend: 'cpu', n: '200', lr: '200', epochs: '1000000' };
    const divergesAt = referenceDivergenceEpoch(settings);
    await prepare(page, '#loss-compare-1', settings);
    const result = await page.evaluate(() => new Promise<{ message: string; mseEpoch: number; status: string | null }>((done) => {
      const demo = document.querySelector('#loss-compare-1') as HTMLElement & { start(): Promise<void> };
      let mseEpoch = 0;
      demo.addEventListener('demo-progress', (event) => {
        const detail = (event as CustomEvent).detail;
        if (detail.lossName === 'mse') mseEpoch = detail.epoch;
      });
      demo.addEventListener('demo-error', (event) => done({ message: (event as CustomEvent).detail.message, mseEpoch, status: demo.getAttribute('status') }), { once: true });
      void demo.start();
    }));
    expect(result.message).toContain(`발산했습니다 (epoch ${divergesAt})`);
    expect(result.mseEpoch).toBeLessThan(1_000_000);
    expect(result.status).toBe('error');
    await close();
  });
});

describe('controls', () => {
  it('a bad value shows a message beside that control and keeps every other control and the plot', async () => {
    const { page, close } = await openLecture();
    await prepare(page, '#logistic-train-1', { backend: 'cpu' });
    const lr = page.locator('#logistic-train-1 input[data-control="lr"]');
    await lr.fill('-3');
    await lr.press('Enter');
    const message = page.locator('#logistic-train-1 input[data-control="lr"] + .ll-field-error');
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/^학습률 lr\(lr\) 값 "-3"은\(는\) 쓸 수 없습니다.*\/ Invalid lr "-3"/);
    expect(await lr.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#logistic-train-1').getAttribute('lr')).toBeNull();
    expect(await page.locator('#logistic-train-1 .ll-controls button, #logistic-train-1 .ll-controls input, #logistic-train-1 .ll-controls select').count()).toBe(9);
    expect(await page.locator('#logistic-train-1 [data-role="fit"]').count()).toBe(1);
    expect(await page.locator('#logistic-train-1 >> .ll-message:visible').count()).toBe(0);
    await close();
  });

  it('a valid change keeps keyboard focus on the control', async () => {
    const { page, close } = await openLecture();
    await prepare(page, '#logistic-train-1', { backend: 'cpu' });
    const epochs = page.locator('#logistic-train-1 input[data-control="epochs"]');
    await epochs.focus();
    await epochs.fill('500');
    await epochs.press('Enter');
    await expect.poll(() => page.locator('#logistic-train-1').getAttribute('epochs')).toBe('500');
    await expect.poll(() => page.evaluate(() => document.querySelector('#logistic-train-1')!.shadowRoot!.activeElement?.getAttribute('data-control'))).toBe('epochs');
    expect(await page.evaluate(() => (document.querySelector('#logistic-train-1')!.shadowRoot!.activeElement as HTMLInputElement).value)).toBe('500');
    await close();
  });

  it('take the limits of params.ts: lr 0.00005 is valid, as the parameter table says', async () => {
    const { page, close } = await openLecture();
    await prepare(page, '#loss-compare-1', { backend: 'cpu' });
    const lr = page.locator('#loss-compare-1 input[data-control="lr"]');
    await lr.fill('0.00005');
    expect(await lr.evaluate((input: HTMLInputElement) => input.checkValidity())).toBe(true);
    await lr.press('Enter');
    await expect.poll(() => page.locator('#loss-compare-1').getAttribute('lr')).toBe('0.00005');
    await close();
  });

  it('rewriting an attribute with the same value rebuilds nothing', async () => {
    const { page, close } = await openLecture();
    await prepare(page, '#logistic-train-1', { backend: 'cpu', lr: '0.05' });
    const same = await page.evaluate(() => {
      const demo = document.querySelector('#logistic-train-1')!;
      const before = demo.shadowRoot!.querySelector('.ll-controls');
      demo.setAttribute('lr', '0.050');
      return demo.shadowRoot!.querySelector('.ll-controls') === before;
    });
    expect(same).toBe(true);
    await close();
  });
});

describe('an embed iframe', () => {
  it('posts demo-progress to the parent before demo-done', async () => {
    const host = await serveStatic('tests', {
      base: '/no-files/',
      pages: {
        '/': `<!doctype html><meta charset="utf-8"><title>host</title>
<iframe id="frame" src="${site.server.origin}/embed/logistic-train/?epochs=3000&backend=cpu" width="800" height="600"></iframe>
<script>window.messages = []; addEventListener('message', (e) => e.data?.source === 'live-lectures' && window.messages.push(e.data.type));</script>`,
      },
    });
    const page = await site.browser.newPage();
    await page.goto(host.origin + '/');
    const demo = page.frameLocator('#frame').locator('logistic-train-demo');
    await demo.evaluate(async (element: HTMLElement & { start(): Promise<void> }) => {
      await customElements.whenDefined(element.localName);
      await new Promise<void>((done) => {
        element.addEventListener('demo-done', () => done(), { once: true });
        void element.start();
      });
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { messages: string[] }).messages.includes('demo-done'))).toBe(true);
    const messages = await page.evaluate(() => (window as unknown as { messages: string[] }).messages.filter((type) => type !== 'resize'));
    expect(messages.filter((type) => type === 'demo-progress').length).toBeGreaterThan(0);
    expect(messages.at(-1)).toBe('demo-done');
    await page.close();
    await host.close();
  });
});

describe('WebGL that cannot render to float32 textures', () => {
  it('is refused with a clear message when forced, instead of training that silently stalls', async () => {
    const browser = await launchChromium(); // SwiftShader WebGL
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    // A half-float device: WebGL 2 without EXT_color_buffer_float cannot render float32.
    await context.addInitScript(() => {
      const original = WebGL2RenderingContext.prototype.getExtension;
      WebGL2RenderingContext.prototype.getExtension = function (this: WebGL2RenderingContext, name: string) {
        return name === 'EXT_color_buffer_float' ? null : original.call(this, name);
      } as typeof original;
    });
    const page = await context.newPage();
    await page.goto(site.server.origin + lecturePath, { waitUntil: 'networkidle' });
    await prepare(page, '#logistic-train-1', { backend: 'webgl', epochs: '100' });
    const outcome = await page.evaluate(() => new Promise<{ type: string; text: string }>((done) => {
      const demo = document.querySelector('#logistic-train-1') as HTMLElement & { start(): Promise<void> };
      for (const type of ['demo-done', 'demo-error']) demo.addEventListener(type, () => done({ type, text: demo.shadowRoot!.textContent ?? '' }), { once: true });
      void demo.start();
    }));
    expect(outcome.type).toBe('demo-error');
    expect(outcome.text).toContain('float32');
    await browser.close();
  });
});

/** The epoch at which the float64 reference engine sees BCE diverge with these settings. */
function referenceDivergenceEpoch(attributes: Record<string, string>): number {
  const parsed = parseDemoParams(readFromRecord(attributes));
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  const { data, init } = prepareScenario(parsed.params);
  const run = trainReference({ x: data.x, y: data.y, loss: 'bce', lr: parsed.params.lr, epochs: parsed.params.epochs, initW0: init.w0, initW1: init.w1 });
  if (!run.divergence) throw new Error('these settings were meant to make BCE diverge');
  return run.divergence.epoch;
}
