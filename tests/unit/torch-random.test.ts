// src/lib/torch against numbers written by real PyTorch 1.13 (scripts/torch-golden.py):
// bit-exact for rand/uniform_/bernoulli/randn/linspace/nn.Linear init.
import { describe, expect, test } from 'vitest';
import { bernoulli, rand, randn, uniform_ } from '../../src/lib/torch/core/distributions';
import { TorchGenerator, manualSeed } from '../../src/lib/torch/core/generator';
import { linearInit } from '../../src/lib/torch/core/init';
import { linspace } from '../../src/lib/torch/core/linspace';
import { exp } from '../../src/lib/torch/core/sleef';
import {
  fromHex, readTorchFixture, toBits, toHex,
  type BernoulliCase, type Cases, type LinearInitCase, type LinspaceCase, type RandCase, type RandnCase,
} from '../support/torch-fixtures';

const randCases = readTorchFixture<Cases<RandCase>>('rand.json').cases;
const bernoulliCases = readTorchFixture<Cases<BernoulliCase>>('bernoulli.json').cases;
const randnCases = readTorchFixture<Cases<RandnCase>>('randn.json').cases;
const linspaceCases = readTorchFixture<Cases<LinspaceCase>>('linspace.json').cases;
const initCases = readTorchFixture<Cases<LinearInitCase>>('linear-init.json').cases;
const expCases = readTorchFixture<Cases<{ x: string[]; values: string[] }>>('exp.json').cases;

describe('TorchGenerator (MT19937 as torch.manual_seed)', () => {
  test('the first uint32s of seed 5489 are the reference MT19937 outputs', () => {
    // 5489 is MT19937's reference seed (std::mt19937 default): 3499211612, 581869302, 3890346734.
    const g = new TorchGenerator(5489);
    expect([g.random(), g.random(), g.random()]).toEqual([3499211612, 581869302, 3890346734]);
  });

  test('random64 takes the first uint32 as its high half; manualSeed restarts the stream', () => {
    const g = manualSeed(43052);
    const [hi, lo] = [g.random(), g.random()];
    g.manualSeed(43052);
    expect(g.random64()).toBe((BigInt(hi) << 32n) | BigInt(lo));
  });

  test('seeds are reduced to their low 32 bits, negative ones as two\'s complement', () => {
    expect(manualSeed(2 ** 32 + 7).random()).toBe(manualSeed(7).random());
    expect(manualSeed(2n ** 40n + 7n).random()).toBe(manualSeed(7).random());
    expect(manualSeed(-1).random()).toBe(manualSeed(4294967295).random());
    expect(() => manualSeed(0.5)).toThrow(RangeError);
  });
});

describe('against PyTorch 1.13 fixtures', () => {
  test.each(randCases.map((c) => [c.seed, c.n, c.from ?? 0, c.to ?? 1, c] as const))(
    'seed %i: %i uniforms in [%f, %f) bit for bit', (seed, n, from, to, c) => {
      const g = manualSeed(seed);
      const values = c.from === undefined ? rand(g, n) : uniform_(g, new Float32Array(n), from, to);
      expect(toHex(values)).toEqual(c.values);
    });

  test.each(bernoulliCases.map((c) => [c.seed, c.p.length, c] as const))('seed %i: bernoulli(linspace(0, 1, %i))', (seed, _n, c) => {
    expect(toBits(bernoulli(manualSeed(seed), fromHex(c.p)))).toBe(c.y);
  });

  test.each(randnCases.map((c) => [c.seed, c.sizes.join(', '), c] as const))('seed %i: randn(%s) bit for bit', (seed, _sizes, c) => {
    const g = manualSeed(seed);
    c.sizes.forEach((n, k) => expect(toHex(randn(g, n)), `call ${k}, randn(${n})`).toEqual(c.values[k]));
  });

  test.each(linspaceCases.map((c) => [c.start, c.end, c.steps, c] as const))('linspace(%f, %f, %i) bit for bit', (start, end, steps, c) => {
    expect(toHex(linspace(start, end, steps))).toEqual(c.values);
  });

  test.each(expCases.map((c) => [c.x.length, c] as const))('torch.exp on %i float32 values bit for bit (SLEEF lanes and libm tail)', (_n, c) => {
    expect(toHex(exp(fromHex(c.x)))).toEqual(c.values);
  });

  test.each(initCases.map((c) => [c.seed, c.in, c.out, c] as const))('seed %i: nn.Linear(%i, %i) init bit for bit', (seed, fanIn, fanOut, c) => {
    const { weight, bias } = linearInit(manualSeed(seed), fanIn, fanOut);
    expect({ weight: toHex(weight), bias: toHex(bias) }).toEqual({ weight: c.weight, bias: c.bias });
  });
});

describe('the comparison can fail', () => {
  test('one changed bit in a fixture value is detected (rand, linspace and randn)', () => {
    const randCase = randCases.find((c) => c.n === 100)!;
    const flipped = [...randCase.values];
    flipped[37] = (parseInt(flipped[37], 16) ^ 1).toString(16).padStart(8, '0');
    expect(toHex(rand(manualSeed(randCase.seed), 100))).not.toEqual(flipped);

    const lin = linspaceCases.find((c) => c.steps === 2000)!;
    const changed = [...lin.values];
    changed[1000] = (parseInt(changed[1000], 16) + 1).toString(16).padStart(8, '0');
    expect(toHex(linspace(lin.start, lin.end, lin.steps))).not.toEqual(changed);

    const normal = randnCases.find((c) => c.sizes.length === 1 && c.sizes[0] === 2000)!;
    const oneUlpOff = [...normal.values[0]];
    oneUlpOff[5] = (parseInt(oneUlpOff[5], 16) ^ 1).toString(16).padStart(8, '0');
    expect(toHex(randn(manualSeed(normal.seed), 2000))).not.toEqual(oneUlpOff);
  });
});
