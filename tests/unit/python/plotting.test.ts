// matplotlib.pyplot and graphviz record what the lecture's cells draw as plain data: the
// colours the text talks about ("파란 선/빨간 선"), fmt strings, and DOT that viz-js renders.
import { describe, expect, it } from 'vitest';
import { HostObject, ModuleRegistry, PyModule, hostFunction, type ArrayData, type DisplayItem } from '../../../src/lib/python/objects/host';
import { renderDotToSvg } from '../../../src/lib/graphviz';
import { parseFormat } from '../../../src/lib/python/modules/plot-args';
import { createStandardModules } from '../../../src/lib/python/modules/index';
import type { FigureSpec } from '../../../src/lib/python/objects/display';
import { runProgram } from './run-program';
import { firstLectureDiagram } from '../../support/lecture-diagrams';

/** A column tensor like torch.linspace(-1, 1, n).reshape(n, 1), through the toArray hook. */
class Column extends HostObject {
  readonly typeName = 'Tensor';
  constructor(readonly values: number[]) {
    super();
  }
  override toArray(): ArrayData {
    return { data: Float32Array.from(this.values), shape: [this.values.length, 1] };
  }
}

function withFakeTorch(): ModuleRegistry {
  const n = 2000;
  const x = Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));
  return createStandardModules().register('torch', () => new PyModule('torch', {
    X: new Column(x),
    v: new Column(x.map((t) => 1 / (1 + Math.exp(-(-1 + 5 * t))))),
    y: new Column(x.map((t) => (t > 0.2 ? 1 : 0))),
    linspace: hostFunction('linspace', () => new Column(x)),
  }));
}

function figures(displays: DisplayItem[]): FigureSpec[] {
  return displays.flatMap((d) => (d.kind === 'figure' ? [d.figure] : []));
}

