/**
 * The tfjs trainer for Linear(1,1) + Sigmoid with full-batch SGD, as in the lecture.
 *
 * ```ts
 * import { createTrainer } from '../lib/train';
 * const trainer = createTrainer({
 *   x, y, loss: 'bce', lr: 0.05, epochs: 10000, initW0, initW1,
 *   backend: 'auto',          // first that starts of webgpu → webgl → wasm → cpu, or force one
 *   autoPicker: measuringPicker(n, localStorage), // optional: 'auto' = fastest in a short cached probe
 *   wasmPaths: wasmFiles,     // prefix string or { "tfjs-backend-wasm.wasm": url, ... } (see src/elements/wasm-files.ts)
 *   onProgress: (p) => draw(p.w0, p.w1, p.loss, p.epoch, p.backend, p.elapsedMs),
 *   onDone: (r) => ..., onError: (e) => show(e.message), onStateChange: (s) => el.setAttribute('status', s),
 * });
 * await trainer.ready();      // backend chosen and data on the device: trainer.backend
 * const result = await trainer.start();   // never rejects: result.status 'done' | 'cancelled' | 'error'
 * trainer.pause(); trainer.resume(); await trainer.step(1); await trainer.reset(); await trainer.cancel();
 * await trainer.dispose();    // e.g. in disconnectedCallback
 * ```
 *
 * Guarantees: one async data() readback per chunk of many epochs (never dataSync, never per
 * epoch); the loop yields to the browser whenever it has held the main thread for
 * `frameBudgetMs`; divergence (NaN, Infinity, |w| > MAX_ABS_PARAM in divergence.ts) stops training with a
 * TrainingDivergedError (Korean, then English) carrying the exact epoch and the last finite
 * parameters; every tensor is freed on done, error, cancel, reset and dispose.
 *
 * Fused kernels: one custom WebGL draw per epoch, one WebGPU dispatch per up to 500 epochs, and
 * on CPU/WASM one registered kernel per chunk (the lecture's loop itself, written literally,
 * is what the runnable Python cells run).
 */
export { createTrainer } from './trainer';
export type { Trainer, TrainerOptions, TrainerProgress, TrainerResult, TrainerState } from './trainer';
export { selectBackend } from './backends';
export { measuringPicker, type ProbeStore } from './probe';
export type { BackendName, BackendChoice, BackendOptions, BackendSelection, AutoPicker, WasmPaths } from './backends';
export { TrainingDivergedError } from '../divergence';
