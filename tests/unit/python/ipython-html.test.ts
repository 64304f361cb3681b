// HTML(ani.to_jshtml()) from IPython.display: the same player a FuncAnimation shows with
// rcParams['animation.html'] = 'jshtml', at to_jshtml's fps and default_mode. to_jshtml() gives a
// player object, not matplotlib's HTML string, so reading it as text is refused; HTML() with a
// cell's own markup is refused too (the page never injects markup a cell wrote).
import { describe, expect, it } from 'vitest';
import type { AnimationSpec } from '../../../src/lib/python/objects/display';
import { runProgram } from './run-program';

const ANIMATION = `import matplotlib.pyplot as plt
from matplotlib import animation
fig, ax = plt.subplots()
line, = ax.plot([0, 1, 2], [0, 0, 0])
def f(i):
    line.set_ydata([i, i, i])
    return line,
ani = animation.FuncAnimation(fig, f, frames=4, interval=50)
`;

function animationsOf(source: string): AnimationSpec[] {
  const r = runProgram(source);
  expect(r.error).toBeNull();
  expect(r.shown).toBeNull();
  return r.displays.flatMap((d) => (d.kind === 'animation' ? [d.animation] : []));
}

describe('IPython.display.HTML(ani.to_jshtml())', () => {
  it("shows the player the jshtml setting shows, as the last expression or through display()", () => {
    const [jshtml] = animationsOf(`${ANIMATION}plt.rcParams["animation.html"] = "jshtml"\nani`);
    const [last] = animationsOf(`${ANIMATION}from IPython.display import HTML\nHTML(ani.to_jshtml())`);
    const [displayed] = animationsOf(`${ANIMATION}from IPython.display import HTML, display\ndisplay(HTML(ani.to_jshtml()))\nNone`);
    expect(jshtml.frames).toHaveLength(4);
    expect(last).toEqual(jshtml);
    expect(displayed).toEqual(jshtml);
    expect(last.frames.map((frame) => frame.axes[0].series[0].y)).toEqual([[0, 0, 0], [1, 1, 1], [2, 2, 2], [3, 3, 3]]);
  });

  it("takes to_jshtml's fps and default_mode, and refuses a mode HTMLWriter refuses", () => {
    const [player] = animationsOf(`${ANIMATION}from IPython.display import HTML\nHTML(ani.to_jshtml(fps=5, default_mode='reflect'))`);
    expect([player.intervalMs, player.mode]).toEqual([200, 'reflect']);
    const bad = runProgram(`${ANIMATION}ani.to_jshtml(default_mode='x')`);
    expect(bad.error).toMatchObject({ type: 'ValueError', message: "'x' is not a valid value for default_mode; supported values are 'loop', 'once', 'reflect'" });
  });

  it('prints the HTML object as IPython does', () => {
    const r = runProgram(`${ANIMATION}from IPython.display import HTML\nprint(HTML(ani.to_jshtml()))`);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe('<IPython.core.display.HTML object>\n');
  });

  it("refuses to_jshtml()'s text: it is not matplotlib's HTML string", () => {
    for (const use of ['ani.to_jshtml()', 'print(ani.to_jshtml())']) {
      const r = runProgram(`${ANIMATION}${use}`);
      expect(r.error?.type).toBe('NotImplementedError');
      expect(r.error?.message).toContain('to_jshtml() as text');
    }
  });

  it("refuses a cell's own markup rather than injecting it", () => {
    const r = runProgram(`from IPython.display import HTML\nHTML('<img src=x onerror="alert(1)">')`);
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toMatch(/^IPython\.display\.HTML with markup .*아직 지원하지 않습니다/);
    expect(r.displays).toEqual([]);
  });

  it('display() shows a figure, and a plain value as its text', () => {
    const r = runProgram('import matplotlib.pyplot as plt\nfrom IPython.display import display\nfig, ax = plt.subplots()\nax.plot([1, 2])\ndisplay(fig)\ndisplay([1, 2])\nplt.close()');
    expect(r.error).toBeNull();
    expect(r.displays.map((d) => d.kind)).toEqual(['figure', 'text']);
    expect(r.displays[1]).toEqual({ kind: 'text', text: '[1, 2]' });
  });
});
