// The few numpy arrays matplotlib hands back to a cell: plt.hist's counts and bin edges
// (float64 or float32) and plt.subplots' grid of Axes (dtype=object). Only what course code
// does with them: index, iterate, len, .shape, .flat, and numpy 1.24's repr (array2string with
// its 75-column wrapping), so Jupyter's Out[] reads as it does with real matplotlib. This is not
// numpy: a float repr numpy would print in scientific notation, or an array over 1000 elements,
// gives null and the caller shows a placeholder instead.
import { HostObject, PyTuple, hostFunction, pyError, toIndex, type PyValue } from '../objects/host';

/** numpy's repr layout: 'array(' + rows wrapped at 75 columns + suffix, for 1-D and 2-D shapes. */
export function formatArrayRepr(words: readonly string[], shape: readonly number[], dtype: string | null): string {
  const prefix = 'array(';
  const suffix = dtype === null ? ')' : ',';
  const lineWidth = 75 - suffix.length;
  const hanging = ' '.repeat(prefix.length + 1);
  const row = (items: readonly string[], indent: string, width: number): string => {
    const elemWidth = width - 1;
    let s = '';
    let line = indent;
    items.forEach((word, i) => {
      if (line.length + word.length > elemWidth && line.length > indent.length) {
        s += line.trimEnd() + '\n';
        line = indent;
      }
      line += word;
      if (i < items.length - 1) line += ', ';
    });
    s += line;
    return '[' + s.slice(indent.length) + ']';
  };
  let body: string;
  if (shape.length === 1) {
    body = row(words, hanging, lineWidth);
  } else {
    const [rows, cols] = shape;
    const inner = Array.from({ length: rows }, (_, r) => row(words.slice(r * cols, (r + 1) * cols), hanging + ' ', lineWidth - 1));
    body = '[' + inner.join(',\n' + hanging) + ']';
  }
  const text = prefix + body + suffix;
  if (dtype === null) return text;
  const dtypeText = `dtype=${dtype})`;
  const lastLine = text.length - (text.lastIndexOf('\n') + 1);
  return text + (lastLine + dtypeText.length + 1 > 75 ? '\n' + ' '.repeat(prefix.length) : ' ') + dtypeText;
}

/** The shortest decimal that reads back as this value (float32: as this float32). */
function shortest(value: number, float32: boolean): string {
  if (!float32) return String(value);
  for (let p = 1; p <= 9; p++) {
    const text = value.toPrecision(p);
    if (Math.fround(Number(text)) === value) return String(Number(text));
  }
  return String(value);
}

/** numpy's FloatingFormat (precision 8, floatmode 'maxprec', no sign padding) for one array; null in exponent mode. */
export function formatFloats(values: readonly number[], float32: boolean): string[] | null {
  const finite = values.filter(Number.isFinite);
  const nonZero = finite.filter((v) => v !== 0).map(Math.abs);
  if (nonZero.length > 0) {
    const max = Math.max(...nonZero);
    const min = Math.min(...nonZero);
    if (max >= 1e8 || min < 0.0001 || max / min > 1000) return null;
  }
  const digits = (v: number): [string, string] => {
    let text = shortest(v, float32);
    if (/e/.test(text)) return ['', ''];
    const [, frac = ''] = text.split('.');
    if (frac.length > 8) text = v.toFixed(8).replace(/0+$/, '');
    const [intPart, fracPart = ''] = text.split('.');
    return [intPart, fracPart];
  };
  const parts = finite.map(digits);
  let padLeft = Math.max(0, ...parts.map(([a]) => a.length));
  const padRight = Math.max(0, ...parts.map(([, b]) => b.length));
  if (finite.length !== values.length) {
    const negInf = values.some((v) => v === -Infinity);
    padLeft = Math.max(padLeft, 3 - (padRight + 1), 3 + (negInf ? 1 : 0) - (padRight + 1));
  }
  return values.map((v) => {
    if (Number.isNaN(v)) return 'nan'.padStart(padLeft + padRight + 1);
    if (!Number.isFinite(v)) return (v < 0 ? '-inf' : 'inf').padStart(padLeft + padRight + 1);
    const [a, b] = digits(v);
    return a.padStart(padLeft) + '.' + b.padEnd(padRight);
  });
}

/** A 1-D float array (float64, or float32 when the data came from a float32 tensor). */
export class FloatArray extends HostObject {
  readonly typeName = 'ndarray';
  override readonly moduleName = 'numpy';
  constructor(
    readonly values: readonly number[],
    readonly dtype: 'float64' | 'float32',
  ) {
    super();
  }
  override repr(): string {
    const words = this.values.length <= 1000 ? formatFloats(this.values, this.dtype === 'float32') : null;
    if (words === null) return `<array of ${this.values.length} ${this.dtype} values: numpy's printing of these is not reproduced here>`;
    return formatArrayRepr(words, [this.values.length], this.dtype === 'float64' ? null : this.dtype);
  }
  override length(): number {
    return this.values.length;
  }
  override iterate(): Iterable<PyValue> {
    return this.values;
  }
  override getItem(key: PyValue): PyValue {
    return this.values[normalizeIndex(key, this.values.length, 0)];
  }
  override toArray() {
    return { data: this.values, shape: [this.values.length] };
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'shape') return new PyTuple([BigInt(this.values.length)]);
    if (name === 'sum') return hostFunction('sum', () => this.values.reduce((a, b) => a + b, 0));
    return undefined;
  }
}

/** numpy's IndexError for an index past the end of one axis; negative indices count from the end. */
export function normalizeIndex(key: PyValue, size: number, axis: number): number {
  const raw = toIndex(key, 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');
  const index = raw < 0 ? raw + size : raw;
  if (index < 0 || index >= size) throw pyError('IndexError', `index ${raw} is out of bounds for axis ${axis} with size ${size}`);
  return index;
}

