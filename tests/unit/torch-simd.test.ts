// The SIMD engine (src/lib/torch/core/simd/) and the storage pool (core/storage.ts): with the
// engine, every op must give the bits the
// JavaScript loops give — products (forward and gradients, every layout, k = 1 and deep),
// ReLU, column sums, and whole training programs traced and untraced — also when its cache of
// outputs is exercised by recycled gradient buffers and in-place writes. Node 20 ships relaxed
// SIMD behind a flag; the tests turn it on for this file.
import { setFlagsFromString } from 'node:v8';
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { courseKernelSetup } from '../../src/lib/course-kernel';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import { loadDirNames } from '../../src/lib/python/objects/dir';
import { backward } from '../../src/lib/torch/core/autograd';
import { glibcLogf } from '../../src/lib/torch/core/glibc-logf';
import { sleefLogf } from '../../src/lib/torch/core/sleef-df';
import { linear, matmul } from '../../src/lib/torch/core/linalg';
import { binaryCrossEntropy } from '../../src/lib/torch/core/losses';
import { sum } from '../../src/lib/torch/core/reduce';
import {
  setSimdCacheChecks, setSimdEnabled, setSimdMaddKernels, simdActive, simdBinary, simdLogf, simdProduct, simdSigmoid, simdSleefLogf, simulateUnfusedMadd,
} from '../../src/lib/torch/core/simd/engine';
import { ADD } from '../../src/lib/torch/core/broadcast-map';
import { kernelModule } from '../../src/lib/torch/core/simd/kernels';
import { reshape } from '../../src/lib/torch/core/reshape';
import { float32Buffer } from '../../src/lib/torch/core/storage';
import { bumpVersion, Tensor } from '../../src/lib/torch/core/tensor';
import { exp, log, relu, sigmoid } from '../../src/lib/torch/core/unary';
import { logSoftmax } from '../../src/lib/torch/core/softmax';
import { cellsOf, programNames, readProgram } from '../support/torch-programs';

setFlagsFromString('--experimental-wasm-relaxed-simd');
setSimdCacheChecks(true);

/**
 * A float32 array's bits, so that −0 and every last bit count; NaNs as one pattern (x86 makes
 * its NaNs with the sign bit set, JavaScript without: Python prints nan for both).
 */
const bits = (a: ArrayLike<number>): number[] => Array.from(new Uint32Array(Float32Array.from(a, (v) => (Number.isNaN(v) ? NaN : v)).buffer));

/** Runs `body` with the engine off, then on, from the same random stream; returns both results. */
function bothWays(body: (random: () => number) => ArrayLike<number>[]): [number[][], number[][]] {
  const results: number[][][] = [];
  for (const on of [false, true]) {
    let seed = 12345;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
    setSimdEnabled(on);
    results.push(body(random).map(bits));
  }
  setSimdEnabled(true);
  return [results[0], results[1]];
}

/** A tensor of random floats, some tiny (subnormal products), some special. */
function tensor(random: () => number, shape: number[], requiresGrad = false): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const specials = [0, -0, Infinity, -Infinity, NaN, 3.4e38, 1e-40];
  const data = Float32Array.from({ length: n }, () => {
    const r = random();
    if (r > 0.995) return specials[Math.floor((r - 0.995) * 1400) % specials.length];
    return r > 0.9 ? r * 1e-22 : r;
  });
  const t = new Tensor(data, shape, 'float32');
  t.requiresGrad = requiresGrad;
  return t;
}

const available = (() => {
  setSimdEnabled(true);
  return simdActive();
})();

describe('the SIMD engine\'s module', () => {
  it('compiles with relaxed SIMD on (else the engine would be off and the tests below skipped)', () => {
    expect(WebAssembly.validate(kernelModule())).toBe(true);
    expect(available).toBe(true);
  });
});

