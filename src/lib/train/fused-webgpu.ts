/**
 * The fused runner for WebGPU: one compute dispatch runs many epochs. A single workgroup holds the
 * parameters in workgroup memory; every epoch each thread sums its strided share of the samples,
 * a shared-memory tree reduction adds the shares, thread 0 applies the optimizer's step, and
 * workgroupBarrier() keeps the epochs in lock-step. Adam's per-step scalars come in as an input
 * computed in JavaScript (adamScalars: PyTorch's double-then-float32, which WGSL's pow is not). Dispatch overhead — which dominates at
 * n = 2000 — is paid once per chunk instead of ~58 times per epoch.
 *
 * Pitfalls this file works around (tfjs 4.22): runWebGPUProgram rewrites program.shaderKey, so a
 * reused program object would recompile on every call — we build a fresh object per dispatch;
 * dataSync crashes on WebGPU, so reads go through await data().
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { lossByName, type LossName } from '../losses';
import { MAX_ABS_PARAM } from '../divergence';
import type { OptimizerName } from '../params';
import { adamStepConstants } from '../torch/core/optim';
import { floatLiteral } from './shader-literals';
import { adamScalars, freshOptimizerState, type EpochRunner, type OptimizerState, type RunnerSetup } from './runner';

/** Upper bound of epochs in one dispatch: keeps one submission well under GPU watchdog limits. */
export const WEBGPU_MAX_EPOCHS_PER_DISPATCH = 500;

interface WebGPUBackendLike {
  runWebGPUProgram(program: object, inputs: TensorInfo[], dtype: 'float32', uniforms: Array<{ type: string; data: number[] }>): TensorInfo;
  adapterInfo?: { architecture?: string; vendor?: string };
}

/** Per-sample residual r (dLoss/dz) and loss l at logit z, in WGSL, from the loss's entry in losses.ts. */
function lossSnippet(loss: LossName): string {
  const { gradient, value } = lossByName(loss).shader;
  return `let r = ${gradient}; let l = ${value};`;
}

/**
 * Thread 0's step from the mean gradient g, in WGSL: `next` (ŵ0, ŵ1) and `averages` (Adam's
 * exp_avg, exp_avg_sq of both), as torch/core/optim.ts writes them.
 */
function stepSnippet(optimizer: OptimizerName): string {
  if (optimizer === 'sgd') return 'let next = w.xy + uniforms.negLr * g; let averages = moments;';
  const c = adamStepConstants(1); // β and ε only: each step's own scalars are in adamScalars
  return `
          let s = vec2<f32>(adamScalars[2 * epoch], adamScalars[2 * epoch + 1]);
          let m = moments.xy * ${floatLiteral(c.beta1)} + ${floatLiteral(c.oneMinusBeta1)} * g;
          let v = moments.zw * ${floatLiteral(c.beta2)} + (${floatLiteral(c.oneMinusBeta2)} * g) * g;
          let next = w.xy + (s.x * m) / (sqrt(v) / s.y + ${floatLiteral(c.eps)});
          let averages = vec4<f32>(m, v);`;
}

function userCode(n: number, loss: LossName, optimizer: OptimizerName, threads: number): string {
  return `
    var<workgroup> share0: array<f32, ${threads}>;
    var<workgroup> share1: array<f32, ${threads}>;
    var<workgroup> shareLoss: array<f32, ${threads}>;
    var<workgroup> params: vec3<f32>;
    var<workgroup> moments: vec4<f32>;

    fn main(index: i32) {
      let tid = i32(localIndex);
      if (tid == 0) {
        params = vec3<f32>(state[0], state[1], state[2]);
        moments = vec4<f32>(state[3], state[4], state[5], state[6]);
      }
      workgroupBarrier();
      for (var epoch = 0; epoch < uniforms.epochs; epoch++) {
        let w = params;
        var a0 = 0.0;
        var a1 = 0.0;
        var al = 0.0;
        for (var i = tid; i < ${n}; i += ${threads}) {
          let xi = x[i];
          let yi = y[i];
          let z = w.x + w.y * xi;
          let e = exp(-abs(z));
          let p = select(e / (1.0 + e), 1.0 / (1.0 + e), z >= 0.0);
          ${lossSnippet(loss)}
          a0 += r;
          a1 += r * xi;
          al += l;
        }
        share0[tid] = a0;
        share1[tid] = a1;
        shareLoss[tid] = al;
        workgroupBarrier();
        for (var stride = ${threads / 2}; stride > 0; stride = stride / 2) {
          if (tid < stride) {
            share0[tid] += share0[tid + stride];
            share1[tid] += share1[tid + stride];
            shareLoss[tid] += shareLoss[tid + stride];
          }
          workgroupBarrier();
        }
        // params.z < 0 marks divergence and freezes the last good parameters (the flag must live
        // on the GPU: |w| can leave the safe region and come back within one dispatch).
        if (tid == 0 && w.z >= 0.0) {
          let g = vec2<f32>(share0[0] / ${floatLiteral(n)}, share1[0] / ${floatLiteral(n)});
          ${stepSnippet(optimizer)}
          if (all(abs(next) <= vec2<f32>(${floatLiteral(MAX_ABS_PARAM)}))) {
            params = vec3<f32>(next, shareLoss[0] / ${floatLiteral(n)});
            moments = averages;
          } else {
            params.z = -1.0;
          }
        }
        workgroupBarrier();
      }
      if (tid == 0) {
        result[0] = params.x;
        result[1] = params.y;
        result[2] = params.z;
        result[3] = moments.x;
        result[4] = moments.y;
        result[5] = moments.z;
        result[6] = moments.w;
      }
    }`;
}

