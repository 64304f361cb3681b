// The page's one Python kernel, shared by its code cells like a notebook's: cells run one at
// a time, in the state the cells before them left. Running a cell whose predecessors have not
// run (in this kernel) runs them first. Stop terminates the worker (the only way to end
// `while True: pass`) and forgets all state; the next run starts a fresh worker and re-runs
// the cells above. The worker is created on the first run (or warm()), never at page load.
import type { DisplayItem } from '../../lib/python/objects/host';
import type { KernelEvent, KernelRequest } from '../../lib/python/kernel/runner';
import { LECTURE_FILES_ATTRIBUTE, type FilesMessage, type LectureFiles } from '../../lib/python/kernel/lecture-files';

/** How a cell failed, as the kernel reported it. */
export interface CellFailure {
  /** `NameError: name 'yhat' is not defined` */
  message: string;
  /** Line in the failing cell, or 0 when unknown. */
  line: number;
  /** The traceback as Python prints it. */
  traceback: string;
  /** `3행: 'yhat'이 정의되지 않았습니다` */
  korean: string;
}

export type RunOutcome = 'done' | 'error' | 'stopped' | 'blocked';

/** What a cell element gives the kernel: its name, its current code, and where output goes. */
export interface KernelCell {
  readonly cellName: string;
  readonly code: string;
  started(): void;
  stdout(text: string): void;
  /** A warning's text (`UserWarning: …`), shown as stderr. */
  stderr(text: string): void;
  display(item: DisplayItem): void;
  progress(line: number, iteration: number, total: number | null): void;
  done(elapsedMs: number): void;
  failed(failure: CellFailure, elapsedMs: number): void;
  /** The run ended without an answer: Stop was pressed, or a cell above it failed. */
  cancelled(reason: 'stopped' | 'blocked', blockedBy?: string): void;
}

interface ActiveRun {
  runId: number;
  cell: KernelCell;
  resolve(outcome: RunOutcome): void;
}

export class PageKernel {
  private worker: Worker | null = null;
  /** Cells that ran to the end in the current worker. */
  private ran = new WeakSet<KernelCell>();
  private active: ActiveRun | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  /** Bumped by stop(): runs queued before it are cancelled. */
  private generation = 0;
  private nextRunId = 1;

  constructor(
    private readonly cellsInOrder: () => KernelCell[],
    /** The lecture's data files, told to each new worker before its first cell. */
    private readonly lectureFiles: () => LectureFiles | null = () => null,
  ) {}

  /** Starts the worker ahead of the first run (e.g. when a cell gets focus). */
  warm(): void {
    this.ensureWorker();
  }

  /** Queues `cell` (and the cells above it that have not run) and resolves with how it ended. */
  run(cell: KernelCell): Promise<RunOutcome> {
    const generation = this.generation;
    const turn = this.tail.then(() => this.runWithPredecessors(cell, generation));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /** True while some cell of the page is running. */
  isBusy(): boolean {
    return this.active !== null;
  }

  stop(): void {
    this.generation++;
    this.worker?.terminate();
    this.worker = null;
    this.ran = new WeakSet();
    const active = this.active;
    this.active = null;
    if (active) {
      active.cell.cancelled('stopped');
      active.resolve('stopped');
    }
  }

  private async runWithPredecessors(cell: KernelCell, generation: number): Promise<RunOutcome> {
    if (generation !== this.generation) {
      cell.cancelled('stopped');
      return 'stopped';
    }
    const cells = this.cellsInOrder();
    const before = cells.slice(0, Math.max(0, cells.indexOf(cell))).filter((previous) => !this.ran.has(previous));
    for (const previous of before) {
      const outcome = await this.execute(previous);
      if (generation !== this.generation || outcome === 'stopped') {
        cell.cancelled('stopped');
        return 'stopped';
      }
      if (outcome !== 'done') {
        cell.cancelled('blocked', previous.cellName);
        return 'blocked';
      }
    }
    return this.execute(cell);
  }

  private execute(cell: KernelCell): Promise<RunOutcome> {
    return new Promise((resolve) => {
      const runId = this.nextRunId++;
      this.active = { runId, cell, resolve };
      cell.started();
      const request: KernelRequest = { type: 'run', id: runId, filename: cell.cellName, code: cell.code };
      this.ensureWorker().postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // A module worker from our own origin: allowed by the site's CSP (default-src 'self').
    const worker = new Worker(new URL('../../workers/python-worker.ts', import.meta.url), { type: 'module', name: 'python-kernel' });
    worker.addEventListener('message', (event: MessageEvent<KernelEvent>) => this.receive(event.data));
    const files = this.lectureFiles();
    if (files) worker.postMessage({ type: 'files', files } satisfies FilesMessage);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failActive(`Python 커널을 불러오지 못했습니다. 새로고침해 보세요. / The Python kernel could not be loaded: ${event.message || 'unknown error'}`);
      this.worker?.terminate();
      this.worker = null;
      this.ran = new WeakSet();
    });
    this.worker = worker;
    return worker;
  }

  private failActive(message: string): void {
    const active = this.active;
    if (!active) return;
    this.active = null;
    active.cell.failed({ message, line: 0, traceback: message, korean: '' }, 0);
    active.resolve('error');
  }

  private receive(message: KernelEvent): void {
    const active = this.active;
    if (!active || message.id !== active.runId) return;
    switch (message.type) {
      case 'stdout':
        active.cell.stdout(message.text);
        break;
      case 'stderr':
        active.cell.stderr(message.text);
        break;
      case 'display':
        active.cell.display(message.item);
        break;
      case 'progress':
        active.cell.progress(message.progress.line, message.progress.iteration, message.progress.total);
        break;
      case 'done':
        this.active = null;
        this.ran.add(active.cell);
        active.cell.done(message.elapsedMs);
        active.resolve('done');
        break;
      case 'error':
        this.active = null;
        active.cell.failed({ message: message.message, line: message.line, traceback: message.traceback, korean: message.korean }, message.elapsedMs);
        active.resolve('error');
        break;
    }
  }
}

/** The lecture's data files as its page lists them (src/layouts/Lecture.astro), or null on a page without. */
export function pageLectureFiles(root: ParentNode = document): LectureFiles | null {
  const text = root.querySelector(`[${LECTURE_FILES_ATTRIBUTE}]`)?.getAttribute(LECTURE_FILES_ATTRIBUTE);
  return text ? (JSON.parse(text) as LectureFiles) : null;
}
