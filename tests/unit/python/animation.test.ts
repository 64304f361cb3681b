// matplotlib.animation.FuncAnimation in the kernel: frames computed as to_jshtml computes them,
// the display item, the FigureSpec snapshots, plt.rcParams, the artist setters, and the errors.
// What matplotlib 3.6 itself prints and raises: tests/fixtures/pyplot/animation-golden.json.
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { AnimationSpec, LineSeries } from '../../../src/lib/python/objects/display';
import { renderMatplotlibFigure } from '../../../src/lib/plot/matplotlib-figure';
import { runProgram } from './run-program';

const LECTURE = `import matplotlib.pyplot as plt
from matplotlib import animation
plt.rcParams["animation.html"] = "jshtml"
x = [i / 10 for i in range(-10, 11)]
y = [1 if v > 0 else 0 for v in x]
yhat_history = [[(v * k) / 30 for v in x] for k in range(30)]
fig = plt.figure()
ax1 = fig.add_subplot(1, 2, 1)
ax2 = fig.add_subplot(1, 2, 2)
ax1.plot(x, y, 'o'); line, = ax1.plot(x, yhat_history[0], '--')
ax2.plot([0, 1], [0, 1])
def animate(epoc):
    line.set_ydata(yhat_history[epoc])
    ax1.set_title(f"epoch = {epoc*20}")
    return line,
ani = animation.FuncAnimation(fig, animate, frames=30)
ani`;

const animationOf = (r: ReturnType<typeof runProgram>): AnimationSpec => {
  const item = r.displays.find((d) => d.kind === 'animation');
  if (!item || item.kind !== 'animation') throw new Error(`no animation in ${JSON.stringify(r.error ?? r.shown)}`);
  return item.animation;
};

