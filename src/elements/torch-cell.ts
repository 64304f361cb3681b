// <torch-cell>: an editable, runnable Python cell. The code runs in the page's shared kernel
// (a Web Worker), cells above run first if they have not run yet, like a notebook.
// Contract (as the demos): `status` attribute (idle | running | done | error | stopped),
// run() / stop() / reset(), the `code` property, and events
//   cell-done  detail { stdout, figures, elapsedMs }
//   cell-error detail { message, line }
import { CellOutput } from './cell-output';
import { pageKernel, type RunOutcome } from './python-kernel-client';

export interface CellDoneDetail {
  stdout: string;
  figures: unknown[];
  elapsedMs: number;
}
export interface CellErrorDetail {
  message: string;
  line: number;
}

/** Runs are serialised page-wide: one kernel, one cell at a time, in the order asked. */
let queue: Promise<unknown> = Promise.resolve();

export class TorchCellElement extends HTMLElement {
  private editor!: HTMLTextAreaElement;
  private output!: CellOutput;
  private statusText!: HTMLElement;
  private original = '';
  private filename: string | null = null;
  private ranInGeneration = -1;
  private built = false;

  connectedCallback(): void {
    if (this.built) return;
    this.built = true;
    const source = this.querySelector('pre');
    this.original = (this.getAttribute('code') ?? source?.textContent ?? '').replace(/\n$/, '');
    this.editor = document.createElement('textarea');
    this.editor.className = 'tc-editor';
    this.editor.spellcheck = false;
    this.editor.value = this.original;
    this.editor.setAttribute('aria-label', '파이썬 코드 (Shift+Enter: 실행, Esc 다음 Tab: 밖으로 이동)');
    this.editor.setAttribute('autocapitalize', 'off');
    this.editor.setAttribute('autocomplete', 'off');
    this.fitEditor();
    this.editor.addEventListener('input', () => this.fitEditor());
    this.editor.addEventListener('keydown', (event) => this.onKey(event));

    const toolbar = document.createElement('div');
    toolbar.className = 'tc-toolbar';
    toolbar.append(
      this.button('실행 ▶', 'run', () => void this.run(), 'Shift+Enter'),
      this.button('정지 ■', 'stop', () => this.stop()),
      this.button('되돌리기', 'reset', () => this.reset()),
    );
    this.statusText = document.createElement('span');
    this.statusText.className = 'tc-status';
    this.statusText.setAttribute('role', 'status');
    toolbar.append(this.statusText);
    const outputRoot = document.createElement('div');
    outputRoot.className = 'tc-output';
    outputRoot.setAttribute('aria-live', 'polite');
    this.output = new CellOutput(outputRoot);
    if (source) source.hidden = true;
    this.append(toolbar, this.editor, outputRoot);
    if (!this.hasAttribute('status')) this.setAttribute('status', 'idle');
  }

  get code(): string {
    return this.built ? this.editor.value : (this.getAttribute('code') ?? this.querySelector('pre')?.textContent ?? '');
  }
  set code(value: string) {
    if (!this.built) {
      this.setAttribute('code', value);
      return;
    }
    this.editor.value = value;
    this.fitEditor();
  }

  /** Runs this cell (after any earlier cell not yet run in this kernel). */
  run(): Promise<RunOutcome> {
    const job = queue.then(() => this.runWithEarlierCells());
    queue = job.catch(() => undefined);
    return job;
  }

  /** Stops whatever the page's kernel is running, at once; the kernel starts fresh next time. */
  stop(): void {
    pageKernel().stop();
  }

  /** Puts the lecture's original code back. */
  reset(): void {
    this.code = this.original;
    this.output.clear();
    this.setAttribute('status', 'idle');
    this.statusText.textContent = '';
  }

  private async runWithEarlierCells(): Promise<RunOutcome> {
    const kernel = pageKernel();
    const cells = [...document.querySelectorAll<TorchCellElement>('torch-cell')];
    for (const cell of cells.slice(0, cells.indexOf(this))) {
      if (cell.ranInGeneration === kernel.generation) continue;
      const outcome = await cell.runSelf();
      if (outcome !== 'done') {
        this.output.clear();
        this.output.note('앞 셀이 끝나지 않아 실행하지 않았습니다 / an earlier cell did not finish');
        this.setStatus(outcome === 'stopped' ? 'stopped' : 'error');
        return outcome;
      }
    }
    return this.runSelf();
  }

  private async runSelf(): Promise<RunOutcome> {
    const kernel = pageKernel();
    this.filename ??= kernel.nameCell();
    this.output.clear();
    this.setStatus('running');
    this.statusText.textContent = '실행 중…';
    const generation = kernel.generation;
    let elapsedMs = 0;
    let errorDetail: CellErrorDetail | null = null;
    const outcome = await kernel.run(this.code, this.filename, (event) => {
      switch (event.type) {
        case 'stdout':
          this.output.write(event.text);
          break;
        case 'display':
          this.output.display(event.item);
          break;
        case 'progress': {
          const { iteration, total } = event.progress;
          this.statusText.textContent = `실행 중… 반복 ${iteration.toLocaleString('ko-KR')}${total ? ` / ${total.toLocaleString('ko-KR')}` : ''}`;
          break;
        }
        case 'done':
          elapsedMs = event.elapsedMs;
          break;
        case 'error':
          elapsedMs = event.elapsedMs;
          this.output.error(event.traceback, event.korean);
          errorDetail = { message: event.message, line: event.line };
      }
    });
    if (outcome === 'stopped') {
      this.output.note('정지했습니다. 커널을 새로 시작합니다 / stopped; the kernel restarts on the next run');
      this.statusText.textContent = '정지됨';
      this.setStatus('stopped');
      return outcome;
    }
    await this.output.drawn();
    this.ranInGeneration = generation;
    if (outcome === 'done') {
      this.statusText.textContent = `완료 (${(elapsedMs / 1000).toFixed(2)}초)`;
      this.setStatus('done');
      this.emit<CellDoneDetail>('cell-done', { stdout: this.output.text, figures: [...this.output.figures], elapsedMs });
    } else {
      this.statusText.textContent = '오류';
      this.setStatus('error');
      this.emit<CellErrorDetail>('cell-error', errorDetail ?? { message: '커널 오류 / kernel error', line: 0 });
    }
    return outcome;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      void this.run();
    } else if (event.key === 'Tab' && !event.shiftKey && this.editor.dataset.escaped !== 'true') {
      event.preventDefault();
      this.editor.setRangeText('    ', this.editor.selectionStart, this.editor.selectionEnd, 'end');
      this.fitEditor();
    }
    this.editor.dataset.escaped = String(event.key === 'Escape');
  }

  private fitEditor(): void {
    this.editor.rows = Math.max(2, this.editor.value.split('\n').length);
  }

  private button(label: string, role: string, onClick: () => void, shortcut?: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.dataset.action = role;
    if (shortcut) button.setAttribute('aria-keyshortcuts', shortcut);
    button.addEventListener('click', onClick);
    return button;
  }

  private setStatus(status: string): void {
    this.setAttribute('status', status);
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true }));
  }
}

export function defineTorchCell(): void {
  if (!customElements.get('torch-cell')) customElements.define('torch-cell', TorchCellElement);
}
