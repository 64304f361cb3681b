/**
 * The fused runner for the CPU and WASM backends: one registered tfjs kernel runs many epochs in a
 * single call, reading x and y straight from the backend's memory (the JS typed array on 'cpu',
 * the WebAssembly heap on 'wasm'). On these backends every kernel runs on the main thread, so what
 * costs is the per-kernel overhead (allocation, bookkeeping) — 11 small kernels per epoch were
 * 3.5× the plain-JS floor — and one kernel per chunk removes it. It still goes through
 * engine.runKernel, so tensors are tracked and tf.profile counts it.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { lossAndGradient } from '../reference';
import { isDivergent } from '../divergence';
import type { LossName } from '../losses';
import type { EpochRunner, RunnerSetup } from './runner';

export const FUSED_KERNEL = 'LiveLecturesLogisticEpochs';

interface FusedAttrs {
  lr: number;
  epochs: number;
  loss: LossName;
}

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
    const { lr, epochs, loss } = attrs as unknown as FusedAttrs;
    const x = host.view(inputs.x as TensorInfo);
    const y = host.view(inputs.y as TensorInfo);
    const state = host.view(inputs.state as TensorInfo);
    let w0 = state[0];
    let w1 = state[1];
    let meanLoss = state[2];
    for (let epoch = 0; epoch < epochs; epoch++) {
      // the loss is only read back for the chunk's last epoch, so only that one pays for the log
      const [l, g0, g1] = lossAndGradient(x, y, loss, w0, w1, epoch === epochs - 1);
      meanLoss = l;
      w0 -= lr * g0;
      w1 -= lr * g1;
      // NaN is absorbing, so the readback sees it even if later epochs would have come back
      if (isDivergent(w0, w1, 0)) {
        w0 = w1 = meanLoss = Number.NaN;
        break;
      }
    }
    return host.output(Float32Array.of(w0, w1, meanLoss));
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
  let state = tf.tensor1d([setup.w0, setup.w1, Number.NaN]);
  return {
    run(epochs) {
      const attrs = { lr: setup.lr, epochs, loss: setup.loss };
      const next = tf.engine().runKernel(FUSED_KERNEL, { x, y, state }, attrs as unknown as tf.NamedAttrMap) as tf.Tensor1D;
      state.dispose();
      state = next;
    },
    async read() {
      const [w0, w1, loss] = await state.data();
      return { w0, w1, loss, diverged: Number.isNaN(w0) };
    },
    setParams(w0, w1) {
      state.dispose();
      state = tf.tensor1d([w0, w1, Number.NaN]);
    },
    dispose() {
      for (const t of [x, y, state]) t.dispose();
    },
  };
}