describe('FuncAnimation (the lecture 05wk-1 visualisation)', () => {
  it("computes one figure per frame after func's call, in order, and shows the player then the figure", () => {
    const r = runProgram(LECTURE);
    expect(r.error).toBeNull();
    const animation = animationOf(r);
    expect(animation.frames).toHaveLength(30);
    expect(animation.intervalMs).toBe(200);
    expect(animation.mode).toBe('loop');
    expect(animation.frames.map((f) => f.axes[0].title)).toEqual(Array.from({ length: 30 }, (_, k) => `epoch = ${k * 20}`));
    const dashed = (k: number) => animation.frames[k].axes[0].series[1] as LineSeries;
    expect(dashed(0).y.every((v) => v === 0)).toBe(true);
    expect(dashed(29).y[20]).toBeCloseTo(29 / 30);
    // the autoscale keeps the line as plotted (matplotlib's data limits), not the frame's data
    expect(dashed(29).limitY).toEqual(dashed(0).limitY);
    expect(animation.frames[0].cols).toBe(2);
    // Jupyter: the player (the displayhook), then the inline backend's figure at the last frame
    expect(r.displays.map((d) => d.kind)).toEqual(['animation', 'figure']);
    const last = r.displays[1];
    expect(last.kind === 'figure' && last.figure.axes[0].title).toBe('epoch = 580');
    expect(r.shown).toBeNull();
  });

  it('shares the arrays that did not change between frames, so a frame costs only what moved', () => {
    const animation = animationOf(runProgram(LECTURE));
    const scatter = animation.frames.map((f) => f.axes[0].series[0]);
    expect(new Set(scatter.map((s) => s.y)).size).toBe(1);
    expect(new Set(animation.frames.map((f) => f.axes[1].series[0].x)).size).toBe(1);
    // one structured clone keeps the sharing: 30 frames are about 30 moved lines, not 30 figures
    const cloned = structuredClone(animation);
    expect(cloned.frames[5].axes[0].series[0].x).toBe(cloned.frames[6].axes[0].series[0].x);
    const numbers = new Set<number[]>();
    for (const f of animation.frames) for (const a of f.axes) for (const s of a.series) if (s.type === 'line') numbers.add(s.x).add(s.y);
    // 30 moved dashed lines, and once each: the scatter's x and y, the dashed line's x, ax2's x and y
    expect(numbers.size).toBe(30 + 5);
  });

  it('sends 200 frames of a 300-point fit in about a megabyte (what moved only)', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
from matplotlib import animation
plt.rcParams["animation.html"] = "jshtml"
x = [i / 100 for i in range(300)]
fig, (ax1, ax2) = plt.subplots(1, 2)
ax1.plot(x, [v * v for v in x], 'o')
line, = ax1.plot(x, x, '--')
loss, = ax2.plot([0], [0])
def animate(k):
    line.set_ydata([v * k / 200 for v in x])
    loss.set_data(list(range(k + 1)), [1 / (j + 1) for j in range(k + 1)])
    ax1.set_title(f"epoch = {k * 20}")
ani = animation.FuncAnimation(fig, animate, frames=200)
ani`);
    expect(r.error).toBeNull();
    const animation = animationOf(r);
    // v8's serializer is the structured clone postMessage uses: shared arrays go once
    const bytes = serialize(animation).length;
    const unshared = serialize(JSON.parse(JSON.stringify(animation))).length;
    expect(bytes).toBeLessThan(1_500_000);
    expect(bytes).toBeLessThan(unshared * 0.75);
  });

  it('draws every frame with the static figure code, with the axes still', () => {
    const animation = animationOf(runProgram(LECTURE));
    const ticks = (svg: string) => svg.match(/<g class="mpl-ticks">.*?<\/g><\/g>/)?.[0];
    const first = renderMatplotlibFigure(animation.frames[0]);
    const last = renderMatplotlibFigure(animation.frames[29]);
    expect(first).toContain('epoch = 0');
    expect(last).toContain('epoch = 580');
    expect(ticks(first)).toBe(ticks(last));
  });

  it("calls func as to_jshtml does: the initial draw with the first frame, then every frame (init_func replaces the first call)", () => {
    const calls = (extra: string) => {
      const r = runProgram(`import matplotlib.pyplot as plt
from matplotlib import animation
plt.rcParams['animation.html'] = 'jshtml'
fig, ax = plt.subplots()
line, = ax.plot([0, 1, 2], [0, 1, 2])
def f(i):
    print(i, end=' ')
    line.set_ydata([i, i, i])
    return line,
ani = animation.FuncAnimation(fig, f, ${extra})
ani`);
      expect(r.error).toBeNull();
      return r.stdout.trim();
    };
    expect(calls('frames=3')).toBe('0 0 1 2');
    expect(calls('frames=[5, 6]')).toBe('5 5 6');
    expect(calls('frames=3, init_func=lambda: [line]')).toBe('0 1 2');
    expect(calls('frames=range(2, 4), repeat=False')).toBe('2 2 3');
    expect(calls('frames=None, save_count=3')).toBe('0 0 1 2');
    expect(calls('frames=0')).toBe('');
  });

  it('takes fargs, interval and repeat=False (the player starts in once mode)', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
import matplotlib.animation as animation
plt.rcParams['animation.html'] = 'jshtml'
fig, ax = plt.subplots()
line, = ax.plot([0, 1], [0, 1])
def f(i, scale):
    line.set_data([0, 1], [0, i * scale])
ani = animation.FuncAnimation(fig, f, frames=4, fargs=(10,), interval=50, repeat=False)
ani`);
    expect(r.error).toBeNull();
    const animation = animationOf(r);
    expect(animation.intervalMs).toBe(50);
    expect(animation.mode).toBe('once');
    expect(animation.frames.map((f) => (f.axes[0].series[0] as LineSeries).y[1])).toEqual([0, 10, 20, 30]);
  });

  it("shows the repr, not the player, while rcParams['animation.html'] is 'none' (matplotlib's default)", () => {
    const r = runProgram(`import matplotlib.pyplot as plt
from matplotlib import animation
fig, ax = plt.subplots()
ax.plot([1, 2])
ani = animation.FuncAnimation(fig, lambda i: None, frames=3)
print(ani)
ani`);
    expect(r.error).toBeNull();
    expect(r.stdout).toMatch(/^<matplotlib\.animation\.FuncAnimation object at 0x[0-9a-f]+>\n$/);
    expect(r.shown).toMatch(/^<matplotlib\.animation\.FuncAnimation at 0x[0-9a-f]+>$/);
    expect(r.displays.map((d) => d.kind)).toEqual(['text', 'figure']);
  });

  it('raises what func raises on frame k, with its line, when the cell shows the animation', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
from matplotlib import animation
plt.rcParams["animation.html"] = "jshtml"
fig, ax = plt.subplots()
line, = ax.plot([0, 1], [0, 1])
def animate(i):
    line.set_ydata([0, 1 / (i - 2)])
ani = animation.FuncAnimation(fig, animate, frames=5)
ani`);
    expect(r.error).toMatchObject({ type: 'ZeroDivisionError', message: 'division by zero' });
    expect(r.traceback).toContain('line 9, in <module>');
    expect(r.traceback).toContain('line 7, in animate');
    expect(r.displays.some((d) => d.kind === 'animation')).toBe(false);
  });

  it('refuses more than 500 frames, Korean first, at the FuncAnimation line', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
from matplotlib import animation
fig, ax = plt.subplots()
ani = animation.FuncAnimation(fig, lambda i: None, frames=501)`);
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toMatch(/^애니메이션은 프레임 500개까지만 지원합니다 \(요청: 501개\) \/ animations of more than 500 frames/);
    expect(r.error?.line).toBe(4);
  });

  it('raises ValueError when a frame leaves x and y of different lengths (as matplotlib does when drawing)', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
from matplotlib import animation
plt.rcParams["animation.html"] = "jshtml"
fig, ax = plt.subplots()
line, = ax.plot([0, 1, 2], [0, 1, 2])
ani = animation.FuncAnimation(fig, lambda i: line.set_ydata([1, 2]), frames=2)
ani`);
    expect(r.error).toMatchObject({ type: 'ValueError', message: 'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (2,).' });
  });

  it('redraws with ax.clear() each frame', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
from matplotlib import animation
plt.rcParams["animation.html"] = "jshtml"
fig, ax = plt.subplots()
def f(i):
    ax.clear()
    ax.plot([0, 1], [0, i])
    ax.set_title(str(i))
ani = animation.FuncAnimation(fig, f, frames=3)
ani`);
    expect(r.error).toBeNull();
    const frames = animationOf(r).frames;
    expect(frames.map((f) => f.axes[0].series.length)).toEqual([1, 1, 1]);
    expect(frames.map((f) => [f.axes[0].title, (f.axes[0].series[0] as LineSeries).color])).toEqual([['0', '#1f77b4'], ['1', '#1f77b4'], ['2', '#1f77b4']]);
  });
});