describe.skipIf(!available)('the SIMD engine gives the JavaScript loops\' bits', () => {
  it('nn.Linear forward and its three gradients, for shapes from 1×1 to the course\'s 2000×512', () => {
    const shapes: [number, number, number][] = [];
    for (const m of [1, 3, 4, 7, 64, 300]) {
      for (const k of [1, 2, 5, 33, 512]) for (const n of [1, 2, 3, 4, 6, 64]) if (m * k * n <= 40_000) shapes.push([m, k, n]);
    }
    // and the course's nets, where OpenBLAS sums in K blocks or in 16 lanes (openblas-sgemm.ts)
    shapes.push([2000, 1, 512], [2000, 512, 1], [150, 1, 4096], [150, 4096, 1], [300, 2, 64], [300, 64, 3], [300, 512, 1], [1000, 700, 3], [150, 37, 6]);
    for (const [m, k, n] of shapes) {
      const [js, simd] = bothWays((random) => {
        const x = tensor(random, [m, k], true);
        const w = tensor(random, [n, k], true);
        const b = tensor(random, [n], true);
        const y = linear(x, w, b);
        backward(y, tensor(random, [m, n]));
        return [y.data, x.grad!.data, w.grad!.data, b.grad!.data];
      });
      expect(simd, `linear ${m}×${k} → ${n}`).toEqual(js);
    }
  });

  it('matmul of 2-D tensors and its gradients', () => {
    for (const [m, k, n] of [[5, 7, 9], [64, 300, 3], [3, 300, 64], [40, 1, 40], [17, 129, 33], [1200, 400, 5], [700, 1500, 2]]) {
      const [js, simd] = bothWays((random) => {
        const a = tensor(random, [m, k], true);
        const b = tensor(random, [k, n], true);
        const c = matmul(a, b);
        backward(c, tensor(random, [m, n]));
        return [c.data, a.grad!.data, b.grad!.data];
      });
      expect(simd, `${m}×${k} @ ${k}×${n}`).toEqual(js);
    }
  });

  it('ReLU, its backward, and sums along dim 0 in PyTorch\'s cascade order', () => {
    for (const [rows, cols] of [[300, 512], [2000, 64], [37, 33], [1000, 7], [5000, 1]]) {
      const [js, simd] = bothWays((random) => {
        const x = tensor(random, [rows, cols], true);
        const y = relu(x);
        const s = sum(y, 0);
        backward(s, tensor(random, [cols]));
        return [y.data, s.data, x.grad!.data];
      });
      expect(simd, `${rows}×${cols}`).toEqual(js);
    }
  });

  it('BCELoss\'s logs are glibc\'s logf, zero, one, subnormal and special inputs included', () => {
    const words = new Uint32Array(200_000);
    for (let i = 0; i < words.length; i++) words[i] = Math.floor(i * 21_474.83647) >>> 0; // every sign and exponent
    const p = Float32Array.from(new Float32Array(words.buffer), (v) => (Number.isFinite(v) ? Math.abs(v) % 1 : 0.5)); // into [0, 1)
    p.set([0, -0, 1, 2 ** -149, 2 ** -127, 2 ** -126, 1 - 2 ** -24, 0.5], 0); // log(0) = −inf, 1 − x = 0, subnormal x and 1 − x = 1
    const [js, simd] = bothWays(() => {
      const input = new Tensor(Float32Array.from(p), [p.length], 'float32');
      const target = new Tensor(Float32Array.from(p, (_, i) => i % 2), [p.length], 'float32');
      return [binaryCrossEntropy(input, target, 'none').data];
    });
    expect(simd).toEqual(js);
    expect(glibcLogf(1)).toBe(0);
  });

  it('BCELoss\'s and sigmoid\'s gradients, zero, one and subnormal inputs included', () => {
    const words = new Uint32Array(100_000);
    for (let i = 0; i < words.length; i++) words[i] = Math.floor(i * 42_949.67295) >>> 0;
    const p = Float32Array.from(new Float32Array(words.buffer), (v) => (Number.isFinite(v) ? Math.abs(v) % 1 : 0.5));
    p.set([0, -0, 1, 2 ** -149, 2 ** -127, 1 - 2 ** -24, 0.5], 0);
    const [js, simd] = bothWays(() => {
      const input = new Tensor(Float32Array.from(p), [p.length], 'float32');
      input.requiresGrad = true;
      const target = new Tensor(Float32Array.from(p, (_, i) => (i % 3) / 2), [p.length], 'float32');
      backward(binaryCrossEntropy(input, target, 'mean'), undefined);
      const logits = new Tensor(Float32Array.from(p, (v, i) => (v - 0.5) * (i % 7) * 30), [p.length], 'float32');
      logits.requiresGrad = true;
      const probs = sigmoid(logits);
      backward(binaryCrossEntropy(probs, target, 'sum'), undefined);
      return [input.grad!.data, probs.data, logits.grad!.data];
    });
    expect(simd).toEqual(js);
  });

  it('torch.log is SLEEF\'s logf, zero, subnormal, negative and special inputs included', () => {
    const words = new Uint32Array(200_000);
    for (let i = 0; i < words.length; i++) words[i] = Math.floor(i * 21_474.83647) >>> 0; // every sign and exponent
    words.set([0, 0x80000000, 0x3f800000, 0x00000001, 0x007fffff, 0x00800000, 0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00000], 0);
    const [js, simd] = bothWays(() => [log(new Tensor(new Float32Array(Uint32Array.from(words).buffer), [words.length], 'float32')).data]);
    expect(simd).toEqual(js);
  });

  it('torch.exp, sigmoid and log_softmax (forward and backward) are SLEEF\'s expf, subnormal, overflowing and special inputs included', () => {
    const words = new Uint32Array(200_000);
    for (let i = 0; i < words.length; i++) words[i] = Math.floor(i * 21_474.83647) >>> 0; // every sign and exponent
    const wide = new Float32Array(words.buffer);
    // exp's whole range: underflow to subnormals and 0 below −87, overflow above 88.7, the −104 and 100 cut-offs
    const ranged = Float32Array.from(wide, (v, i) => (Number.isFinite(v) ? (v % 1) * 110 - (i % 2) * 100 : v));
    ranged.set([0, -0, -104, Math.fround(-104.00001), 100, Math.fround(100.00001), -87.33654, 88.72283, 88.72284, Infinity, -Infinity, NaN], 0);
    const [js, simd] = bothWays(() => {
      const logits = new Tensor(Float32Array.from(ranged), [ranged.length / 4, 4], 'float32');
      logits.requiresGrad = true;
      const logProbs = logSoftmax(logits, 1);
      backward(sum(logProbs), undefined);
      return [exp(new Tensor(Float32Array.from(ranged), [ranged.length], 'float32')).data, sigmoid(new Tensor(Float32Array.from(ranged), [ranged.length], 'float32')).data, logProbs.data, logits.grad!.data];
    });
    expect(simd).toEqual(js);
  });

  it('its cache of outputs stays true through in-place writes and recycled gradient buffers', () => {
    const [js, simd] = bothWays((random) => {
      const x = tensor(random, [200, 3]);
      const w1 = tensor(random, [96, 3], true);
      const w2 = tensor(random, [2, 96], true);
      const out: Float32Array[] = [];
      for (let step = 0; step < 12; step++) {
        const h = relu(linear(x, w1, null));
        const y = linear(h, w2, null);
        backward(sum(y), undefined);
        out.push(Float32Array.from(w1.grad!.data), Float32Array.from(w2.grad!.data));
        // An in-place write into an engine output, then a read of it by the engine.
        h.data[5] += 1;
        bumpVersion(h);
        out.push(Float32Array.from(linear(h, w2, null).data));
        for (const p of [w1, w2]) {
          for (let i = 0; i < p.data.length; i++) p.data[i] -= 0.01 * p.grad!.data[i];
          bumpVersion(p);
          p.grad = null;
        }
      }
      return out;
    });
    expect(simd).toEqual(js);
  });
});

