// <torch-cell>: a lecture's code block that the reader can edit and run. Before it is defined
// it is just the build-time highlighted <pre> (what readers without JavaScript see). Defined
// (when a cell nears the viewport, see define-cells-when-near), it adds Run/Stop/Reset, loads
// the CodeMirror editor in place of the <pre>, and runs code in the page's one Python kernel
// (a Web Worker, see page-kernel). Contract, like the demos: `status` attribute
// (idle|running|done|error), run(), stop(), reset(), the `code` property, and the events
// cell-done { stdout, figures, elapsedMs } and cell-error { message, line }.
import type { DisplayItem } from '../../lib/python/objects/host';
import { PageKernel, pageLectureFiles, type CellFailure, type KernelCell } from './page-kernel';
import { CellOutput } from './cell-output';
import type { CellEditor } from './editor';
import { button, element } from '../ui';
import { copyButton } from '../../scripts/copy-code';

export type CellStatus = 'idle' | 'running' | 'done' | 'error';
export type CellFigureItem = Exclude<DisplayItem, { kind: 'text' }>;
export interface CellDoneDetail { stdout: string; figures: CellFigureItem[]; elapsedMs: number }
/** `line` is the line in the cell, or null when the error has none (a cell above failed). */
export interface CellErrorDetail { message: string; line: number | null }

