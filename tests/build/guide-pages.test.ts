// The authoring guide and the embed guide, as built: every component documented with its
// props, shown live next to its source; copyable snippets for all three embedding ways.
import { describe, expect, it } from 'vitest';
import { PANDAS_SUPPORT } from '../../src/lib/python/modules/pandas/module';
import { DATA_CLASSES } from '../../src/lib/torch/python/data';
import { INIT_FUNCTIONS } from '../../src/lib/torch/python/init';
import { NN_CLASSES } from '../../src/lib/torch/python/nn';
import { TORCH_OPS } from '../../src/lib/torch/python/ops';
import { OPTIMIZERS } from '../../src/lib/torch/python/optim';
import { readBuiltPage } from '../support/site';

/** Built HTML without Astro's scoped-style attributes, and its visible text. */
const markupOf = (path: string) => readBuiltPage(path).replace(/ data-astro-cid-\w+/g, '');
const textOf = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&lt;|&#x3C;/g, '<').replace(/&gt;/g, '>').replace(/&#x22;|&quot;/g, '"').replace(/&#x26;|&amp;/g, '&');

describe('authoring guide (/guide/)', () => {
  const html = markupOf('guide/');

  it('documents every author component with its source and its rendered result', () => {
    for (const component of ['Answer', 'Callout', 'Graphviz', 'BarChart', 'LogisticDataDemo', 'LogisticTrainDemo', 'LossCompareDemo', 'SeededTorchRun', '실행할 수 있는 코드 셀']) {
      expect(html).toMatch(new RegExp(`<h2[^>]*>${component}</h2>`));
    }
    expect(html).toMatch(/<h2[^>]*>수식 \(KaTeX\)<\/h2>/);
    expect(html).toMatch(/<h2[^>]*>코드 블록<\/h2>/);
    // Rendered next to the source: KaTeX markup, a callout, a Graphviz SVG, the three demo elements.
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('class="callout callout-memorise"');
    expect(html).toMatch(/<figure class="graphviz"[\s\S]*?>node1=yhat<\/text>/);
    for (const element of ['logistic-data-demo', 'logistic-train-demo', 'loss-compare-demo']) expect(html).toContain(`<${element} `);
    // ...and the MDX that produced them, as highlighted source.
    expect(textOf(html)).toContain('<LogisticTrainDemo loss="mse" lr={0.5} epochs={2000} show="end" />');
    expect(textOf(html)).toContain("import LogisticTrainDemo from '../../../components/LogisticTrainDemo.astro';");
  });

  it("lists what code cells support, from the kernel's own tables: every op at each place Python reaches it, every nn class and optimizer", () => {
    const support = textOf(/<section id="cell-support"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '');
    const prefixes = { torch: 'torch.', Tensor: 'x.', nn: 'nn.', functional: 'F.' } as const;
    for (const op of TORCH_OPS) {
      for (const site of op.on) expect(support, `${site} ${op.name}`).toContain(`${prefixes[site]}${op.name}(`);
      expect(support).toContain(op.doc);
    }
    for (const entry of NN_CLASSES) expect(support).toContain(`nn.${entry.name}(`);
    for (const entry of OPTIMIZERS) expect(support).toContain(`torch.optim.${entry.name}(params`);
    for (const entry of DATA_CLASSES) expect(support).toContain(`${entry.name}(`);
    for (const entry of INIT_FUNCTIONS) expect(support).toContain(`nn.init.${entry.name}(tensor`);
    expect(support).toContain('torch.linspace(start, end, steps, dtype=…, requires_grad=…)');
    expect(support).toContain('x.sum(dim=…, keepdim=…, axis=…)');
    for (const entry of PANDAS_SUPPORT) expect(support, entry.call).toContain(entry.doc);
    for (const module of ['torch', 'torch.nn', 'torch.optim', 'torch.utils.data', 'matplotlib.pyplot', 'graphviz', 'math', 'pandas']) expect(support).toContain(module);
  });

  it('documents the video frontmatter with a live placeholder, and the notebook download', () => {
    expect(html).toMatch(/<h2[^>]*>강의 영상 \(frontmatter <code>video<\/code>\)<\/h2>/);
    expect(html).toMatch(/<button type="button" class="video-load"[^>]*data-src="https:\/\/www\.youtube-nocookie\.com\/embed\/XXXXXXXXXXX\?autoplay=1"/);
    expect(html).not.toMatch(/<iframe/);
    expect(textOf(html)).toContain('노트북 내려받기 (.ipynb)');
    expect(textOf(html)).toContain('covers: 후반부(손실함수의 비교)');
  });

  it('documents the data frontmatter: where files go, the address map, and how cells read them', () => {
    expect(html).toMatch(/<h2[^>]*>데이터 파일 \(frontmatter <code>data<\/code>\)<\/h2>/);
    const section = textOf(/<section id="frontmatter-data"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '');
    expect(section).toContain('content/data/<강의 id>/');
    expect(section).toContain('files: [2022-10-04-dnnex0.csv, 2022-10-04-dnnex1.csv]');
    expect(section).toContain('"https://raw.githubusercontent.com/guebin/DL2022/main/posts/II.%20DNN/2022-10-04-dnnex0.csv": 2022-10-04-dnnex0.csv');
    expect(section).toContain('urllib.error.URLError');
  });

  it('states each demo prop with the range the build enforces', () => {
    expect(html).toMatch(/<code>lr<\/code><\/td><td>0.05<\/td><td>0 초과 10000 이하의 수<\/td>/);
    expect(html).toMatch(/<code>n<\/code><\/td><td>2000<\/td><td>10 이상 1e6 이하의 정수<\/td>/);
    expect(html).toMatch(/<code>mse-start<\/code><\/td><td>same<\/td><td>same, continue 중 하나<\/td>/);
    expect(html).toMatch(/<code>kind<\/code><\/td><td>\(필수\)<\/td>/);
  });
});

describe('embed guide (/embed/)', () => {
  const html = markupOf('embed/');

  it('gives copyable snippets for the iframe, the script tag and MDX, and links every iframe page', () => {
    const text = textOf(html);
    expect(text).toContain('<iframe src="http://localhost:4321/embed/logistic-train/?loss=mse&epochs=10000"');
    expect(text).toContain("event.data?.source !== 'live-lectures'");
    expect(text).toContain('<script type="module" src="http://localhost:4321/embed/demos.js"></script>');
    expect(text).toContain("import LogisticTrainDemo from '../../components/LogisticTrainDemo.astro';");
    for (const demo of ['logistic-data', 'logistic-train', 'loss-compare']) expect(html).toContain(`href="/embed/${demo}/"`);
    expect(html).toMatch(/<iframe src="\/embed\/logistic-train\/\?epochs=2000"/);
  });

  it('shows teachers how to train a demo on their own CSV with data-src, in all three ways, and the CSV format', () => {
    const text = textOf(html);
    expect(html).toContain('id="data-src"');
    expect(text).toContain('embed/logistic-train/?data-src=https%3A%2F%2Fexample.edu%2Fclass%2Fexam-scores.csv');
    expect(text).toContain('<logistic-train-demo data-src="/class/exam-scores.csv"></logistic-train-demo>');
    expect(text).toContain('<LogisticTrainDemo data-src="/class/exam-scores.csv" />');
    expect(text).toMatch(/10개 이상 1,000,000개 이하/);
    expect(text).toContain('CORS');
  });
});