describe.skipIf(!available)('an engine call that declines leaves no cached copy of its output', () => {
  it('a sum the JavaScript wrote into an engine output is what the engine reads next', () => {
    const n = 2048;
    const a = Float32Array.from({ length: n }, (_, i) => i), b = new Float32Array(n).fill(1), out = new Float32Array(n), again = new Float32Array(n);
    setSimdEnabled(true);
    expect(simdBinary(ADD, a, b, out, n)).toBe(true); // out is an engine output now
    // the same array as the output of a call too short for the engine: the JavaScript loop writes it
    if (!simdBinary(ADD, b, b, out, 1000)) for (let i = 0; i < 1000; i++) out[i] = b[i] + b[i];
    expect(simdBinary(ADD, out, b, again, n)).toBe(true);
    expect(again[5]).toBe(3); // (1 + 1) + 1, not the old (5 + 1) + 1
    expect(again[1500]).toBe(1502);
  });
});

/** What a program's cells show in the page's kernel: printed text, then each cell's last expression as a notebook shows it. */
function runProgram(source: string, traced: boolean): string {
  let stdout = '';
  const interpreter = new Interpreter({ ...courseKernelSetup({ loopTracing: traced }), write: (t) => (stdout += t) });
  for (const cell of cellsOf(source)) {
    const { shown } = interpreter.runCell(cell);
    if (shown !== null) stdout += shown + '\n';
  }
  return stdout;
}

