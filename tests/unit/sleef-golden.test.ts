// PyTorch's SLEEF-computed float32 functions bit for bit: torch.sin, torch.cos, F.softplus and its
// gradient, sigmoid, F.elu and its gradient (their tails: glibc's expf), x ** 3, −2, −0.5 (exact
// special kernels), 1.5, 0.3 and tensor ** tensor (SLEEF's and glibc's powf) and their gradients, over 340 000 inputs (every kind of float, each size class, vectors of 8 that mix small
// and big arguments). The golden holds hashes of PyTorch's output bits (scripts/sleef-golden.py);
// the inputs are remade here by the same xorshift32 generator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backward } from '../../src/lib/torch/core/autograd';
import { elu, softplus } from '../../src/lib/torch/core/activations';
import { pow } from '../../src/lib/torch/core/elementwise';
import { Tensor } from '../../src/lib/torch/core/tensor';
import { cos, sigmoid, sin } from '../../src/lib/torch/core/unary';

interface Record { hash: number; sample: (number | string)[] }
type Case = { n: number } & { [op: string]: Record };
const golden = JSON.parse(readFileSync('tests/fixtures/sleef/golden.json', 'utf8')) as {
  sample_every: number;
  cases: { [name: string]: Case };
};

function xorshift(seed: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s >>> 0;
  }
  return out;
}

function uniform(seed: number, n: number, scale: number): Float32Array {
  return Float32Array.from(xorshift(seed, n), (w) => (2 * ((w >>> 8) / 16777216) - 1) * scale);
}

const SPECIAL = [
  0, -0, Infinity, -Infinity, NaN, 1e-45, -1e-45, 1e-38, 1.17549435e-38, 1e-30, 1e-8, 0.5, 1, -1, Math.PI / 2, Math.PI,
  -Math.PI, 2 * Math.PI, (3 * Math.PI) / 2, 100, 124.99999, 125, -125, 125.00001, 1000, 12345.678, 1e6, 8388608,
  16777216, 1e10, 1e20, 3.4028235e38, -3.4028235e38, 105414350, 7, 22, 355,
];

function inputs(): Map<string, Float32Array> {
  const cases = new Map<string, Float32Array>([
    ['bits', new Float32Array(xorshift(1, 120000).buffer)],
    ['unit', uniform(2, 60000, 4)],
    ['ten', uniform(3, 100000, 10)],
    ['near-125', uniform(4, 40000, 130)],
    ['thousands', uniform(5, 20000, 5000)],
    ['special', Float32Array.from(SPECIAL)],
  ]);
  const mixed = uniform(6, 1100, 10);
  for (let i = 5; i < mixed.length; i += 24) mixed[i] *= 40;
  for (const n of [...Array.from({ length: 40 }, (_, i) => i + 1), 100, 1000, 1001]) cases.set(`n${n}`, mixed.slice(0, n));
  return cases;
}

/** FNV-1a over the float32 words, NaNs as one pattern (as the golden script hashes them). */
function fnv(values: Float32Array): number {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (Number.isNaN(values[i]) ? 0x7fc00000 : words[i]), 16777619) >>> 0;
  return h;
}

/** The golden's sampled outputs that differ from ours: [index, ours, PyTorch's], for a failure message. */
function differences(ours: Float32Array, record: Record): [number, number, number | string][] {
  const found: [number, number, number | string][] = [];
  record.sample.forEach((expected, k) => {
    const i = k * golden.sample_every;
    const value = ours[i];
    const same = typeof expected === 'string' ? String(value) === expected.replace('nan', 'NaN').replace('inf', 'Infinity') : Object.is(value, expected);
    if (!same) found.push([i, value, expected]);
  });
  return found;
}

function check(name: string, op: string, ours: Float32Array): void {
  const record = golden.cases[name][op];
  expect({ name, op, differences: differences(ours, record).slice(0, 5), hash: fnv(ours) }).toEqual({
    name, op, differences: [], hash: record.hash,
  });
}

const cases = inputs();

describe('torch.sin and torch.cos: SLEEF 3.5.1 u10, vectors of 8', () => {
  for (const [name, x] of cases) {
    it(`${name} (${x.length})`, () => {
      expect(golden.cases[name].n).toBe(x.length);
      const t = new Tensor(x, [x.length], 'float32');
      check(name, 'sin', sin(t).data as Float32Array);
      check(name, 'cos', cos(t).data as Float32Array);
    });
  }
});

/** op(t) and the gradient of its sum (backward with ones) for a float32 tensor of `data`. */
function withGradient(data: Float32Array, op: (t: Tensor) => Tensor): [Float32Array, Float32Array] {
  const w = new Tensor(data.slice(), [data.length], 'float32');
  w.requiresGrad = true;
  const y = op(w);
  backward(y, new Tensor(new Float32Array(data.length).fill(1), [data.length], 'float32'));
  return [y.data as Float32Array, w.grad!.data as Float32Array];
}

describe('F.softplus, sigmoid, F.elu, pow and gradients: SLEEF in vectors of 16, glibc for the tail', () => {
  for (const [name, x] of cases) {
    it(`${name} (${x.length})`, () => {
      // the golden script's inputs: |x| < 1e4 and finite, others replaced by 1.5
      const finite = x.map((v) => (Number.isFinite(v) && Math.abs(v) < 1e4 ? v : 1.5));
      const tensor = (data: Float32Array) => new Tensor(data, [data.length], 'float32');
      const [y, grad] = withGradient(finite, (t) => softplus(t));
      check(name, 'softplus', y);
      check(name, 'softplus_grad', grad);
      check(name, 'softplus_b2', softplus(tensor(finite), 2, 5).data as Float32Array);
      check(name, 'sigmoid', sigmoid(tensor(finite)).data as Float32Array);
      const [e, eluGrad] = withGradient(finite, (t) => elu(t));
      check(name, 'elu', e);
      check(name, 'elu_grad', eluGrad);
      const base = finite.map(Math.abs);
      for (const [label, exponent] of [['pow3', 3], ['pow_m2', -2], ['pow_m05', -0.5], ['pow15', 1.5], ['pow03', 0.3]] as const) {
        const [p, powGrad] = withGradient(base, (t) => pow(t, exponent));
        check(name, label, p);
        check(name, `${label}_grad`, powGrad);
      }
      check(name, 'pow_tt', pow(tensor(base), tensor(uniform(7, base.length, 3))).data as Float32Array);
    });
  }
});
