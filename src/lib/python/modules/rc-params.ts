// `plt.rcParams`: matplotlib's settings as a dict-like. The page reads only 'animation.html'
// (whether a FuncAnimation shows as Jupyter's jshtml player); other keys a course sets
// (figure.figsize, font.size, ...) are recorded and otherwise ignored. Setting a key matplotlib
// lacks (library-names.json) or reading one never set and not in the small table below is
// matplotlib's KeyError; 'animation.html' is validated as matplotlib validates it.
import { HostObject, PyList, hostFunction, isRcParam, pyError, type PyValue } from '../objects/host';

/** Defaults of matplotlib 3.6 for the keys course code reads. */
const DEFAULTS: [string, () => PyValue][] = [
  ['animation.html', () => 'none'],
  ['animation.embed_limit', () => 20.0],
  ['figure.figsize', () => new PyList([6.4, 4.8])],
  ['figure.dpi', () => 100.0],
  ['font.size', () => 10.0],
  ['lines.linewidth', () => 1.5],
  ['axes.grid', () => false],
];

export const ANIMATION_HTML_VALUES = ['html5', 'jshtml', 'none'] as const;

export class RcParams extends HostObject {
  readonly typeName = 'RcParams';
  override readonly moduleName = 'matplotlib';
  private readonly values = new Map<string, PyValue>(DEFAULTS.map(([key, value]) => [key, value()]));
  constructor(private readonly pyRepr: (value: PyValue) => string) {
    super();
  }
  /** 'animation.html' as set: 'none', 'jshtml' or 'html5'. */
  get animationHtml(): string {
    return this.values.get('animation.html') as string;
  }
  override getItem(key: PyValue): PyValue {
    if (typeof key === 'string' && this.values.has(key)) return this.values.get(key)!;
    throw pyError('KeyError', this.pyRepr(key));
  }
  override setItem(key: PyValue, value: PyValue): void {
    if (typeof key !== 'string' || !isRcParam(key)) {
      throw pyError('KeyError', this.pyRepr(`${typeof key === 'string' ? key : this.pyRepr(key)} is not a valid rc parameter (see rcParams.keys() for a list of valid parameters)`));
    }
    if (key === 'animation.html') {
      const text = typeof value === 'string' ? value.toLowerCase() : value;
      if (typeof text !== 'string' || !(ANIMATION_HTML_VALUES as readonly string[]).includes(text)) {
        throw pyError('ValueError', `Key animation.html: ${this.pyRepr(value)} is not a valid value for animation.html; supported values are ['html5', 'jshtml', 'none']`);
      }
      value = text;
    }
    this.values.set(key, value);
  }
  override contains(key: PyValue): boolean {
    return typeof key === 'string' && this.values.has(key);
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'get') {
      return hostFunction(name, (args) => (typeof args[0] === 'string' && this.values.has(args[0]) ? this.values.get(args[0])! : args[1] ?? null));
    }
    return undefined;
  }
}