const cellElements = () => [...document.querySelectorAll<TorchCellElement>('torch-cell')].filter((cell) => cell instanceof TorchCellElement);
const kernel = new PageKernel(() => cellElements().map((cell) => cell.kernelCell), () => pageLectureFiles());
let nextHelpId = 1;

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}초`;

export class TorchCellElement extends HTMLElement {
  private originalCode = '';
  private pendingCode: string | null = null;
  private editor: CellEditor | null = null;
  private built = false;
  private readonly output = new CellOutput();
  private stdoutText = '';
  private figures: CellFigureItem[] = [];
  private runButton!: HTMLButtonElement;
  private stopButton!: HTMLButtonElement;

  /** The kernel's view of this cell; see KernelCell. */
  readonly kernelCell: KernelCell = {
    get cellName() { return cellName(this.host); },
    get code() { return this.host.code; },
    host: this,
    started: () => this.onStarted(),
    stdout: (text) => {
      this.stdoutText += text;
      this.output.write(text);
    },
    stderr: (text) => this.output.writeStderr(text),
    display: (item) => {
      if (item.kind === 'text') this.stdoutText += item.text.endsWith('\n') ? item.text : `${item.text}\n`;
      else this.figures.push(item);
      this.output.display(item);
    },
    progress: (line, iteration, total) => this.output.showProgress(line, iteration, total),
    done: (elapsedMs) => void this.onDone(elapsedMs),
    failed: (failure, elapsedMs) => this.onFailed(failure, elapsedMs),
    cancelled: (reason, blockedBy) => this.onCancelled(reason, blockedBy),
  } as KernelCell & { host: TorchCellElement };

  connectedCallback(): void {
    if (!this.hasAttribute('status')) this.setStatus('idle');
    if (this.built) return;
    this.built = true;
    this.originalCode = (this.querySelector('pre code') ?? this.querySelector('pre') ?? this).textContent?.replace(/\s+$/, '') ?? '';
    this.build();
  }

  get status(): CellStatus {
    return (this.getAttribute('status') as CellStatus | null) ?? 'idle';
  }

  get code(): string {
    return this.editor?.getCode() ?? this.pendingCode ?? this.originalCode;
  }

  set code(value: string) {
    if (this.editor) this.editor.setCode(value);
    else this.pendingCode = value;
  }

  /** Runs this cell (after the cells above it that have not run); resolves when it has ended. */
  async run(): Promise<void> {
    if (this.status === 'running') return;
    this.setStatus('running');
    this.runButton.disabled = true;
    this.stopButton.disabled = false;
    this.output.clear();
    this.output.setStatus('차례를 기다리는 중… / Waiting for the kernel…');
    await kernel.run(this.kernelCell);
  }

  /** Stops the page's kernel (whichever cell is running); its variables are lost. */
  stop(): void {
    kernel.stop();
  }

  /** Restores the lecture's original code and clears the output. */
  reset(): void {
    this.code = this.originalCode;
    this.pendingCode = null;
    if (this.status === 'running') return;
    this.output.clear();
    this.setStatus('idle');
  }

  private setStatus(status: CellStatus): void {
    if (this.getAttribute('status') !== status) this.setAttribute('status', status);
  }

  private build(): void {
    const staticCode = [...this.childNodes];
    const helpId = `tc-help-${nextHelpId++}`;
    const label = cellName(this).replace(/[<>]/g, '');
    this.runButton = button('▶ 실행', () => void this.run(), { class: 'tc-run', title: 'Shift+Enter' });
    this.stopButton = button('■ 정지', () => this.stop(), { class: 'tc-stop', disabled: '' });
    const resetButton = button('↺ 되돌리기', () => this.reset(), { class: 'tc-reset', title: '원래 코드로 / Reset to the original code' });
    const copy = copyButton(() => this.code, 'tc-copy');
    const toolbar = element('div', { class: 'tc-toolbar', role: 'toolbar', 'aria-label': `${label} 실행 도구` }, [
      element('span', { class: 'tc-label' }, [`${label.replace('cell', '셀')} · Python`]),
      this.runButton,
      this.stopButton,
      resetButton,
      copy,
    ]);
    const help = element('p', { class: 'tc-help', id: helpId }, ['Shift+Enter 실행 · Esc 다음 Tab으로 편집기 밖으로']);
    const editorHost = element('div', { class: 'tc-editor' }, staticCode);
    this.replaceChildren(toolbar, editorHost, help, this.output.root);
    // Focus in the cell means the reader may run it soon: start the kernel. Copying is not that.
    const warmOnFocus = (event: FocusEvent) => {
      if (event.target === copy) return;
      this.removeEventListener('focusin', warmOnFocus);
      kernel.warm();
    };
    this.addEventListener('focusin', warmOnFocus);
    void import('./editor').then(({ createEditor }) => {
      const code = this.code;
      editorHost.replaceChildren();
      this.editor = createEditor({ parent: editorHost, code, label: `${label.replace('cell', '셀')} 코드 편집기 / code editor`, describedBy: helpId, onRun: () => void this.run() });
      this.pendingCode = null;
    }).catch(() => {
      // The static code stays; Run still runs it.
    });
  }

  private onStarted(): void {
    this.setStatus('running');
    this.runButton.disabled = true;
    this.stopButton.disabled = false;
    this.stdoutText = '';
    this.figures = [];
    this.output.clear();
    this.output.setStatus('실행 중… / Running…');
  }

  private finish(status: CellStatus): void {
    this.output.hideProgress();
    this.runButton.disabled = false;
    this.stopButton.disabled = true;
    this.setStatus(status);
  }

  private async onDone(elapsedMs: number): Promise<void> {
    await this.output.settled();
    this.output.setStatus(`실행 완료 · ${seconds(elapsedMs)} / Done`, 'done');
    this.finish('done');
    this.emit<CellDoneDetail>('cell-done', { stdout: this.stdoutText, figures: this.figures, elapsedMs });
  }

  private onFailed(failure: CellFailure, elapsedMs: number): void {
    this.output.showError(failure);
    this.output.setStatus(`오류 · ${seconds(elapsedMs)} / Error`, 'error');
    this.finish('error');
    this.emit<CellErrorDetail>('cell-error', { message: failure.message, line: failure.line > 0 ? failure.line : null });
  }

  private onCancelled(reason: 'stopped' | 'blocked', blockedBy?: string): void {
    if (reason === 'blocked') {
      const message = `위의 ${blockedBy?.replace(/[<>]/g, '').replace('cell', '셀')}에서 오류가 나서 이 셀은 실행하지 않았습니다. / A cell above failed, so this cell did not run.`;
      this.output.setStatus(message, 'error');
      this.finish('error');
      this.emit<CellErrorDetail>('cell-error', { message, line: null });
      return;
    }
    this.output.setStatus('정지했습니다. 커널을 새로 시작해 변수가 모두 지워졌으므로, 다음 실행 때 위의 셀부터 다시 실행합니다. / Stopped: the kernel restarted and its variables are gone; the next run re-runs the cells above first.', 'info');
    this.finish('idle');
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** "<cell 3>": the cell's place on the page, as tracebacks name it. */
function cellName(cell: TorchCellElement): string {
  return `<cell ${cellElements().indexOf(cell) + 1}>`;
}

export function defineTorchCell(): void {
  if (!customElements.get('torch-cell')) customElements.define('torch-cell', TorchCellElement);
}
