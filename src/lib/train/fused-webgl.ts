/**
 * The fused runner for WebGL: one custom fragment program per epoch (one draw call), run through
 * the backend's own compileAndRun so textures, caching and disposal stay tfjs's business.
 *
 * Blocked design, so that large n stays parallel and accurate (one long float32 sum loses ~1e-4):
 * the state texture has one row of partial sums (Σr, Σr·x, Σloss) per block of x, plus a last
 * row holding (w0, w1, mean loss). Each fragment first adds up the previous epoch's partial rows
 * to apply the SGD step, then computes its own block's partial sum at the new parameters. So one
 * draw = one full epoch, with the update of epoch k applied at the start of draw k+1; an extra
 * draw with lr = 0 after every setParams fills the partial rows for the starting parameters.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { lossByName, type LossName } from '../losses';
import { MAX_ABS_PARAM } from '../divergence';
import { floatLiteral } from './shader-literals';
import type { EpochRunner, RunnerSetup } from './runner';

interface WebGLProgram {
  variableNames: string[];
  outputShape: number[];
  userCode: string;
  customUniforms: Array<{ name: string; type: 'float' }>;
}

interface WebGLBackendLike {
  compileAndRun(program: WebGLProgram, inputs: TensorInfo[], dtype: 'float32', uniforms: number[][]): TensorInfo;
}

/** Per-sample residual r (dLoss/dz) and loss l at logit z, in GLSL, from the loss's entry in losses.ts. */
function lossSnippet(loss: LossName): string {
  const { gradient, value } = lossByName(loss).shader;
  return `float r = ${gradient}; float l = ${value};`;
}

/** Block size ≈ √n balances the two loops each fragment runs (partials in, its own block). */
export function webglBlockSize(n: number): number {
  return Math.max(64, Math.ceil(Math.sqrt(n)));
}

function makeProgram(n: number, loss: LossName): WebGLProgram {
  const blockSize = webglBlockSize(n);
  const blocks = Math.ceil(n / blockSize);
  return {
    variableNames: ['x', 'y', 'state'],
    outputShape: [blocks + 1, 3],
    customUniforms: [{ name: 'lr', type: 'float' }],
    userCode: `
      void main() {
        ivec2 rc = getOutputCoords();
        int row = rc.x;
        int channel = rc.y;
        float sum0 = 0.0, sum1 = 0.0, sumLoss = 0.0;
        for (int b = 0; b < ${blocks}; b++) {
          sum0 += getState(b, 0);
          sum1 += getState(b, 1);
          sumLoss += getState(b, 2);
        }
        float old0 = getState(${blocks}, 0);
        float old1 = getState(${blocks}, 1);
        float w0 = old0 - lr * sum0 / ${floatLiteral(n)};
        float w1 = old1 - lr * sum1 / ${floatLiteral(n)};
        // A loss of -1 marks divergence and freezes the last good parameters: the flag has to
        // live on the GPU because |w| can leave the safe region and come back within a chunk.
        // Written as !(a <= b) so that NaN counts as out of bounds.
        bool frozen = getState(${blocks}, 2) < 0.0;
        bool diverged = frozen || !(abs(w0) <= ${floatLiteral(MAX_ABS_PARAM)}) || !(abs(w1) <= ${floatLiteral(MAX_ABS_PARAM)});
        if (diverged) { w0 = old0; w1 = old1; }
        if (row == ${blocks}) {
          setOutput(channel == 0 ? w0 : (channel == 1 ? w1 : (diverged ? -1.0 : sumLoss / ${floatLiteral(n)})));
          return;
        }
        float acc = 0.0;
        int start = row * ${blockSize};
        for (int k = 0; k < ${blockSize}; k++) {
          int i = start + k;
          if (i >= ${n}) break;
          float xi = getX(i);
          float yi = getY(i);
          float z = w0 + w1 * xi;
          float e = exp(-abs(z));
          float p = z >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
          ${lossSnippet(loss)}
          acc += channel == 0 ? r : (channel == 1 ? r * xi : l);
        }
        setOutput(acc);
      }`,
  };
}

export function createFusedWebGLRunner(setup: RunnerSetup): EpochRunner {
  const n = setup.x.length;
  const blocks = Math.ceil(n / webglBlockSize(n));
  const backend = tf.backend() as unknown as WebGLBackendLike;
  const program = makeProgram(n, setup.loss); // same userCode → compiled once, cached by tfjs
  const x = tf.tensor1d(setup.x);
  const y = tf.tensor1d(setup.y);
  let state: tf.Tensor = tf.zeros([blocks + 1, 3]);

  function draw(lr: number): void {
    const out = backend.compileAndRun(program, [x, y, state], 'float32', [[lr]]);
    // makeTensorFromTensorInfo registers the output with the engine, so dispose() frees it.
    const next = tf.engine().makeTensorFromTensorInfo(out);
    state.dispose();
    state = next;
  }

  function setParams(w0: number, w1: number): void {
    const values = new Float32Array((blocks + 1) * 3);
    values[blocks * 3] = w0;
    values[blocks * 3 + 1] = w1;
    state.dispose();
    state = tf.tensor2d(values, [blocks + 1, 3]);
    draw(0); // fill the partial rows at the new parameters without moving them
  }

  setParams(setup.w0, setup.w1);
  return {
    run(epochs) {
      for (let epoch = 0; epoch < epochs; epoch++) draw(setup.lr);
    },
    async read() {
      // A reference of its own: the next chunk may be queued (and `state` disposed) before it arrives.
      const snapshot = state.clone();
      const values = await snapshot.data().finally(() => snapshot.dispose());
      const loss = values[blocks * 3 + 2];
      return { w0: values[blocks * 3], w1: values[blocks * 3 + 1], loss, diverged: loss < 0 };
    },
    setParams,
    dispose() {
      for (const t of [x, y, state]) t.dispose();
    },
  };
}
