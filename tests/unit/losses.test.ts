// Each loss is described once in losses.ts; these tests check that the forms every engine uses
// (JS hot loop, shader text, tfjs ops) are the same function.
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { Losses, logisticParts } from '../../src/lib/losses';

/** Runs a shader expression (GLSL/WGSL common subset) as JavaScript, for the values at hand. */
function evalShader(expression: string, vars: { z: number; yi: number; p: number; e: number }): number {
  const js = expression.replace(/\bmax\(/g, 'Math.max(').replace(/\blog\(/g, 'Math.log(');
  expect(js).toMatch(/^[\w\s.+\-*/(),]+$/); // nothing but arithmetic, the two builtins and the four names
  return new Function('z', 'yi', 'p', 'e', `return ${js};`)(vars.z, vars.yi, vars.p, vars.e) as number;
}

const logits = [-30, -4, -0.5, 0, 0.3, 2.5, 30];

describe.each([Losses.BCE, Losses.MSE])('$name', (loss) => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  test('the shader expressions compute the same value and gradient as the JS form', () => {
    for (const z of logits) {
      for (const yi of [0, 1]) {
        const { p, e } = logisticParts(z);
        expect(evalShader(loss.shader.value, { z, yi, p, e })).toBeCloseTo(loss.value(z, yi), 10);
        expect(evalShader(loss.shader.gradient, { z, yi, p, e })).toBeCloseTo(loss.gradient(z, yi), 12);
      }
    }
  });

  test('the tfjs form (autodiff mode) gives the mean of the per-sample values, and its gradient', () => {
    const y = logits.map((_, i) => i % 2);
    const expected = logits.reduce((sum, z, i) => sum + loss.value(z, y[i]), 0) / logits.length;
    const z = tf.tensor1d(logits);
    const yt = tf.tensor1d(y);
    const { value, grad } = tf.valueAndGrad((zt: tf.Tensor) => loss.tensorMean(tf, zt, yt))(z);
    expect(value.dataSync()[0]).toBeCloseTo(expected, 5);
    const grads = grad.dataSync();
    logits.forEach((zi, i) => expect(grads[i] * logits.length).toBeCloseTo(loss.gradient(zi, y[i]), 5));
    tf.dispose([z, yt, value, grad]);
  });
});