describe('the artists an animation changes', () => {
  it('Line2D: set_data, set_xdata/set_ydata, get_ydata; Text.set_text writes the title', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
fig, ax = plt.subplots()
line, = ax.plot([0, 1, 2], [0, 1, 2])
print(line.set_data([1, 2], [3, 4]), line.get_xdata(), line.get_ydata())
line.set_data(([5, 6], [7, 8]))
line.set_xdata([0, 1])
print(line.get_data())
t = ax.set_title('a')
t.set_text('b')
print(ax.get_title(), t)
ax.set_xlim(0, 5)
ax.set_ylim(-1, 1)
line.set_color('r')`);
    expect(r.error).toBeNull();
    // matplotlib 3.6 hands back what set_data/set_xdata were given (lists stay lists)
    expect(r.stdout).toBe("None [1, 2] [3, 4]\n([0, 1], [7, 8])\nb Text(0.5, 1.0, 'b')\n");
    const fig = r.displays.find((d) => d.kind === 'figure');
    expect(fig?.kind === 'figure' && fig.figure.axes[0]).toMatchObject({ title: 'b', xlim: [0, 5], ylim: [-1, 1], series: [{ x: [0, 1], y: [7, 8], color: '#ff0000', limitX: [0, 1, 2], limitY: [0, 1, 2] }] });
  });

  it('a Line2D method the page lacks is NotImplementedError, naming the real one', () => {
    const r = runProgram(`import matplotlib.pyplot as plt\nline, = plt.plot([1, 2])\nline.set_marker('o')`);
    expect(r.error).toMatchObject({ type: 'NotImplementedError' });
    expect(r.error?.message).toContain('matplotlib.lines.Line2D.set_marker');
  });
});

describe('plt.rcParams', () => {
  it("keeps animation.html (validated), records other dotted keys, and KeyErrors an unknown read", () => {
    const r = runProgram(`import matplotlib.pyplot as plt
print(plt.rcParams['animation.html'], plt.rcParams['figure.figsize'], plt.rcParams['animation.embed_limit'])
plt.rcParams['animation.html'] = 'jshtml'
plt.rcParams['figure.dpi'] = 120
print(plt.rcParams['animation.html'], plt.rcParams['figure.dpi'], 'animation.html' in plt.rcParams)
plt.rcParams['nonsense.key']`);
    expect(r.stdout).toBe('none [6.4, 4.8] 20.0\njshtml 120 True\n');
    expect(r.error).toMatchObject({ type: 'KeyError', message: "'nonsense.key'" });
  });
});

interface GoldenProgram {
  source: string;
  shown?: string | null;
  stdout?: string;
  error?: { type: string; message: string };
}
const golden = JSON.parse(readFileSync(new URL('../../fixtures/pyplot/animation-golden.json', import.meta.url), 'utf8')) as { programs: GoldenProgram[] };
const mask = (text: string | null | undefined) => text && text.replace(/\b0x[0-9a-f]+/g, '0x…');

describe('matplotlib.animation against matplotlib 3.6 (golden)', () => {
  it.each(golden.programs.map((p) => [p.source.split('\n').slice(-2).join(' ⏎ ').slice(0, 80), p] as const))('%s', (_name, program) => {
    const r = runProgram(program.source);
    if (program.error) {
      expect(r.error).toMatchObject(program.error);
    } else {
      expect(r.error).toBeNull();
      if (program.shown !== undefined) expect(mask(r.shown)).toBe(program.shown);
      if (program.stdout !== undefined) expect(mask(r.stdout)).toBe(program.stdout);
    }
  });
});
