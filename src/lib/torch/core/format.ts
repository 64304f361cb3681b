// PyTorch's tensor repr, after torch/_tensor_str.py (1.13): one formatter
// per tensor chooses integer, fixed (4 decimals) or scientific mode and a
// common width; rows wrap at 80 columns; above 1000 elements only 3 edge
// items per dim are shown around "..."; suffixes (grad_fn, requires_grad)
// go on the last line or a new one when it would pass 80 columns. Each number is Python's
// '{:.4f}' / '{:.4e}' / '{:.0f}' of the element as a float, as _tensor_str.py writes it.
import { formatFloat } from '../../python/objects/format';
import { Tensor } from './tensor';

export const PRINT_OPTIONS = { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80 };

/** One dimension of a tensor, without copying: rows of the flat data. */
interface View {
  data: ArrayLike<number>;
  offset: number;
  shape: number[];
}

function sub(v: View, i: number): View {
  const inner = v.shape.slice(1).reduce((p, d) => p * d, 1);
  return { data: v.data, offset: v.offset + i * inner, shape: v.shape.slice(1) };
}

function values(v: View): number[] {
  const n = v.shape.reduce((p, d) => p * d, 1);
  return Array.from({ length: n }, (_, i) => v.data[v.offset + i]);
}

/** get_summarized_data: only the edge items of each dim (what is printed). */
function summarized(v: View): number[] {
  const e = PRINT_OPTIONS.edgeitems;
  if (v.shape.length === 0) return values(v);
  const size = v.shape[0];
  const rows = size > 2 * e ? [...range(0, e), ...range(size - e, size)] : range(0, size);
  if (v.shape.length === 1) return rows.map((i) => v.data[v.offset + i]);
  return rows.flatMap((i) => summarized(sub(v, i)));
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i);
}

/** '{:.4e}'.format(value) with the print precision. */
function scientific(v: number): string {
  return formatFloat(v, `.${PRINT_OPTIONS.precision}e`);
}

/** '{:.4f}'.format(value) with the print precision. */
function fixed(v: number): string {
  return formatFloat(v, `.${PRINT_OPTIONS.precision}f`);
}

class Formatter {
  intMode = true;
  sciMode = false;
  maxWidth = 1;

  constructor(
    private readonly dtype: Tensor['dtype'],
    shown: number[],
  ) {
    if (dtype !== 'float32' && dtype !== 'float64') {
      for (const v of shown) this.maxWidth = Math.max(this.maxWidth, this.plain(v).length);
      return;
    }
    const finite = shown.filter((v) => Number.isFinite(v) && v !== 0);
    if (finite.length === 0) return;
    const abs = finite.map(Math.abs);
    const max = Math.max(...abs);
    const min = Math.min(...abs);
    this.intMode = finite.every((v) => v === Math.ceil(v));
    const wide = max / min > 1000 || max > 1e8;
    if (this.intMode) {
      if (wide) {
        this.sciMode = true;
        for (const v of finite) this.maxWidth = Math.max(this.maxWidth, scientific(v).length);
      } else {
        for (const v of finite) this.maxWidth = Math.max(this.maxWidth, formatFloat(v, '.0f').length + 1);
      }
    } else if (wide || min < 1e-4) {
      this.sciMode = true;
      for (const v of finite) this.maxWidth = Math.max(this.maxWidth, scientific(v).length);
    } else {
      for (const v of finite) this.maxWidth = Math.max(this.maxWidth, fixed(v).length);
    }
  }

  private plain(v: number): string {
    return this.dtype === 'bool' ? (v ? 'True' : 'False') : String(v);
  }

  format(v: number): string {
    let s: string;
    if (this.dtype !== 'float32' && this.dtype !== 'float64') s = this.plain(v);
    else if (this.sciMode) s = scientific(v);
    else if (this.intMode) s = formatFloat(v, '.0f') + (Number.isFinite(v) ? '.' : '');
    else s = fixed(v);
    return s.padStart(this.maxWidth);
  }
}

function vectorStr(v: View, indent: number, summarize: boolean, fmt: Formatter): string {
  const e = PRINT_OPTIONS.edgeitems;
  const elementLength = fmt.maxWidth + 2;
  const perLine = Math.max(1, Math.floor((PRINT_OPTIONS.linewidth - indent) / elementLength));
  const size = v.shape[0];
  const at = (i: number) => fmt.format(v.data[v.offset + i]);
  const items =
    summarize && size > 2 * e
      ? [...range(0, e).map(at), ' ...', ...range(size - e, size).map(at)]
      : range(0, size).map(at);
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(', '));
  return '[' + lines.join(',\n' + ' '.repeat(indent + 1)) + ']';
}

function tensorStrWith(v: View, indent: number, summarize: boolean, fmt: Formatter): string {
  const dim = v.shape.length;
  if (dim === 0) return fmt.format(v.data[v.offset]);
  if (dim === 1) return vectorStr(v, indent, summarize, fmt);
  const e = PRINT_OPTIONS.edgeitems;
  const size = v.shape[0];
  const row = (i: number) => tensorStrWith(sub(v, i), indent + 1, summarize, fmt);
  const slices =
    summarize && size > 2 * e
      ? [...range(0, e).map(row), '...', ...range(size - e, size).map(row)]
      : range(0, size).map(row);
  return '[' + slices.join(',' + '\n'.repeat(dim - 1) + ' '.repeat(indent + 1)) + ']';
}

/** _tensor_str: the bracketed contents, for a repr whose prefix is `indent` wide. */
function tensorContents(t: Tensor, indent: number): string {
  if (t.size === 0) return '[]';
  const summarize = t.size > PRINT_OPTIONS.threshold;
  const view: View = { data: t.data, offset: 0, shape: t.shape };
  const fmt = new Formatter(t.dtype, summarize ? summarized(view) : values(view));
  return tensorStrWith(view, indent, summarize, fmt);
}

function addSuffixes(text: string, suffixes: string[], indent: number): string {
  const parts = [text];
  let lastLineLen = text.length - text.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLen + suffix.length + 2 > PRINT_OPTIONS.linewidth) {
      parts.push(',\n' + ' '.repeat(indent) + suffix);
      lastLineLen = indent + suffix.length;
    } else {
      parts.push(', ' + suffix);
      lastLineLen += suffix.length + 2;
    }
  }
  parts.push(')');
  return parts.join('');
}

const DTYPE_NAME = { float32: 'torch.float32', float64: 'torch.float64', int64: 'torch.int64', bool: 'torch.bool' } as const;

/** repr(tensor) / print(tensor), including "Parameter containing:". */
export function tensorRepr(t: Tensor): string {
  const prefix = 'tensor(';
  const indent = prefix.length;
  const suffixes: string[] = [];
  if (t.size === 0) {
    if (t.ndim !== 1) suffixes.push(`size=(${t.shape.join(', ')}${t.ndim === 1 ? ',' : ''})`);
    if (t.dtype !== 'float32') suffixes.push(`dtype=${DTYPE_NAME[t.dtype]}`);
  } else if (t.dtype === 'float64') suffixes.push(`dtype=${DTYPE_NAME[t.dtype]}`);
  if (t.gradFn) suffixes.push(`grad_fn=<${t.gradFn.name}>`);
  else if (t.requiresGrad) suffixes.push('requires_grad=True');
  const text = addSuffixes(prefix + tensorContents(t, indent), suffixes, indent);
  return t.isParameter ? 'Parameter containing:\n' + text : text;
}