describe.skipIf(!available)('the course\'s nets (bench/nets) print the same with the engine on and off, traced and not', () => {
  const dir = new URL('../../bench/nets/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.py'))) {
    it(file, () => {
      // A few epochs: the same programs, short enough for a unit test.
      const source = readFileSync(new URL(file, dir), 'utf8').replace(/in range\(\d+\)/, 'in range(4)');
      const outputs = [true, false].flatMap((traced) => [true, false].map((on) => {
        setSimdEnabled(on);
        return runProgram(source, traced);
      }));
      setSimdEnabled(true);
      expect(outputs[0]).toMatch(/^\d\.\d+\n$/);
      for (const o of outputs) expect(o).toBe(outputs[0]);
    }, 60_000);
  }
});

describe.skipIf(!available)('the golden PyTorch programs print PyTorch\'s output with the engine on', () => {
  beforeAll(loadDirNames); // dir()'s tables (program dir-torch), which the page loads before a cell that names dir
  for (const name of programNames()) {
    it(name, () => {
      const { source, fixture } = readProgram(name);
      setSimdEnabled(true);
      expect(runProgram(source, true)).toBe(fixture.stdout);
    }, 60_000);
  }
});

/**
 * Programs that write into an array the engine made (h = relu(x @ w): its product and its ReLU
 * are engine outputs, cached in kernel memory) by one write path, then have the engine read it
 * again (h @ v). A cached copy trusted after the write would print the old sum. Most writes
 * touch one element off the places a float sample would look at, so only the write count can
 * tell. Run with the engine off and on: the same text, and the write shows.
 */
const ENGINE_OUTPUT = `import torch
import numpy as np
torch.manual_seed(1)
x = torch.randn(40, 32)
w = torch.randn(32, 64)
v = torch.randn(64, 16)
h = torch.relu(x @ w)
print((h @ v).sum().item())
`;
const READ_AGAIN = 'print((h @ v).sum().item())\n';
const WRITES: [string, string][] = [
  ['indexing assignment', 'h[0, 5] = 1000.0'],
  ['indexing assignment of a row', 'h[1] = torch.ones(64) * 1000'],
  ['+=', 'h += 1000'],
  ['*=', 'h *= 3'],
  ['-=', 'h -= 1'],
  ['/=', 'h /= 2'],
  ['add_', 'h.add_(1000)'],
  ['sub_', 'h.sub_(1)'],
  ['mul_', 'h.mul_(3)'],
  ['div_', 'h.div_(2)'],
  ['zero_', 'h.zero_()'],
  ['fill_', 'h.fill_(2.0)'],
  ['a write through .data', 'h.data[0, 5] = 1000.0'],
  ['a write through detach()', 'h.detach()[0, 5] = 1000.0'],
  ['numpy: an element of t.numpy()', 'a = h.numpy()\na[0, 5] = 1000.0'],
  ['numpy: an in-place operator on t.numpy()', 'a = h.numpy()\na += 1000'],
  ['numpy: torch.from_numpy of t.numpy()', 't = torch.from_numpy(h.numpy())\nt[0, 5] = 1000.0'],
  ['nn.init.zeros_', 'torch.nn.init.zeros_(h)'],
  ['nn.init.ones_', 'torch.nn.init.ones_(h)'],
  ['nn.init.constant_', 'torch.nn.init.constant_(h, 2.0)'],
  ['nn.init.normal_', 'torch.nn.init.normal_(h)'],
  ['nn.init.uniform_', 'torch.nn.init.uniform_(h)'],
  ['nn.init.xavier_uniform_', 'torch.nn.init.xavier_uniform_(h)'],
  ['nn.init.kaiming_uniform_', 'torch.nn.init.kaiming_uniform_(h)'],
];
/** Parameters that are engine outputs, written by no_grad updates, the optimizers and load_state_dict (a leaf's .grad is always a fresh copy, never an engine output). */
const PARAMETER_PROGRAMS: [string, string][] = [
  ['with torch.no_grad(): p -= lr * p.grad', `p = (x @ w).requires_grad_()
(p @ v).sum().backward()
with torch.no_grad():
    p -= 0.5 * p.grad
print((p @ v).sum().item())`],
  ['SGD step', `p = (x @ w).requires_grad_()
opt = torch.optim.SGD([p], lr=0.5)
(p @ v).sum().backward()
opt.step()
print((p @ v).sum().item())`],
  ['Adam step', `p = (x @ w).requires_grad_()
opt = torch.optim.Adam([p], lr=0.5)
(p @ v).sum().backward()
opt.step()
print((p @ v).sum().item())`],
  ['load_state_dict into a weight whose .data is an engine output', `lin = torch.nn.Linear(64, 16, bias=False)
lin.weight.data = torch.randn(16, 32) @ torch.randn(32, 64)
print(lin(h).sum().item())
lin.load_state_dict({'weight': torch.ones(16, 64)})
print(lin(h).sum().item())`],
];

