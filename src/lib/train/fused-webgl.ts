/**
 * The fused runner for WebGL: one custom fragment program per epoch (one draw call), run through
 * the backend's own compileAndRun so textures, caching and disposal stay tfjs's business.
 *
 * Blocked design, so that large n stays parallel and accurate (one long float32 sum loses ~1e-4):
 * the state texture has one row of partial sums (Σr, Σr·x, Σloss) per block of x, plus a last
 * row holding (w0, w1, mean loss). Each fragment first adds up the previous epoch's partial rows
 * to apply the SGD step, then computes its own block's partial sum at the new parameters. So one
 * draw = one full epoch, with the update of epoch k applied at the start of draw k+1; an extra
 * draw that does not step (move = 0) after every setParams fills the partial rows for the
 * starting parameters. Two more rows hold Adam's exp_avg and exp_avg_sq of (ŵ0, ŵ1); Adam's
 * per-step scalars come from JavaScript as uniforms (adamScalars: PyTorch's double-then-float32).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TensorInfo } from '@tensorflow/tfjs-core';
import { lossByName, type LossName } from '../losses';
import { MAX_ABS_PARAM } from '../divergence';
import type { OptimizerName } from '../params';
import { adamStepConstants } from '../torch/core/optim';
import { floatLiteral } from './shader-literals';
import { adamScalars, freshOptimizerState, type EpochRunner, type OptimizerState, type RunnerSetup } from './runner';

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

/**
 * One optimizer step of (ŵ0, ŵ1) = (w0, w1) from the mean gradient (g0, g1), in GLSL: SGD's
 * w + (−lr)·g, or Adam's as torch/core/optim.ts writes it (scale = −lr/(1 − β1^t), bc2 = √(1 − β2^t)).
 */
function stepSnippet(optimizer: OptimizerName): string {
  if (optimizer === 'sgd') return 'w0 = old0 + scale * g0; w1 = old1 + scale * g1;';
  const c = adamStepConstants(1); // β and ε only: the step's own scalars are uniforms
  return `
          m0 = m0 * ${floatLiteral(c.beta1)} + ${floatLiteral(c.oneMinusBeta1)} * g0;
          m1 = m1 * ${floatLiteral(c.beta1)} + ${floatLiteral(c.oneMinusBeta1)} * g1;
          v0 = v0 * ${floatLiteral(c.beta2)} + (${floatLiteral(c.oneMinusBeta2)} * g0) * g0;
          v1 = v1 * ${floatLiteral(c.beta2)} + (${floatLiteral(c.oneMinusBeta2)} * g1) * g1;
          w0 = old0 + (scale * m0) / (sqrt(v0) / bc2 + ${floatLiteral(c.eps)});
          w1 = old1 + (scale * m1) / (sqrt(v1) / bc2 + ${floatLiteral(c.eps)});`;
}

function makeProgram(n: number, loss: LossName, optimizer: OptimizerName): WebGLProgram {
  const blockSize = webglBlockSize(n);
  const blocks = Math.ceil(n / blockSize);
  return {
    variableNames: ['x', 'y', 'state'],
    outputShape: [blocks + 3, 3],
    customUniforms: [
      { name: 'scale', type: 'float' },
      { name: 'bc2', type: 'float' },
      { name: 'move', type: 'float' },
    ],
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
        float m0 = getState(${blocks + 1}, 0), m1 = getState(${blocks + 1}, 1);
        float v0 = getState(${blocks + 2}, 0), v1 = getState(${blocks + 2}, 1);
        float w0 = old0, w1 = old1;
        // A loss of -1 marks divergence and freezes the last good parameters: the flag has to
        // live on the GPU because |w| can leave the safe region and come back within a chunk.
        bool frozen = getState(${blocks}, 2) < 0.0;
        if (move > 0.5 && !frozen) {
          float g0 = sum0 / ${floatLiteral(n)};
          float g1 = sum1 / ${floatLiteral(n)};
          ${stepSnippet(optimizer)}
        }
        // Written as !(a <= b) so that NaN counts as out of bounds.
        bool diverged = frozen || !(abs(w0) <= ${floatLiteral(MAX_ABS_PARAM)}) || !(abs(w1) <= ${floatLiteral(MAX_ABS_PARAM)});
        if (diverged) { w0 = old0; w1 = old1; }
        if (row == ${blocks}) {
          setOutput(channel == 0 ? w0 : (channel == 1 ? w1 : (diverged ? -1.0 : sumLoss / ${floatLiteral(n)})));
          return;
        }
        if (row > ${blocks}) {
          // Adam's averages; after divergence they stay as they were, like the parameters
          bool second = row == ${blocks + 2};
          if (diverged) setOutput(getState(row, channel));
          else setOutput(channel == 2 ? 0.0 : (second ? (channel == 0 ? v0 : v1) : (channel == 0 ? m0 : m1)));
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
  const program = makeProgram(n, setup.loss, setup.optimizer); // same userCode → compiled once, cached by tfjs
  const x = tf.tensor1d(setup.x);
  const y = tf.tensor1d(setup.y);
  let state: tf.Tensor = tf.zeros([blocks + 3, 3]);
  let steps = 0;

  function draw(uniforms: [scale: number, bc2: number, move: number]): void {
    const out = backend.compileAndRun(program, [x, y, state], 'float32', uniforms.map((value) => [value]));
    // makeTensorFromTensorInfo registers the output with the engine, so dispose() frees it.
    const next = tf.engine().makeTensorFromTensorInfo(out);
    state.dispose();
    state = next;
  }

  function setParams(w0: number, w1: number, optimizer: OptimizerState): void {
    const values = new Float32Array((blocks + 3) * 3);
    values.set([w0, w1], blocks * 3);
    values.set(optimizer.expAvg, (blocks + 1) * 3);
    values.set(optimizer.expAvgSq, (blocks + 2) * 3);
    state.dispose();
    state = tf.tensor2d(values, [blocks + 3, 3]);
    steps = optimizer.step;
    draw([0, 1, 0]); // fill the partial rows at the new parameters without moving them
  }

  setParams(setup.w0, setup.w1, freshOptimizerState());
  return {
    run(epochs) {
      if (setup.optimizer === 'sgd') {
        for (let epoch = 0; epoch < epochs; epoch++) draw([Math.fround(-setup.lr), 1, 1]);
      } else {
        const scalars = adamScalars(setup.lr, steps + 1, epochs);
        for (let epoch = 0; epoch < epochs; epoch++) draw([scalars[2 * epoch], scalars[2 * epoch + 1], 1]);
      }
      steps += epochs;
    },
    async read() {
      const step = steps;
      // A reference of its own: the next chunk may be queued (and `state` disposed) before it arrives.
      const snapshot = state.clone();
      const values = await snapshot.data().finally(() => snapshot.dispose());
      const at = (row: number, channel: number) => values[(blocks + row) * 3 + channel];
      const loss = at(0, 2);
      return {
        w0: at(0, 0),
        w1: at(0, 1),
        loss,
        diverged: loss < 0,
        optimizer: { step, expAvg: [at(1, 0), at(1, 1)], expAvgSq: [at(2, 0), at(2, 1)] },
      };
    },
    setParams,
    dispose() {
      for (const t of [x, y, state]) t.dispose();
    },
  };
}
