/**
 * The fused runner for the CPU and WASM backends: one registered tfjs kernel runs many epochs in a
 * single call, reading x and y straight from the backend's memory (the JS typed array on 'cpu',
 * the WebAssembly heap on 'wasm'). On these backends every kernel runs on the main thread, so what
 * costs is the per-kernel overhead (allocation, bookkeeping) — 11 small kernels per epoch were
 * 3.5× the plain-JS floor — and one kernel per chunk removes it. It still goes through
 * engine.runKernel, so tensors are tracked and tf.profile counts it.
 *
 * The gradient sums run in double; the parameters (and Adam's averages) are float32 and step by
 * torch/core/optim.ts's own update, as PyTorch's are: on a plateau an update is about one float32
 * ulp of ŵ, and a double parameter would drift from PyTorch's by 1e-4 in 1000 epochs.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { lossAndGradient } from '../reference';
import { isDivergent } from '../divergence';
import type { LossName } from '../losses';
import type { OptimizerName } from '../params';
import { adamStepConstants, adamUpdateAt, sgdUpdateAt } from '../torch/core/optim';
import { freshOptimizerState, type EpochRunner, type OptimizerState, type RunnerSetup } from './runner';

export const FUSED_KERNEL = 'LiveLecturesLogisticEpochs';

interface FusedAttrs {
  lr: number;
  epochs: number;
  loss: LossName;
  optimizer: OptimizerName;
  /** Adam's step count before this chunk. */
  stepsBefore: number;
}

/** The state tensor: ŵ0, ŵ1, the last epoch's mean loss, then Adam's exp_avg and exp_avg_sq of ŵ0 and ŵ1. */
const stateValues = (w0: number, w1: number, { expAvg, expAvgSq }: OptimizerState) => [w0, w1, Number.NaN, ...expAvg, ...expAvgSq];

/** Backends expose their buffers differently; these are the two calls we need from each. */
interface HostBackend {
  view(info: TensorInfo): Float32Array;
  output(values: Float32Array): TensorInfo;
}

function hostBackend(name: 'cpu' | 'wasm', backend: unknown): HostBackend {
  if (name === 'cpu') {
    const cpu = backend as { data: { get(id: unknown): { values: Float32Array } }; makeTensorInfo(s: number[], d: 'float32', v: Float32Array): TensorInfo };
    return { view: (info) => cpu.data.get(info.dataId).values, output: (v) => cpu.makeTensorInfo([v.length], 'float32', v) };
  }
  const wasm = backend as { typedArrayFromHeap(i: TensorInfo): Float32Array; makeOutput(s: number[], d: 'float32'): TensorInfo };
  return {
    view: (info) => wasm.typedArrayFromHeap(info),
    output: (v) => {
      const out = wasm.makeOutput([v.length], 'float32');
      wasm.typedArrayFromHeap(out).set(v);
      return out;
    },
  };
}

function kernelFor(name: 'cpu' | 'wasm'): KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const host = hostBackend(name, backend);
    const { lr, epochs, loss, optimizer, stepsBefore } = attrs as unknown as FusedAttrs;
    const x = host.view(inputs.x as TensorInfo);
    const y = host.view(inputs.y as TensorInfo);
    const state = host.view(inputs.state as TensorInfo);
    const w = Float32Array.of(state[0], state[1]);
    const gradient = new Float32Array(2); // float32, as PyTorch's .grad
    const expAvg = state.slice(3, 5);
    const expAvgSq = state.slice(5, 7);
    const negLr = Math.fround(-lr);
    let meanLoss = state[2];
    for (let epoch = 0; epoch < epochs; epoch++) {
      // the loss is only read back for the chunk's last epoch, so only that one pays for the log
      const [l, g0, g1] = lossAndGradient(x, y, loss, w[0], w[1], epoch === epochs - 1);
      meanLoss = l;
      gradient[0] = g0;
      gradient[1] = g1;
      if (optimizer === 'sgd') {
        sgdUpdateAt(0, w, gradient, negLr);
        sgdUpdateAt(1, w, gradient, negLr);
      } else {
        const constants = adamStepConstants(stepsBefore + epoch + 1, { lr });
        adamUpdateAt(0, w, gradient, expAvg, expAvgSq, constants);
        adamUpdateAt(1, w, gradient, expAvg, expAvgSq, constants);
      }
      // NaN is absorbing, so the readback sees it even if later epochs would have come back
      if (isDivergent(w[0], w[1], 0)) {
        w.fill(Number.NaN);
        meanLoss = Number.NaN;
        break;
      }
    }
    return host.output(Float32Array.of(w[0], w[1], meanLoss, ...expAvg, ...expAvgSq));
  };
}

let registered = false;
function registerFusedKernels(): void {
  if (registered) return;
  for (const backendName of ['cpu', 'wasm'] as const) {
    const config: KernelConfig = { kernelName: FUSED_KERNEL, backendName, kernelFunc: kernelFor(backendName) };
    tf.registerKernel(config);
  }
  registered = true;
}

export function createFusedHostRunner(setup: RunnerSetup): EpochRunner {
  registerFusedKernels();
  const x = tf.tensor1d(setup.x);
  const y = tf.tensor1d(setup.y);
  let state = tf.tensor1d(stateValues(setup.w0, setup.w1, freshOptimizerState()));
  let steps = 0;
  return {
    run(epochs) {
      const attrs: FusedAttrs = { lr: setup.lr, epochs, loss: setup.loss, optimizer: setup.optimizer, stepsBefore: steps };
      const next = tf.engine().runKernel(FUSED_KERNEL, { x, y, state }, attrs as unknown as tf.NamedAttrMap) as tf.Tensor1D;
      state.dispose();
      state = next;
      steps += epochs;
    },
    async read() {
      const step = steps;
      const values = await state.data();
      const [w0, w1, loss, m0, m1, v0, v1] = values;
      return { w0, w1, loss, diverged: Number.isNaN(w0), optimizer: { step, expAvg: [m0, m1], expAvgSq: [v0, v1] } };
    },
    setParams(w0, w1, optimizer) {
      state.dispose();
      state = tf.tensor1d(stateValues(w0, w1, optimizer));
      steps = optimizer.step;
    },
    dispose() {
      for (const t of [x, y, state]) t.dispose();
    },
  };
}