/** 4 threads were fastest on SwiftShader (a CPU); a real GPU wants a wide workgroup. */
export function defaultWorkgroupSize(backend: WebGPUBackendLike): number {
  const info = backend.adapterInfo;
  const software = /swiftshader/i.test(`${info?.architecture ?? ''} ${info?.vendor ?? ''}`);
  return software ? 4 : 128;
}

/** The state tensor: ŵ0, ŵ1, the last mean loss (−1 once diverged), Adam's exp_avg and exp_avg_sq of ŵ0 and ŵ1. */
const stateValues = (w0: number, w1: number, { expAvg, expAvgSq }: OptimizerState) => [w0, w1, 0, ...expAvg, ...expAvgSq];

export function createFusedWebGPURunner(setup: RunnerSetup): EpochRunner {
  const n = setup.x.length;
  const backend = tf.backend() as unknown as WebGPUBackendLike;
  const threads = setup.webgpuWorkgroupSize ?? defaultWorkgroupSize(backend);
  if (threads < 2 || !Number.isInteger(Math.log2(threads))) throw new RangeError(`webgpuWorkgroupSize must be a power of two ≥ 2, got ${threads}`);
  const code = userCode(n, setup.loss, setup.optimizer, threads);
  const x = tf.tensor1d(setup.x);
  const y = tf.tensor1d(setup.y);
  let state = tf.tensor1d(stateValues(setup.w0, setup.w1, freshOptimizerState()));
  let steps = 0;

  function dispatch(epochs: number): void {
    const adam = setup.optimizer === 'adam';
    const scalars = adam ? [tf.tensor1d(adamScalars(setup.lr, steps + 1, epochs))] : [];
    const program = {
      variableNames: ['x', 'y', 'state', ...(adam ? ['adamScalars'] : [])],
      outputShape: [7],
      shaderKey: `liveLecturesLogistic_${setup.loss}_${setup.optimizer}_${n}_${threads}`,
      dispatchLayout: { x: [0] },
      dispatch: [1, 1, 1] as [number, number, number],
      workgroupSize: [threads, 1, 1] as [number, number, number],
      uniforms: 'negLr : f32, epochs : i32,',
      getUserCode: () => code,
    };
    const out = backend.runWebGPUProgram(program, [x, y, state, ...scalars], 'float32', [
      { type: 'float32', data: [Math.fround(-setup.lr)] },
      { type: 'int32', data: [epochs] },
    ]);
    for (const t of scalars) t.dispose();
    const next = tf.engine().makeTensorFromTensorInfo(out) as tf.Tensor1D;
    state.dispose();
    state = next;
    steps += epochs;
  }

  return {
    run(epochs) {
      for (let left = epochs; left > 0; left -= WEBGPU_MAX_EPOCHS_PER_DISPATCH) dispatch(Math.min(left, WEBGPU_MAX_EPOCHS_PER_DISPATCH));
    },
    async read() {
      const step = steps;
      // A reference of its own: the next chunk may be queued (and `state` disposed) before it arrives.
      const snapshot = state.clone();
      const [w0, w1, loss, m0, m1, v0, v1] = await snapshot.data().finally(() => snapshot.dispose());
      return { w0, w1, loss, diverged: loss < 0, optimizer: { step, expAvg: [m0, m1], expAvgSq: [v0, v1] } };
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
