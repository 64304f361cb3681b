// Connects a TrainingPanel to a tfjs trainer. tfjs is imported when the panel is created (the
// demo is near the viewport), and a backend is started only when the reader presses play.
// Every way a run can end (play, resume after scrolling back, step) reports through onFinish,
// and nothing is reported or kept on the device once the run is disposed.
import type { DemoParams } from '../lib/params';
import type { Params } from '../lib/divergence';
import type { Trainer, TrainerProgress, TrainerResult, TrainerState } from '../lib/train';
import { progressDetail, type DemoProgressDetail } from '../lib/demo-events';
import type { TrainingPanel } from './training-panel';
import { wasmFiles } from './wasm-files';

export interface RunCallbacks {
  onProgress(detail: DemoProgressDetail): void;
  onStateChange(state: TrainerState): void;
  /** A training loop ended: done, paused (status 'cancelled'), or failed. Not called after dispose. */
  onFinish(result: TrainerResult): void;
}

const trainModule = () => import('../lib/train');

/** localStorage where the page may use it (not in some sandboxed iframes). */
function browserStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export class TrainingRun {
  private trainer: Trainer | null = null;
  private starting: Promise<Trainer> | null = null;
  private disposed = false;
  /** Set when the demo left the screen mid-run, so coming back resumes it. */
  private pausedByVisibility = false;

  constructor(
    readonly panel: TrainingPanel,
    private readonly params: DemoParams,
    private readonly callbacks: RunCallbacks,
  ) {
    void trainModule(); // start downloading tfjs now; play should not wait for the network
  }

  get state(): TrainerState {
    return this.trainer?.state ?? 'idle';
  }

  /** Starts the backend and puts the data on it without training, so that two runs can begin together. */
  async prepare(): Promise<void> {
    if (this.trainer?.state === 'done' || this.trainer?.state === 'error' || this.trainer?.state === 'cancelled') await this.reset();
    await this.ensureTrainer();
  }

  /** Trains to the end (resuming if paused, restarting if done). Resolves when it stops. */
  async start(from?: Params): Promise<TrainerResult | null> {
    if (this.trainer?.state === 'done' || this.trainer?.state === 'error' || this.trainer?.state === 'cancelled') await this.reset();
    if (from && this.trainer === null) this.panel.rebase(from);
    const trainer = await this.ensureTrainer();
    if (!trainer) return null;
    return this.drive(trainer.state === 'paused' ? trainer.resume() : trainer.start());
  }

  pause(): void {
    this.pausedByVisibility = false;
    this.trainer?.pause();
  }

  async step(): Promise<void> {
    const trainer = await this.ensureTrainer();
    if (!trainer || trainer.state === 'running' || trainer.state === 'done') return;
    const progress = await trainer.step(1);
    if (this.disposed) return;
    this.report(progress);
    this.panel.flush();
    // Stepping through the last epoch finishes the run like play does.
    if ((trainer.state as TrainerState) === 'done') this.callbacks.onFinish({ ...progress, status: 'done', error: null, readbacks: 0 });
  }

  async reset(): Promise<void> {
    const trainer = this.trainer;
    this.trainer = null;
    this.starting = null;
    await trainer?.dispose();
    if (!this.disposed) this.panel.clear();
  }

  setVisible(visible: boolean): void {
    if (!visible && this.trainer?.state === 'running') {
      this.trainer.pause();
      this.pausedByVisibility = true;
    } else if (visible && this.pausedByVisibility && this.trainer?.state === 'paused') {
      this.pausedByVisibility = false;
      void this.drive(this.trainer.resume());
    }
  }

  /** Stops for good: frees the device memory now, or as soon as a trainer still starting is ready. */
  dispose(): void {
    this.disposed = true;
    void this.trainer?.dispose();
    this.trainer = null;
    void this.starting?.then((trainer) => trainer?.dispose(), () => undefined);
    this.starting = null;
  }

  private async drive(loop: Promise<TrainerResult>): Promise<TrainerResult | null> {
    const result = await loop;
    if (this.disposed) return null;
    this.panel.flush(); // the final state is on screen when the demo announces it
    this.callbacks.onFinish(result);
    return result;
  }

  private ensureTrainer(): Promise<Trainer | null> {
    if (this.disposed) return Promise.resolve(null);
    const starting = (this.starting ??= (async () => {
      const { createTrainer, measuringPicker } = await trainModule();
      const start = this.panel.start;
      const trainer = createTrainer({
        x: this.panel.scenario.data.x,
        y: this.panel.scenario.data.y,
        loss: this.panel.loss,
        optimizer: this.params.optimizer,
        lr: this.params.lr,
        epochs: this.params.epochs,
        initW0: start.w0,
        initW1: start.w1,
        backend: this.params.backend,
        autoPicker: measuringPicker(this.panel.scenario.data.x.length, browserStore()),
        wasmPaths: wasmFiles,
        epochsPerChunk: this.params.speed,
        // A fixed speed means "this many epochs per frame".
        paceToFrames: this.params.speed !== undefined,
        onProgress: (progress) => {
          if (!this.disposed) this.report(progress);
        },
        onStateChange: (state) => {
          if (!this.disposed) this.callbacks.onStateChange(state);
        },
      });
      this.trainer = trainer;
      await trainer.ready();
      return trainer;
    })());
    return starting.then(
      (trainer) => (this.disposed ? null : trainer),
      (error: unknown) => {
        if (this.disposed) return null;
        throw error;
      },
    );
  }

  /** "WebGPU · 직접 고름", "WASM — 이 크기에서는 GPU보다 빠름 (측정 …)", plus any notice. */
  private backendNote(progress: TrainerProgress): string {
    const selection = this.trainer?.selection;
    if (!selection) return `백엔드: ${progress.backend}`;
    return [`백엔드: ${progress.backend} · ${selection.reason}`, ...selection.notices].join(' · ');
  }

  private report(progress: TrainerProgress): void {
    this.panel.show(progress, this.backendNote(progress));
    this.callbacks.onProgress(progressDetail(progress));
  }
}
