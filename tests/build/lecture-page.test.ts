// The built lecture page carries every part of the seed lecture, rendered at build time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir, lectureId, readBuiltPage } from '../support/site';

const html = readBuiltPage(`lectures/${lectureId}/`);
const visibleText = html
  .replace(/<script[\s\S]*?<\/script>/g, '')
  .replace(/<style[\s\S]*?<\/style>/g, '')
  .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
  .replace(/<[^>]+>/g, '')
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&quot;|&#34;/g, '"')
  .replace(/&#39;/g, "'")
  .replace(/&amp;/g, '&');

describe('the built lecture page', () => {
  it('is Korean and credits the original lecture', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ko"/i);
    expect(visibleText).toContain('최규빈');
    expect(visibleText).toContain('DL2022');
    expect(visibleText).toContain('05wk-1: 딥러닝의 기초 (4) — 로지스틱(2): 로지스틱 네트워크 설계 및 학습, 손실함수의 비교: BCE loss의 위대함');
    expect(visibleText).toContain('2022년 9월 29일');
    expect(html).toContain('href="https://guebin.github.io/DL2022/posts/2022-09-29-5wk-1.html"');
  });

  it('tells the AlexNet story with the comic link and the error-rate chart', () => {
    expect(visibleText).toContain('알렉스넷');
    for (const word of ['힌튼', 'GPU', '드롭아웃', 'ReLU', '2012', '16%']) expect(visibleText).toContain(word);
    expect(html).toMatch(/<a href="https:\/\/brunch\.co\.kr\/@hvnpoet\/109" rel="noopener noreferrer">/);
    expect(html).toMatch(/<svg [^>]*role="img" aria-label="ImageNet\(ILSVRC\) 우승팀 top-5 오류율 — 2010 NEC-UIUC: 28.2%, 2011 XRCE: 25.8%, 2012 AlexNet \(추가 데이터 없이\): 16.4%"/);
    expect(visibleText).toContain('우승 제출은 15.3%');
  });

  it('renders every formula with KaTeX at build time (no raw TeX left)', () => {
    const displayFormulas = html.match(/class="katex-display"/g) ?? [];
    expect(displayFormulas.length).toBe(6); // model, yhat, BCE, sigmoid, MSELoss (none), MSELoss (reduction)
    expect(html).toContain('<annotation encoding="application/x-tex">y_i \\sim \\text{Ber}(\\pi_i)');
    expect(html).toContain('\\text{loss} = -\\sum_{i=1}^{n}');
    expect(visibleText).not.toMatch(/\$\$|\\frac/);
  });

  it('keeps the 외우세요 emphasis and the homework as callouts', () => {
    expect(html.match(/class="callout callout-memorise"/g)?.length).toBe(2);
    expect(html).toMatch(/class="callout callout-homework"[\s\S]*loss를 MSE로 바꿔서 돌려 볼 것/);
    expect(html).toMatch(/class="callout callout-warning"[\s\S]*이러면 안됩니다!!!/);
  });

  it('shows the lecture code with its original PyTorch outputs', () => {
    for (const code of [
      'X = torch.linspace(-1, 1, 2000).reshape(2000, 1)',
      'w0 = -1',
      'w1 = 5',
      'y = torch.bernoulli(v)',
      "def gv(s): return graphviz.Source('digraph G{ rankdir=\"LR\"' + s + '; }')",
      'l1 = torch.nn.Linear(in_features=1, out_features=1, bias=True)',
      'optimizer = torch.optim.SGD(net.parameters(), lr=0.05)',
      'for epoc in range(10000):',
      'loss = -torch.mean(y*torch.log(yhat) + (1-y)*torch.log(1-yhat))',
      'loss_fn = torch.nn.MSELoss()',
      '(1): Sigmoid()',
      'tensor([[4.9150]], requires_grad=True)',
      'tensor([-0.8898], requires_grad=True)',
      'tensor([[4.8740]], requires_grad=True)',
      'tensor([-0.8902], requires_grad=True)',
      '[ 4.0000]]),',
    ]) {
      expect(visibleText).toContain(code);
    }
    expect(html.match(/<pre class="astro-code/g)?.length).toBeGreaterThanOrEqual(12);
    expect(visibleText.match(/원본 PyTorch 출력/g)?.length).toBe(4);
  });

  it('draws both graphviz diagrams as inline SVG', () => {
    const diagrams = html.match(/<figure class="graphviz"[\s\S]*?<\/figure>/g) ?? [];
    expect(diagrams).toHaveLength(2);
    expect(diagrams[0]).toContain('>Sigmoid(X@W)=yhat</text>');
    expect(diagrams[0]).toContain('>X@W</text>');
    expect(diagrams[1]).toContain('>node1=yhat</text>');
    expect(diagrams[1]).toContain('>Layer 1: Sigmoid</text>');
    expect(html).toContain('href="http://taewan.kim/post/sigmoid_diff/" rel="noopener noreferrer"');
  });

  it('explains the MSELoss reference with formulas rather than a raw docstring', () => {
    expect(html).toContain('l_n = \\left( x_n - y_n \\right)^2');
    expect(html).toContain('\\operatorname{mean}(L)');
    expect(visibleText).not.toContain('Init signature');
  });

  it('has a table of contents linking to every section', () => {
    const tocLinks = [...html.matchAll(/<li class="depth-[23]"[^>]*><a href="#([^"]+)"/g)].map((match) => match[1]);
    expect(tocLinks.length).toBeGreaterThanOrEqual(8);
    for (const anchor of tocLinks) expect(html).toContain(`id="${anchor}"`);
  });

  it('requests nothing from other origins: no external scripts, styles, fonts or images', () => {
    // <link rel="canonical|alternate|sitemap"> name the page's own public URLs; browsers fetch nothing for them.
    const resourceUrls = [...html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*\b(?:src|href)="([^"]+)"/g)]
      .filter((m) => !/^<link rel="(?:canonical|alternate|sitemap)"/.test(m[0]))
      .map((m) => m[1]);
    expect(resourceUrls.length).toBeGreaterThan(0);
    expect(resourceUrls.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
    // The page's CSS is inlined (build.inlineStylesheets); any stylesheet files count too.
    const css = readdirSync(join(distDir, '_astro'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(distDir, '_astro', file), 'utf8'))
      .concat([...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]))
      .join('\n');
    expect(css).toContain('KaTeX_Main');
    expect(css.match(/url\((?:https?:)?\/\/[^)]*\)/g) ?? []).toEqual([]);
  });

  // The budget is 15 KB gzip (checked in Chromium by tests/e2e/budgets.test.ts); this
  // tighter guard catches a heavy import sneaking into the page-level scripts.
  it('ships only small scripts (theme, code copy, ToC marker, search opener, demo loader) before any demo', () => {
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]);
    const gzipBytes = scripts
      .map((src) => readFileSync(join(distDir, src)))
      .concat([...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)].map((match) => Buffer.from(match[1])))
      .reduce((total, code) => total + gzipSync(code).length, 0);
    expect(gzipBytes).toBeLessThan(6_000);
  });
});

describe('the course home', () => {
  it('lists the lecture with its link, summary and week', () => {
    const home = readBuiltPage('');
    expect(home).toContain(`href="/lectures/${lectureId}/"`);
    expect(home).toContain('05wk-1');
    expect(home).toContain('로지스틱 회귀 — 네트워크 설계와 학습');
  });

  it('builds a 404 page', () => {
    expect(statSync(join(distDir, '404.html')).isFile()).toBe(true);
  });
});
