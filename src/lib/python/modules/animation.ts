// `matplotlib.animation.FuncAnimation` as Jupyter shows it with rcParams['animation.html'] =
// 'jshtml': when the animation is a cell's last expression, its frames are computed here (in the
// worker) the way matplotlib's to_jshtml saves them — the initial draw (init_func(), or func of the
// first frame), then func(frame) for each of `save_count` frames, the figure grabbed after each —
// and the page gets one display item with every frame's FigureSpec and plays them. With the
// default 'none' the cell shows the object's repr, as Jupyter does. Errors raised by func surface
// there, with func's line in the traceback, as matplotlib's come out of the display.
// `ani.to_jshtml()` gives a JsHtmlPlayer, not matplotlib's HTML string: the page never takes
// markup from a cell, so the string has no use here except to be handed to IPython.display.HTML,
// which shows the same player (modules/ipython-display.ts). Reading it as text raises
// NotImplementedError rather than pretending to be the string.
import {
  HostObject,
  PyList,
  PyModule,
  PyRange,
  PyTuple,
  bindArgs,
  hostFunction,
  notSupportedYet,
  pyError,
  toIndex,
  toNumber,
  typeNameOf,
  type DisplayItem,
  type HostContext,
  type KwArgs,
  type PyValue,
} from '../objects/host';
import type { AnimationSpec, Artist3D, AxesSpec, FigureSpec, Series, Shape } from '../objects/display';
import { Figure, isArtist } from './pyplot';
import { RcParams } from './rc-params';

/** More frames than this are refused: each is a whole figure in the page's memory. */
export const MAX_ANIMATION_FRAMES = 500;

/**
 * The figure as it is now, for one frame. Objects are copied; the number arrays are shared,
 * since pyplot never writes into one (set_ydata puts a new array in place): frames in which a
 * line did not change point to one array, which a structured clone sends once.
 */
export function snapshotFigure(spec: FigureSpec): FigureSpec {
  const axes = spec.axes.map((a): AxesSpec => {
    const copy: AxesSpec = {
      ...a,
      xlim: a.xlim && [a.xlim[0], a.xlim[1]],
      ylim: a.ylim && [a.ylim[0], a.ylim[1]],
      series: a.series.map((s): Series => ({ ...s })),
    };
    if (a.shapes) copy.shapes = a.shapes.map((s): Shape => ({ ...s }));
    if (a.three) {
      const { zlim, autoLimits, artists } = a.three;
      copy.three = {
        ...a.three,
        zlim: zlim && [zlim[0], zlim[1]],
        autoLimits: [[...autoLimits[0]], [...autoLimits[1]], [...autoLimits[2]]],
        artists: artists.map((artist): Artist3D => ({ ...artist })),
      };
    }
    return copy;
  });
  return { ...spec, figsize: [spec.figsize[0], spec.figsize[1]], axes };
}

/** matplotlib draws a line only when x and y agree in length (Line2D.recache, numpy's broadcast error). */
function checkLines(spec: FigureSpec): void {
  for (const axes of spec.axes) {
    for (const s of axes.series) {
      if (s.type === 'line' && s.x.length !== s.y.length) {
        throw pyError('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (${s.x.length},) and arg 1 with shape (${s.y.length},).`);
      }
    }
  }
}

const tooMany = (count: number) =>
  pyError(
    'NotImplementedError',
    `애니메이션은 프레임 ${MAX_ANIMATION_FRAMES}개까지만 지원합니다 (요청: ${count}개) / animations of more than ${MAX_ANIMATION_FRAMES} frames are not supported (${count} requested); pass fewer frames`,
  );

/** The values of an iterable `frames` argument (list, tuple, range, str, a tensor), or null when it is not one. */
function framesOf(frames: PyValue): PyValue[] | null {
  if (frames instanceof PyList || frames instanceof PyTuple) return [...frames.items];
  if (frames instanceof PyRange) return Array.from({ length: frames.length }, (_, i) => BigInt(frames.at(i)));
  if (typeof frames === 'string') return [...frames];
  if (frames instanceof HostObject && frames.iterate) return [...frames.iterate()];
  return null;
}

class FuncAnimation extends HostObject {
  readonly typeName = 'FuncAnimation';
  override readonly moduleName = 'matplotlib.animation';
  private computed: AnimationSpec | null = null;
  constructor(
    private readonly ctx: HostContext,
    private readonly rc: RcParams,
    private readonly figure: Figure,
    private readonly func: PyValue,
    /** The frame values in order, already cut to save_count. */
    private readonly frames: () => PyValue[],
    /** save_count as matplotlib sets it (frames=-1 gives -1). */
    private readonly saveCount: number,
    private readonly initFunc: PyValue,
    private readonly fargs: readonly PyValue[],
    readonly intervalMs: number,
    private readonly repeat: boolean,
    private readonly blit: boolean,
  ) {
    super();
  }

  private callFunc(frame: PyValue): void {
    const drawn = this.ctx.call(this.func, [frame, ...this.fargs]);
    if (this.blit) {
      const items = drawn instanceof PyList || drawn instanceof PyTuple ? drawn.items : null;
      if (!items || !items.every(isArtist)) throw pyError('RuntimeError', 'The animation function must return a sequence of Artist objects.');
    }
  }

  /** What to_jshtml saves: the initial draw, then func and a grab per frame. Computed once, as matplotlib caches its HTML. */
  compute(): AnimationSpec {
    if (this.computed) return this.computed;
    const frames = this.frames();
    if (this.initFunc === null) {
      if (frames.length > 0) this.callFunc(frames[0]);
    } else {
      const drawn = this.ctx.call(this.initFunc, []);
      if (this.blit && !(drawn instanceof PyList || drawn instanceof PyTuple)) throw pyError('RuntimeError', 'The init_func must return a sequence of Artist objects.');
    }
    const snapshots: FigureSpec[] = [];
    for (const frame of frames) {
      this.callFunc(frame);
      checkLines(this.figure.spec);
      snapshots.push(snapshotFigure(this.figure.spec));
    }
    this.computed = { frames: snapshots, intervalMs: this.intervalMs, mode: this.repeat ? 'loop' : 'once' };
    return this.computed;
  }

  override richDisplay(): DisplayItem | undefined {
    // 'none' (matplotlib's default): Jupyter shows the repr; 'html5' needs ffmpeg there, the player here
    if (this.rc.animationHtml === 'none') return undefined;
    const animation = this.compute();
    if (animation.frames.length === 0) return undefined;
    return { kind: 'animation', animation };
  }

  /** to_jshtml(fps=None, embed_frames=True, default_mode=None): the player, at fps (default 1000 / interval) and in default_mode. */
  private toJsHtml(args: readonly PyValue[], kwargs: KwArgs): JsHtmlPlayer {
    const { fps, embed_frames, default_mode } = bindArgs('to_jshtml', [['fps', null], ['embed_frames', true], ['default_mode', null]], args, kwargs);
    if (embed_frames !== true) throw notSupportedYet('matplotlib.animation.Animation.to_jshtml(embed_frames=False)');
    const mode = default_mode === null ? (this.repeat ? 'loop' : 'once') : default_mode;
    // HTMLWriter's check (_api.check_in_list), in its order
    if (mode !== 'loop' && mode !== 'once' && mode !== 'reflect') {
      throw pyError('ValueError', `${this.ctx.repr(mode)} is not a valid value for default_mode; supported values are 'loop', 'once', 'reflect'`);
    }
    const animation = this.compute();
    const intervalMs = fps === null ? animation.intervalMs : 1000 / toNumber(fps);
    return new JsHtmlPlayer({ ...animation, intervalMs, mode });
  }

  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'to_jshtml': return hostFunction('to_jshtml', (args, kwargs) => this.toJsHtml(args, kwargs));
      case '_interval': return BigInt(Math.round(this.intervalMs));
      case '_fig': return this.figure;
      case 'save_count': return BigInt(this.saveCount);
      default: return undefined;
    }
  }
}

