/**
 * "As in the lecture" mode: the model and the four steps written with tfjs ops, gradients by
 * autodiff, parameters updated by tf.train.sgd. Readable, and slow on GPUs (dozens of kernels per
 * epoch), which is exactly what the fused mode is compared against.
 */
import * as tf from '@tensorflow/tfjs-core';
import { lossByName } from '../losses';
import { MAX_ABS_PARAM } from '../divergence';
import type { EpochRunner, RunnerSetup } from './runner';

export async function createAutodiffRunner(setup: RunnerSetup): Promise<EpochRunner> {
  // tfjs-core alone registers no gradients; load them only for this mode.
  await import('@tensorflow/tfjs-core/dist/register_all_gradients');
  const x = tf.tensor1d(setup.x);
  const y = tf.tensor1d(setup.y);
  // Built inside tidy: tf.variable(tf.scalar(v)) would otherwise leak the scalar it copies.
  const w0 = tf.tidy(() => tf.variable(tf.scalar(setup.w0), true, undefined));
  const w1 = tf.tidy(() => tf.variable(tf.scalar(setup.w1), true, undefined));
  const optimizer = tf.train.sgd(setup.lr);
  let lastLoss: tf.Scalar = tf.scalar(Number.NaN);
  // Largest |w| seen since setParams, kept on the device so a chunk needs no extra readback.
  let maxAbs: tf.Scalar = tf.scalar(0);

  return {
    run(epochs) {
      for (let epoch = 0; epoch < epochs; epoch++) {
        const cost = tf.tidy(() =>
          optimizer.minimize(
            () => {
              const z = tf.add(w0, tf.mul(w1, x)); // 1. forward: z = w0 + w1·x (ŷ = σ(z) inside the loss)
              return lossByName(setup.loss).tensorMean(tf, z, y); // 2. loss (stable form, losses.ts)
            },
            true, // 3. backward and 4. step happen inside minimize: grads, then w -= lr·grad
            [w0, w1],
          )!, // non-null: returnCost is true
        );
        lastLoss.dispose();
        lastLoss = cost as tf.Scalar;
        const seen = tf.tidy(() => tf.maximum(maxAbs, tf.maximum(tf.abs(w0), tf.abs(w1))) as tf.Scalar);
        maxAbs.dispose();
        maxAbs = seen;
      }
    },
    async read() {
      const packed = tf.tidy(() => tf.stack([w0, w1, lastLoss, maxAbs]));
      try {
        const [a, b, c, m] = await packed.data();
        return { w0: a, w1: b, loss: c, diverged: !(m <= MAX_ABS_PARAM) };
      } finally {
        packed.dispose();
      }
    },
    setParams(a, b) {
      tf.tidy(() => {
        w0.assign(tf.scalar(a));
        w1.assign(tf.scalar(b));
      });
      maxAbs.dispose();
      maxAbs = tf.scalar(0);
    },
    dispose() {
      for (const t of [x, y, w0, w1, lastLoss, maxAbs]) t.dispose();
      optimizer.dispose();
    },
  };
}
