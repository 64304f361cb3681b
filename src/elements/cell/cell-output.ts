// The output area under a cell: printed text exactly as printed (<pre>), warnings as Jupyter's
// stderr (a pale red <pre>), pandas tables (data-table.ts), figures and diagrams
// in the order the code made them, a progress line for long loops, and errors as a Python
// traceback plus a Korean line. Text is only ever set with textContent; figures are SVG we
// generate (matplotlib specs) or Graphviz's SVG after removing links and scripts.
import type { DisplayItem } from '../../lib/python/objects/host';
import type { CellFailure } from './page-kernel';
import { element } from '../ui';
import { renderDataTable } from './data-table';

/** Past this many characters the page stops showing more text (the run goes on). */
const MAX_SHOWN_TEXT = 200_000;
const LINES_PER_BLOCK = 200;
/** Printed lines added to the page per turn of the event loop: bounds each task however much arrives. */
const LINES_PER_TURN = 400;

export class CellOutput {
  readonly root = element('div', { class: 'tc-output', hidden: '' });
  private readonly status = element('p', { class: 'tc-status', role: 'status' });
  private readonly progressBar = element('progress', { 'aria-label': '반복 진행률 / loop progress' });
  private readonly progressText = element('span');
  private readonly progress = element('div', { class: 'tc-progress', hidden: '' }, [this.progressBar, this.progressText]);
  /** Scrolls once long (like a notebook's scrolled output), so the page below never jumps. */
  private readonly items = element('div', { class: 'tc-items', tabindex: '0', role: 'region', 'aria-label': '셀 출력 / cell output' });
  private currentText: Text | null = null;
  private linesInBlock = 0;
  private shownText = 0;
  private pendingFigures: Promise<void>[] = [];
  /** Text received but not yet in the page; added LINES_PER_TURN lines at a time. */
  private pendingText = '';
  private drainTimer: ReturnType<typeof setTimeout> | null = null;
  private drainWaiters: (() => void)[] = [];

  constructor() {
    this.root.append(this.progress, this.items, this.status);
  }

  clear(): void {
    if (this.drainTimer !== null) clearTimeout(this.drainTimer);
    this.drainTimer = null;
    this.pendingText = '';
    this.resolveDrained();
    this.items.replaceChildren();
    this.currentText = null;
    this.shownText = 0;
    this.pendingFigures = [];
    this.progress.hidden = true;
    this.status.textContent = '';
    this.status.className = 'tc-status';
    this.root.hidden = true;
  }

  setStatus(text: string, tone: 'info' | 'done' | 'error' = 'info'): void {
    this.status.textContent = text;
    this.status.className = `tc-status tc-tone-${tone}`;
    this.root.hidden = false;
  }

  write(text: string): void {
    this.root.hidden = false;
    if (this.shownText >= MAX_SHOWN_TEXT) return;
    const room = MAX_SHOWN_TEXT - this.shownText;
    const shown = text.length > room ? `${text.slice(0, room)}\n… (출력이 너무 길어 나머지는 생략합니다 / output truncated)\n` : text;
    this.shownText += text.length;
    this.pendingText += shown;
    this.drainTimer ??= setTimeout(() => this.drainSome(), 0);
  }

  private drainSome(): void {
    this.drainTimer = null;
    let end = 0;
    for (let lines = 0; lines < LINES_PER_TURN; lines++) {
      const newline = this.pendingText.indexOf('\n', end);
      if (newline < 0) {
        end = this.pendingText.length;
        break;
      }
      end = newline + 1;
    }
    this.appendLines(this.pendingText.slice(0, end));
    this.pendingText = this.pendingText.slice(end);
    if (this.pendingText.length > 0) this.drainTimer = setTimeout(() => this.drainSome(), 0);
    else this.resolveDrained();
  }

  /** Puts all received text in the page now (before a figure or an error, to keep the order). */
  private drainAll(): void {
    if (this.drainTimer !== null) clearTimeout(this.drainTimer);
    this.drainTimer = null;
    this.appendLines(this.pendingText);
    this.pendingText = '';
    this.resolveDrained();
  }

  private resolveDrained(): void {
    for (const resolve of this.drainWaiters.splice(0)) resolve();
  }

