// Each loss is described once in losses.ts; these tests check that the forms every engine uses
// (JS hot loop, shader text) are the same function.
import { describe, expect, test } from 'vitest';
import { Losses, logisticParts } from '../../src/lib/losses';

/** Runs a shader expression (GLSL/WGSL common subset) as JavaScript, for the values at hand. */
function evalShader(expression: string, vars: { z: number; yi: number; p: number; e: number }): number {
  const js = expression.replace(/\bmax\(/g, 'Math.max(').replace(/\blog\(/g, 'Math.log(');
  expect(js).toMatch(/^[\w\s.+\-*/(),]+$/); // nothing but arithmetic, the two builtins and the four names
  return new Function('z', 'yi', 'p', 'e', `return ${js};`)(vars.z, vars.yi, vars.p, vars.e) as number;
}

const logits = [-30, -4, -0.5, 0, 0.3, 2.5, 30];

describe.each([Losses.BCE, Losses.MSE])('$name', (loss) => {
  test('the shader expressions compute the same value and gradient as the JS form', () => {
    for (const z of logits) {
      for (const yi of [0, 1]) {
        const { p, e } = logisticParts(z);
        expect(evalShader(loss.shader.value, { z, yi, p, e })).toBeCloseTo(loss.value(z, yi), 10);
        expect(evalShader(loss.shader.gradient, { z, yi, p, e })).toBeCloseTo(loss.gradient(z, yi), 12);
      }
    }
  });
});