describe.skipIf(!available)('a write into an engine output is seen by the engine\'s next read of it', () => {
  const both = (source: string): string[] => [false, true].map((on) => {
    setSimdEnabled(on);
    return runProgram(source, false);
  });
  for (const [name, write] of WRITES) {
    it(name, () => {
      const [js, simd] = both(ENGINE_OUTPUT + write + '\n' + READ_AGAIN);
      setSimdEnabled(true);
      expect(simd).toBe(js);
      const [before, after] = js.trim().split('\n');
      expect(after).not.toBe(before);
    });
  }
  for (const [name, program] of PARAMETER_PROGRAMS) {
    it(name, () => {
      const [js, simd] = both(ENGINE_OUTPUT + program + '\n');
      setSimdEnabled(true);
      expect(simd).toBe(js);
      const lines = js.trim().split('\n');
      expect(lines).not.toContain('Traceback (most recent call last):');
      expect(new Set(lines.slice(1)).size).toBe(lines.length - 1); // every write changed what the engine read
    });
  }
});

describe('without relaxed SIMD (Node 20 unflagged, Safari): the module of the plain SIMD kernels alone', () => {
  it('compiles without relaxed instructions', () => {
    expect(WebAssembly.validate(kernelModule(false))).toBe(true);
  });

  /** Runs `body` with the engine started from the module without its madd kernels, then as before. */
  const withoutMadd = <T>(body: () => T): T => {
    setSimdMaddKernels(false);
    try {
      return body();
    } finally {
      setSimdMaddKernels(true);
    }
  };

  it('takes the element-wise ops, sigmoid and SLEEF\'s logf, and leaves products and glibc\'s logf to JavaScript, with the same bits', () => {
    const n = 2048;
    const a = Float32Array.from({ length: n }, (_, i) => i + 1), out = new Float32Array(n);
    withoutMadd(() => {
      setSimdEnabled(true);
      expect(simdBinary(ADD, a, a, out, n)).toBe(true);
      expect(simdSigmoid(out, a, n)).toBe(true);
      expect(simdSleefLogf(out, a)).toBe(true);
      expect(simdLogf(out, a)).toBe(false);
      expect(simdProduct(out, a, a, 32, 64, 1, false, false, null)).toBe(false);
    });
    const [js, plain] = withoutMadd(() => bothWays((random) => {
      const x = tensor(random, [2000, 1]);
      const w = tensor(random, [1, 1], true);
      const yhat = sigmoid(linear(x, w, null));
      backward(sum(log(yhat)));
      return [yhat.data, log(yhat).data, w.grad!.data];
    }));
    expect(plain).toEqual(js);
  });

  it('SLEEF\'s logf with its multiply-adds emulated gives sleef-df.ts\'s bits: every float in [0.7, 1.5] and every 1009th above FLT_MIN', () => {
    const words: number[] = [];
    for (let w = 0x3f333333; w <= 0x3fc00000; w++) words.push(w); // m near 1: the series' smallest x
    for (let w = 0x00800000; w < 0x7f800000; w += 1009) words.push(w);
    const x = new Float32Array(Uint32Array.from(words).buffer);
    const kernel = new Float32Array(x.length);
    withoutMadd(() => {
      setSimdEnabled(true);
      expect(simdSleefLogf(kernel, x)).toBe(true);
    });
    let differ = 0;
    for (let i = 0; i < x.length; i++) if (!Object.is(kernel[i], sleefLogf(x[i]))) differ++;
    expect(differ).toBe(0);
  });

  describe('the course\'s nets and the golden PyTorch programs print the same as with the engine off', () => {
    const dir = new URL('../../bench/nets/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.py'))) {
      it(file, () => {
        const source = readFileSync(new URL(file, dir), 'utf8').replace(/in range\(\d+\)/, 'in range(4)');
        setSimdEnabled(false);
        const js = runProgram(source, false);
        setSimdEnabled(true);
        expect(withoutMadd(() => runProgram(source, false))).toBe(js);
      }, 60_000);
    }
    for (const name of programNames()) {
      it(name, () => {
        const { source, fixture } = readProgram(name);
        setSimdEnabled(true);
        expect(withoutMadd(() => runProgram(source, true))).toBe(fixture.stdout);
      }, 60_000);
    }
  });
});

