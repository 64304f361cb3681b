// What a seeded PyTorch run shows in a notebook, written by the same printing code the page's
// Python uses (torch's tensor repr, Python's number formatting), so a page can show the run
// as Colab shows it.
import { formatFloat } from '../../python/objects/format';
import { tensorRepr } from './format';
import { parameter } from './nn';

/** A weight in running text: Python's f'{w:.4f}', the 4 decimals torch prints by default. */
export function formatTorchNumber(value: number): string {
  return formatFloat(value, '.4f');
}

/**
 * The notebook's display of `list(net.parameters())` for the lecture's Linear(1, 1): weight
 * [[w1]], then bias [w0]. The reprs have newlines, so IPython puts one item per line and
 * indents their continuation lines by one column.
 */
export function formatLinearParameters({ w0, w1 }: { w0: number; w1: number }): string {
  const parameters = [parameter(Float32Array.of(w1), [1, 1]), parameter(Float32Array.of(w0), [1])];
  return '[' + parameters.map((p) => tensorRepr(p).replaceAll('\n', '\n ')).join(',\n ') + ']';
}
