// Connects a TrainingPanel to a tfjs trainer. tfjs is imported when the panel is created (the
// demo is near the viewport), and a backend is started only when the reader presses play.
import type { DemoParams } from '../lib/params';
import type { Params } from '../lib/divergence';
import type { Trainer, TrainerProgress, TrainerResult, TrainerState } from '../lib/train';
import type { DemoProgressDetail } from './demo-element';
import type { TrainingPanel } from './training-panel';
import { wasmFiles } from './wasm-files';

export interface RunCallbacks {
  onProgress(detail: DemoProgressDetail): void;
  onStateChange(state: TrainerState): void;
}

const trainModule = () => import('../lib/train');

export class TrainingRun {
  private trainer: Trainer | null = null;
  private starting: Promise<Trainer> | null = null;
  private backendLabel = '';
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

  get backend(): string {
    return this.backendLabel;
  }

  /** Trains to the end (resuming if paused, restarting if done). Resolves when it stops. */
  async start(from?: Params): Promise<TrainerResult> {
    if (this.trainer?.state === 'done' || this.trainer?.state === 'error' || this.trainer?.state === 'cancelled') await this.reset();
    if (from && this.trainer === null) this.panel.rebase(from);
    const trainer = await this.ensureTrainer();
    const result = await (trainer.state === 'paused' ? trainer.resume() : trainer.start());
    this.panel.flush(); // the final state is on screen when the demo announces it
    return result;
  }

  pause(): void {
    this.pausedByVisibility = false;
    this.trainer?.pause();
  }

  async step(): Promise<void> {
    const trainer = await this.ensureTrainer();
    if (trainer.state === 'running' || trainer.state === 'done') return;
    const progress = await trainer.step(1);
    this.report(progress);
    this.panel.flush();
  }

  async reset(): Promise<void> {
    const trainer = this.trainer;
    this.trainer = null;
    this.starting = null;
    await trainer?.dispose();
    this.panel.clear();
  }

  setVisible(visible: boolean): void {
    if (!visible && this.trainer?.state === 'running') {
      this.trainer.pause();
      this.pausedByVisibility = true;
    } else if (visible && this.pausedByVisibility && this.trainer?.state === 'paused') {
      this.pausedByVisibility = false;
      void this.trainer.resume();
    }
  }

  dispose(): void {
    void this.trainer?.dispose();
    this.trainer = null;
  }

  private ensureTrainer(): Promise<Trainer> {
    this.starting ??= (async () => {
      const { createTrainer } = await trainModule();
      const start = this.panel.start;
      const trainer = createTrainer({
        x: this.panel.scenario.data.x,
        y: this.panel.scenario.data.y,
        loss: this.panel.loss,
        lr: this.params.lr,
        epochs: this.params.epochs,
        initW0: start.w0,
        initW1: start.w1,
        backend: this.params.backend,
        wasmPaths: wasmFiles,
        epochsPerChunk: this.params.speed,
        // A fixed speed means "this many epochs per frame".
        paceToFrames: this.params.speed !== undefined,
        onProgress: (progress) => this.report(progress),
        onStateChange: (state) => this.callbacks.onStateChange(state),
      });
      this.trainer = trainer;
      this.backendLabel = await trainer.ready();
      return trainer;
    })();
    return this.starting;
  }

  private report(progress: TrainerProgress): void {
    this.backendLabel = progress.backend;
    this.panel.show(progress, `백엔드: ${progress.backend}`);
    this.callbacks.onProgress({
      epoch: progress.epoch,
      loss: progress.loss,
      w0: progress.w0,
      w1: progress.w1,
      backend: progress.backend,
      elapsedMs: progress.elapsedMs,
    });
  }
}