describe.skipIf(!available)('an engine whose madd does not fuse', () => {
  it('is noticed on the call: the JavaScript loop computes that product, and the engine stays off', () => {
    // (a product OpenBLAS sums as one chain per element, which the engine computes)
    const [js] = bothWays((random) => [linear(tensor(random, [128, 1]), tensor(random, [64, 1]), null).data]);
    setSimdEnabled(true);
    simulateUnfusedMadd();
    let seed = 12345;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
    const y = linear(tensor(random, [128, 1]), tensor(random, [64, 1]), null);
    expect([bits(y.data)]).toEqual(js);
    expect(simdActive()).toBe(false);
  });
});

describe('backward() hands the storage of what it freed back for reuse, and only that', () => {
  const setup = () => {
    const x = new Tensor(Float32Array.from({ length: 3000 }, (_, i) => Math.sin(i)), [3000, 1], 'float32');
    const w = new Tensor(Float32Array.from({ length: 8 }, (_, i) => i / 8 - 0.4), [8, 1], 'float32');
    w.requiresGrad = true;
    return { x, w };
  };

  it('the layer outputs inside a module call are reused by the next arrays of their size', () => {
    const { x, w } = setup();
    const product = linear(x, w, null);
    const hidden = relu(product); // Python sees neither
    const out = sum(hidden);
    out.exposed = true;
    backward(out);
    const next = [float32Buffer(hidden.size), float32Buffer(hidden.size)];
    expect(next).toContain(hidden.data);
    expect(next).toContain(product.data);
  });

  it('what Python holds, and a storage two tensors share, keep their floats', () => {
    const { x, w } = setup();
    const hidden = relu(linear(x, w, null));
    const seen = reshape(hidden, [24000]); // the same storage, and Python holds it
    seen.exposed = true;
    const before = Array.from(seen.data);
    const out = sum(seen);
    out.exposed = true;
    backward(out);
    const next = [0, 1, 2, 3].map(() => float32Buffer(hidden.size).fill(7));
    expect(next).not.toContain(hidden.data);
    expect(Array.from(seen.data)).toEqual(before);
  });

  it('nothing is reused after backward(retain_graph=True), and a second backward gives the same gradient', () => {
    const { x, w } = setup();
    const out = sum(relu(linear(x, w, null)));
    out.exposed = true;
    backward(out, undefined, { retainGraph: true });
    const first = Array.from(w.grad!.data);
    for (let i = 0; i < 3; i++) relu(linear(x, w, null)).data.fill(7);
    w.grad = null;
    backward(out);
    expect(Array.from(w.grad!.data)).toEqual(first);
  });
});
