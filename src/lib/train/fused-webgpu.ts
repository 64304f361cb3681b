/**
 * The fused runner for WebGPU: one compute dispatch runs many epochs. A single workgroup holds the
 * parameters in workgroup memory; every epoch each thread sums its strided share of the samples,
 * a shared-memory tree reduction adds the shares, thread 0 applies the SGD step, and
 * workgroupBarrier() keeps the epochs in lock-step. Dispatch overhead — which dominates at
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
import { floatLiteral } from './shader-literals';
import type { EpochRunner, RunnerSetup } from './runner';

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

function userCode(n: number, loss: LossName, threads: number): string {
  return `
    var<workgroup> share0: array<f32, ${threads}>;
    var<workgroup> share1: array<f32, ${threads}>;
    var<workgroup> shareLoss: array<f32, ${threads}>;
    var<workgroup> params: vec3<f32>;

    fn main(index: i32) {
      let tid = i32(localIndex);
      if (tid == 0) { params = vec3<f32>(state[0], state[1], state[2]); }
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
          let next = vec2<f32>(w.x - uniforms.lr * share0[0] / ${floatLiteral(n)}, w.y - uniforms.lr * share1[0] / ${floatLiteral(n)});
          if (all(abs(next) <= vec2<f32>(${floatLiteral(MAX_ABS_PARAM)}))) {
            params = vec3<f32>(next, shareLoss[0] / ${floatLiteral(n)});
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
      }
    }`;
}

/** 4 threads were fastest on SwiftShader (a CPU); a real GPU wants a wide workgroup. */
export function defaultWorkgroupSize(backend: WebGPUBackendLike): number {
  const info = backend.adapterInfo;
  const software = /swiftshader/i.test(`${info?.architecture ?? ''} ${info?.vendor ?? ''}`);
  return software ? 4 : 128;
}

export function createFusedWebGPURunner(setup: RunnerSetup): EpochRunner {
  const n = setup.x.length;
  const backend = tf.backend() as unknown as WebGPUBackendLike;
  const threads = setup.webgpuWorkgroupSize ?? defaultWorkgroupSize(backend);
  if (threads < 2 || !Number.isInteger(Math.log2(threads))) throw new RangeError(`webgpuWorkgroupSize must be a power of two ≥ 2, got ${threads}`);
  const code = userCode(n, setup.loss, threads);
  const x = tf.tensor1d(setup.x);
  const y = tf.tensor1d(setup.y);
  let state = tf.tensor1d([setup.w0, setup.w1, 0]);

  function dispatch(epochs: number): void {
    const program = {
      variableNames: ['x', 'y', 'state'],
      outputShape: [3],
      shaderKey: `liveLecturesLogistic_${setup.loss}_${n}_${threads}`,
      dispatchLayout: { x: [0] },
      dispatch: [1, 1, 1] as [number, number, number],
      workgroupSize: [threads, 1, 1] as [number, number, number],
      uniforms: 'lr : f32, epochs : i32,',
      getUserCode: () => code,
    };
    const out = backend.runWebGPUProgram(program, [x, y, state], 'float32', [
      { type: 'float32', data: [setup.lr] },
      { type: 'int32', data: [epochs] },
    ]);
    const next = tf.engine().makeTensorFromTensorInfo(out) as tf.Tensor1D;
    state.dispose();
    state = next;
  }

  return {
    run(epochs) {
      for (let left = epochs; left > 0; left -= WEBGPU_MAX_EPOCHS_PER_DISPATCH) dispatch(Math.min(left, WEBGPU_MAX_EPOCHS_PER_DISPATCH));
    },
    async read() {
      // A reference of its own: the next chunk may be queued (and `state` disposed) before it arrives.
      const snapshot = state.clone();
      const [w0, w1, loss] = await snapshot.data().finally(() => snapshot.dispose());
      return { w0, w1, loss, diverged: loss < 0 };
    },
    setParams(w0, w1) {
      state.dispose();
      state = tf.tensor1d([w0, w1, 0]);
    },
    dispose() {
      for (const t of [x, y, state]) t.dispose();
    },
  };
}
