// `IPython.display`, the two names the course's cells use: HTML(ani.to_jshtml()) shows an
// animation's player, as in Jupyter, and display(obj) shows an object as a cell's last value
// would (a figure, a player, a table, or its text). HTML never takes markup from a cell: the
// page would be running whatever the string holds (script, event handlers) in the lecture's
// origin, so HTML('<b>...</b>') raises NotImplementedError instead of showing something other
// than Jupyter (escaped text would be a different output, not the same one).
import { HostObject, PyModule, bindArgs, hostFunction, notSupportedYet, type DisplayItem, type HostContext, type PyValue } from '../objects/host';
import { displayRepr } from '../objects/repr';
import { JsHtmlPlayer } from './animation';

/** IPython.core.display.HTML holding an animation player (the only HTML the page shows). */
class HTML extends HostObject {
  readonly typeName = 'HTML';
  override readonly moduleName = 'IPython.core.display';
  constructor(private readonly player: JsHtmlPlayer) {
    super();
  }
  override repr(): string {
    return '<IPython.core.display.HTML object>';
  }
  override richDisplay(): DisplayItem {
    return { kind: 'animation', animation: this.player.animation };
  }
}

export function createIpythonDisplayModule(ctx: HostContext): PyModule {
  const html = hostFunction('HTML', (args, kwargs) => {
    const a = bindArgs('HTML', [['data', null], ['url', null], ['filename', null], ['metadata', null]], args, kwargs);
    if (a.url !== null || a.filename !== null) throw notSupportedYet('IPython.display.HTML(url=..., filename=...)');
    if (a.data instanceof JsHtmlPlayer) return new HTML(a.data);
    throw notSupportedYet('IPython.display.HTML with markup (only HTML(ani.to_jshtml()))');
  });
  // display(*objs): each as a cell's last value shows it (None too: Jupyter's display(None) shows 'None')
  const display = hostFunction('display', (args, kwargs) => {
    for (const key of kwargs.keys()) throw notSupportedYet(`IPython.display.display(${key}=...)`);
    for (const value of args) {
      const item = value instanceof HostObject ? value.richDisplay?.() : undefined;
      ctx.display(item ?? { kind: 'text', text: displayRepr(value) });
    }
    return null;
  });
  return new PyModule('IPython.display', new Map<string, PyValue>([['HTML', html], ['display', display]]));
}
