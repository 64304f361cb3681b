// Draws what a Python cell produced under it: stdout as it streams, the result text, figures
// (lazy: d3), Graphviz diagrams (lazy: viz-js WebAssembly) and errors with a Korean line.
import type { DisplayItem } from '../lib/python/host';
import type { FigureSpec } from '../lib/python/modules/figure-spec';

export class CellOutput {
  private stdout: HTMLPreElement | null = null;
  private pendingDrawings: Promise<void>[] = [];
  readonly figures: FigureSpec[] = [];
  text = '';

  constructor(private readonly root: HTMLElement) {}

  clear(): void {
    this.root.replaceChildren();
    this.stdout = null;
    this.text = '';
    this.figures.length = 0;
    this.pendingDrawings = [];
  }

  write(text: string): void {
    this.text += text;
    if (!this.stdout) {
      this.stdout = this.block('pre', 'tc-stdout');
    }
    this.stdout.textContent += text;
  }

  display(item: DisplayItem): void {
    this.stdout = null; // later prints start a new block below this item, keeping the order
    if (item.kind === 'text') {
      this.block('pre', 'tc-result').textContent = item.text;
    } else if (item.kind === 'figure') {
      this.figures.push(item.figure);
      const holder = this.block('div', 'tc-figure');
      this.pendingDrawings.push(
        import('../lib/plot/figure-spec-svg').then(({ renderFigureSpec }) => {
          holder.innerHTML = renderFigureSpec(item.figure);
        }),
      );
    } else {
      const holder = this.block('div', 'tc-graphviz');
      this.pendingDrawings.push(
        import('../lib/graphviz')
          .then(({ renderDotToSvg }) => renderDotToSvg(item.dot))
          .then((svg) => {
            holder.replaceChildren(sanitizeSvg(svg));
          })
          .catch((error: unknown) => {
            holder.className = 'tc-error';
            holder.textContent = error instanceof Error ? error.message : String(error);
          }),
      );
    }
  }

  error(traceback: string, korean: string): void {
    this.block('pre', 'tc-error').textContent = traceback;
    const note = this.block('p', 'tc-error-ko');
    note.lang = 'ko';
    note.textContent = korean;
  }

  note(text: string, kind = 'tc-note'): void {
    this.block('p', kind).textContent = text;
  }

  /** Resolves when every figure and diagram has been drawn. */
  async drawn(): Promise<void> {
    await Promise.all(this.pendingDrawings);
  }

  private block<K extends 'pre' | 'div' | 'p'>(tag: K, className: string): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    element.className = className;
    this.root.append(element);
    return element;
  }
}

/** Graphviz SVG may carry links from DOT (URL=...); keep the drawing, drop links and handlers. */
function sanitizeSvg(markup: string): Element {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  for (const element of [parsed, ...parsed.querySelectorAll('*')]) {
    if (element.localName === 'script' || element.localName === 'foreignObject') {
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      if (/^on/i.test(attribute.name) || /href$/i.test(attribute.name)) element.removeAttribute(attribute.name);
    }
  }
  return document.importNode(parsed, true);
}
