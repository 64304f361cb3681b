// The trainer's public types: its options, states, progress reports and controller.
import type { TrainingProblem } from '../reference';
import type { OptimizerName } from '../params';
import type { AutoPicker, BackendChoice, BackendName, BackendSelection, WasmPaths } from './backends';

export interface TrainerOptions extends TrainingProblem {
  /** 'sgd' (default, the lecture's) or 'adam': torch.optim's, with PyTorch's defaults but lr. */
  optimizer?: OptimizerName;
  /** 'auto' (default): the first of webgpu → webgl → wasm → cpu that starts, or the one `autoPicker` measures fastest. */
  backend?: BackendChoice;
  /** How 'auto' chooses (probe.ts measuringPicker); default the fixed order. */
  autoPicker?: AutoPicker;
  /** Where the tfjs-backend-wasm .wasm files are served: a URL prefix or a file name → URL map (backends.ts). */
  wasmPaths?: WasmPaths;
  /** Fixed epochs per chunk (one readback each). Default: adapted so a chunk takes ~chunkTargetMs. */
  epochsPerChunk?: number;
  /**
   * Work per adaptive chunk, in ms. Default 4 ms on cpu/wasm (the chunk blocks the main thread);
   * 25 ms of GPU work on webgl/webgpu (see GpuChunkSizer).
   */
  chunkTargetMs?: number;
  /** Main-thread time after which the loop yields to the browser (a macrotask; default 5 ms). */
  frameBudgetMs?: number;
  /** Wait for the next animation frame after every chunk: a fixed on-screen speed (epochs per frame). */
  paceToFrames?: boolean;
  /** WebGPU threads per workgroup (default 4 on SwiftShader, 128 on a real GPU). */
  webgpuWorkgroupSize?: number;
  onProgress?: (progress: TrainerProgress) => void;
  onDone?: (result: TrainerResult) => void;
  onError?: (error: Error) => void;
  onStateChange?: (state: TrainerState) => void;
}

export type TrainerState = 'idle' | 'running' | 'paused' | 'done' | 'error' | 'cancelled' | 'disposed';

export interface TrainerProgress {
  /** Epochs completed. */
  epoch: number;
  /** Mean loss computed in the last epoch (before its update), NaN before the first epoch. */
  loss: number;
  w0: number;
  w1: number;
  backend: BackendName;
  /** Training wall time so far, excluding pauses. */
  elapsedMs: number;
  /** Epochs in the chunk just finished. */
  chunkEpochs: number;
}

export interface TrainerResult extends TrainerProgress {
  status: 'done' | 'cancelled' | 'error';
  error: Error | null;
  /** Number of async readbacks (data() calls) the run made. */
  readbacks: number;
}

export interface Trainer {
  readonly state: TrainerState;
  /** Backend in use once known (after ready()), else null. */
  readonly backend: BackendName | null;
  /** The backend and why it was chosen, once known. */
  readonly selection: BackendSelection | null;
  /** Latest progress (epoch 0 at the initial parameters before any training). */
  readonly progress: TrainerProgress | null;
  /** Chooses and starts the backend and uploads the data; resolves with the backend name. */
  ready(): Promise<BackendName>;
  /** Trains up to `epochs` (continuing if paused); resolves when done, cancelled or failed. Never rejects. */
  start(): Promise<TrainerResult>;
  /** Stops after the current chunk; keeps everything on the device for resume(). */
  pause(): void;
  resume(): Promise<TrainerResult>;
  /** Runs exactly n more epochs (default 1) while not running, then stays paused. */
  step(n?: number): Promise<TrainerProgress>;
  /** Stops, frees device memory and returns to the initial parameters at epoch 0. */
  reset(): Promise<void>;
  /** Stops and frees device memory; the last parameters stay readable in `progress`. */
  cancel(): Promise<void>;
  /** cancel() for good: the trainer cannot be used afterwards. */
  dispose(): Promise<void>;
}