  /**
   * Printed text goes into <pre> blocks of at most LINES_PER_BLOCK lines. Appending to one huge
   * text node makes the browser re-lay out all of it on every chunk (a long task once a loop has
   * printed thousands of lines); a new block per few hundred lines keeps each append small.
   * The blocks sit flush, so they read as one output.
   */
  private appendLines(text: string): void {
    let rest = text;
    while (rest.length > 0) {
      if (!this.currentText || (this.linesInBlock >= LINES_PER_BLOCK && this.currentText.data.endsWith('\n'))) {
        this.currentText = document.createTextNode('');
        this.linesInBlock = 0;
        this.items.append(element('pre', { class: 'tc-stdout' }, [this.currentText]));
      }
      let end = 0;
      while (this.linesInBlock < LINES_PER_BLOCK) {
        const newline = rest.indexOf('\n', end);
        if (newline < 0) {
          end = rest.length;
          break;
        }
        end = newline + 1;
        this.linesInBlock++;
      }
      if (end === 0) {
        // The block is full but its last line is unfinished: finish that line here.
        const newline = rest.indexOf('\n');
        end = newline < 0 ? rest.length : newline + 1;
      }
      this.currentText.appendData(rest.slice(0, end));
      rest = rest.slice(end);
    }
  }

  /** A warning (stderr), in its own block in the order it came among the printed text. */
  writeStderr(text: string): void {
    this.root.hidden = false;
    this.drainAll();
    this.currentText = null; // text printed after the warning starts a new block below it
    this.items.append(element('pre', { class: 'tc-stderr' }, [text]));
  }

  display(item: DisplayItem): void {
    this.root.hidden = false;
    if (item.kind === 'text') return this.write(item.text.endsWith('\n') ? item.text : `${item.text}\n`);
    this.drainAll();
    this.currentText = null; // text after a figure starts a new block below it
    if (item.kind === 'table') {
      this.items.append(renderDataTable(item.table));
      return;
    }
    const holder = element('div', { class: 'tc-figure' });
    this.items.append(holder);
    this.pendingFigures.push(drawFigure(holder, item));
  }

  /** Resolves once all text received so far is in the page and every figure is drawn. */
  async settled(): Promise<void> {
    if (this.pendingText.length > 0) await new Promise<void>((resolve) => this.drainWaiters.push(resolve));
    await Promise.all(this.pendingFigures);
  }

  showProgress(line: number, iteration: number, total: number | null): void {
    this.root.hidden = false;
    this.progress.hidden = false;
    if (total !== null) {
      this.progressBar.max = total;
      this.progressBar.value = Math.min(iteration, total);
    } else {
      this.progressBar.removeAttribute('value'); // indeterminate: a while loop
    }
    const count = iteration.toLocaleString('ko-KR');
    this.progressText.textContent = `${line}행 반복 ${total !== null ? `${count} / ${total.toLocaleString('ko-KR')}` : count}`;
  }

  hideProgress(): void {
    this.progress.hidden = true;
  }

  showError(failure: CellFailure): void {
    this.root.hidden = false;
    this.drainAll();
    this.currentText = null;
    this.items.append(
      element('div', { class: 'tc-error', role: 'alert' }, [
        element('pre', { class: 'tc-traceback' }, [failure.traceback]),
        ...(failure.korean ? [element('p', { class: 'tc-korean' }, [failure.korean])] : []),
      ]),
    );
  }
}

async function drawFigure(holder: HTMLElement, item: Exclude<DisplayItem, { kind: 'text' | 'table' }>): Promise<void> {
  try {
    if (item.kind === 'figure') {
      const { FigureView } = await import('./figure-view');
      new FigureView(holder).show(item.figure);
    } else if (item.kind === 'animation') {
      const { mountAnimationPlayer } = await import('./animation-player');
      mountAnimationPlayer(holder, item.animation);
    } else {
      const { renderDiagram } = await import('./diagram');
      holder.append(await renderDiagram(item.dot));
    }
  } catch (error) {
    holder.replaceChildren(element('p', { class: 'tc-korean' }, [
      `그림을 그리지 못했습니다 / The figure could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
    ]));
  }
}