describe('matplotlib.pyplot', () => {
  it("draws the seed's cell: blue scatter, blue dashed fit, red dashed truth", () => {
    const r = runProgram(
      `import torch
import matplotlib.pyplot as plt
X, y, v = torch.X, torch.y, torch.v
plt.scatter(X,y,alpha=0.01)
plt.plot(X,v*0 + 0.5 if False else v,'--')
plt.plot(X,v,'--r') # 파란 선을 빨간 선과 일치 시키는 과정 필요`,
      withFakeTorch(),
    );
    expect(r.error).toBeNull();
    expect(r.shown).toMatch(/^\[<matplotlib\.lines\.Line2D at 0x[0-9a-f]+>\]$/);
    const [figure] = figures(r.displays);
    expect(r.displays.map((d) => d.kind)).toEqual(['text', 'figure']);
    const [scatter, fit, truth] = figure.axes[0].series;
    expect(scatter).toMatchObject({ type: 'scatter', color: '#1f77b4', alpha: 0.01, size: 36, marker: 'o' });
    expect(fit).toMatchObject({ type: 'line', color: '#1f77b4', linestyle: '--', marker: null });
    expect(truth).toMatchObject({ type: 'line', color: '#ff0000', linestyle: '--' });
    expect(scatter.x).toHaveLength(2000);
    expect(scatter.x[0]).toBeCloseTo(-1, 6);
    expect(truth.y[1999]).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
  });

  it('cycles colours for lines without a colour, separately from scatter, and shows at cell end', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
for k in range(3):
    plt.plot([0, 1], [k, k])
plt.scatter([0], [0])
plt.scatter([1], [1], c='C3')
plt.plot([0, 1], [1, 0], color='k', label='black')
plt.title('제목')
plt.xlabel('x')
plt.ylabel('y')
plt.legend()
print('done')`);
    const [figure] = figures(r.displays);
    const axes = figure.axes[0];
    expect(axes.series.map((s) => s.color)).toEqual(['#1f77b4', '#ff7f0e', '#2ca02c', '#1f77b4', '#d62728', '#000000']);
    expect(axes).toMatchObject({ title: '제목', xlabel: 'x', ylabel: 'y', legend: true });
    expect(axes.series[5].label).toBe('black');
    expect(r.stdout).toBe('done\n');
  });

  it("parses fmt strings the way matplotlib does ('o' has markers and no line)", () => {
    expect(parseFormat('--r')).toEqual({ color: '#ff0000', marker: null, linestyle: '--' });
    expect(parseFormat('--')).toEqual({ color: null, marker: null, linestyle: '--' });
    expect(parseFormat('o')).toEqual({ color: null, marker: 'o', linestyle: 'None' });
    expect(parseFormat('g^-')).toEqual({ color: '#008000', marker: '^', linestyle: '-' });
    expect(parseFormat('C2:.')).toEqual({ color: '#2ca02c', marker: '.', linestyle: ':' });
    expect(parseFormat('')).toEqual({ color: null, marker: null, linestyle: '-' });
    expect(() => parseFormat('rr')).toThrow(/two color symbols/);
    expect(() => parseFormat('q')).toThrow(/not a valid format string/);
  });

  it('plot(y) uses 0..n-1 for x; plt.show() ends a figure, plt.figure starts one with its size', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
plt.plot([3, 1, 2])
plt.show()
plt.figure(figsize=(8, 3))
plt.plot([1, 2], [1, 4], 'o')
plt.xlim(0, 3)`);
    const [first, second] = figures(r.displays);
    expect(first.axes[0].series[0].x).toEqual([0, 1, 2]);
    expect(second.figsize).toEqual([8, 3]);
    expect(second.axes[0].xlim).toEqual([0, 3]);
    expect(r.shown).toBe('(0.0, 3.0)');
  });

  it('subplots give axes objects with the matplotlib method names', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
fig, (a, b) = plt.subplots(1, 2, figsize=(10, 4))
a.plot([1, 2], [2, 1], '--')
b.scatter([1], [2], alpha=0.5)
a.set_title('left')
b.set_xlabel('x')
fig`);
    const [figure] = figures(r.displays);
    expect(figure).toMatchObject({ rows: 1, cols: 2, figsize: [10, 4] });
    expect(figure.axes[0]).toMatchObject({ title: 'left' });
    expect(figure.axes[1]).toMatchObject({ xlabel: 'x' });
    // `fig` as the last line draws the figure (no <Figure size …> text), and the inline backend
    // draws the open figure again at the cell's end, as Jupyter does
    expect(r.shown).toBeNull();
    expect(figures(r.displays)).toHaveLength(2);
  });

  it('reports bad plotting input as Python errors with the line', () => {
    expect(runProgram('import matplotlib.pyplot as plt\nplt.plot([1, 2], [1, 2, 3])').error).toEqual({
      type: 'ValueError',
      message: 'x and y must have same first dimension, but have shapes (2,) and (3,)',
      line: 2,
    });
    expect(runProgram("import matplotlib.pyplot as plt\n\nplt.plot([1], [1], color='notacolor1')").error?.line).toBe(3);
  });
});

describe('graphviz', () => {
  const gvCell = `import graphviz
def gv(s): return graphviz.Source('digraph G{ rankdir="LR"' + s + '; }')
gv('''${firstLectureDiagram}''')`;

  it("runs the lecture's gv() cell as written and shows the diagram, not a repr", async () => {
    const r = runProgram(gvCell);
    expect(r.error).toBeNull();
    expect(r.shown).toBeNull();
    expect(r.displays).toHaveLength(1);
    const item = r.displays[0];
    expect(item.kind).toBe('graphviz');
    if (item.kind !== 'graphviz') return;
    expect(item.dot.startsWith('digraph G{ rankdir="LR"\nsubgraph cluster_1{')).toBe(true);
    const svg = await renderDotToSvg(item.dot);
    for (const label of ['Layer 0', 'Layer 1', 'Sigmoid(X@W)=yhat', '@W']) expect(svg).toContain(label);
  });

  it('builds DOT with Digraph, node, edge, attr and subgraph blocks', async () => {
    const r = runProgram(`import graphviz
g = graphviz.Digraph(graph_attr={'rankdir': 'LR'})
g.node('X', 'input x')
g.edge('X', 'yhat', label='@W')
with g.subgraph(name='cluster_0') as c:
    c.attr(label='Layer 1')
    c.node('yhat')
print(g.source)
g`);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe(
      'digraph {\n\tgraph [rankdir=LR]\n\tX [label="input x"]\n\tX -> yhat [label="@W"]\n\tsubgraph cluster_0 {\n\t\tgraph [label="Layer 1"]\n\t\tyhat\n\t}\n}\n\n',
    );
    const item = r.displays.find((d) => d.kind === 'graphviz');
    expect(item && item.kind === 'graphviz' && (await renderDotToSvg(item.dot))).toContain('input x');
  });
});