/**
 * What to_jshtml() returns here: the animation's frames standing for matplotlib's HTML string.
 * IPython.display.HTML(player) shows them; as text (repr, str, print) it raises, since the page
 * has no HTML string to give.
 */
export class JsHtmlPlayer extends HostObject {
  readonly typeName = 'JsHtmlPlayer';
  override readonly moduleName = 'matplotlib.animation';
  constructor(readonly animation: AnimationSpec) {
    super();
  }
  override repr(): string {
    throw notSupportedYet('matplotlib.animation.Animation.to_jshtml() as text (pass it to IPython.display.HTML to show the player)');
  }
}

export function createAnimationModule(ctx: HostContext): PyModule {
  const pyplot = ctx.importModule('matplotlib.pyplot');
  const rc = pyplot.attrs.get('rcParams') as RcParams;
  const funcAnimation = hostFunction('FuncAnimation', (args, kwargs) => {
    const a = bindArgs(
      'FuncAnimation.__init__',
      ['fig', 'func', ['frames', null], ['init_func', null], ['fargs', null], ['save_count', null], ['interval', 200n], ['repeat_delay', 0n], ['repeat', true], ['blit', false], ['cache_frame_data', true]],
      args,
      kwargs,
      { varkw: 'kwargs' },
    );
    if (!(a.fig instanceof Figure)) {
      if (a.fig instanceof HostObject) throw notSupportedYet(`matplotlib.animation.FuncAnimation(fig=${typeNameOf(a.fig)})`);
      throw pyError('AttributeError', `'${typeNameOf(a.fig)}' object has no attribute 'canvas'`);
    }
    const saveCount = a.save_count === null ? null : toIndex(a.save_count);
    const fargs = a.fargs === null ? [] : a.fargs instanceof PyTuple || a.fargs instanceof PyList ? a.fargs.items : [a.fargs];
    let frames: () => PyValue[];
    let count: number;
    const { frames: given } = a;
    const iterable = given === null ? null : framesOf(given);
    if (given === null) {
      // itertools.count(): save_count frames (100 by default)
      count = saveCount ?? 100;
      frames = () => Array.from({ length: count }, (_, i) => BigInt(i));
    } else if (iterable) {
      count = given instanceof HostObject && !given.length ? Math.min(iterable.length, saveCount ?? 100) : iterable.length;
      frames = () => iterable.slice(0, count);
    } else if (typeof given === 'bigint' || typeof given === 'boolean' || (given instanceof HostObject && given.toIndex)) {
      count = toIndex(given);
      // matplotlib takes frames=-1 and fails only when the frames are saved (displayed)
      frames = () => {
        if (count < 0) throw pyError('ValueError', 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
        return Array.from({ length: count }, (_, i) => BigInt(i));
      };
    } else if (given instanceof HostObject && given.call) {
      throw notSupportedYet('matplotlib.animation.FuncAnimation(frames=<a generator function>)');
    } else {
      // range(frames), as matplotlib builds its frame sequence in the constructor
      throw pyError('TypeError', `'${typeNameOf(given)}' object cannot be interpreted as an integer`);
    }
    if (count > MAX_ANIMATION_FRAMES) throw tooMany(count);
    return new FuncAnimation(ctx, rc, a.fig, a.func, frames, count, a.init_func, fargs, toNumber(a.interval), a.repeat !== false, a.blit === true);
  });
  return new PyModule('matplotlib.animation', new Map<string, PyValue>([['FuncAnimation', funcAnimation]]));
}
