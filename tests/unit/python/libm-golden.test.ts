// The page's ports of C maths routines against the real ones, bit for bit, without Python:
// tests/fixtures/numpy/libm-golden.json holds the sha256 of what glibc's log, log2, log10, exp, pow, sin, cos, tan, atan, atan2, asin and acos (CPython's float maths) and numpy 1.24's
// exp/log/sin/cos (SVML for float64, numpy's AVX-512F kernels for float32) tanh and pow (SVML's, float64) return for 200 000 inputs per
// routine, drawn by the xorshift32 stream below exactly as scripts/libm-check.py --golden draws them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glibcExp } from '../../../src/lib/libm/glibc-exp';
import { glibcLog } from '../../../src/lib/libm/glibc-log';
import { glibcLog10 } from '../../../src/lib/libm/glibc-log10';
import { glibcLog2 } from '../../../src/lib/libm/glibc-log2';
import { glibcPow } from '../../../src/lib/libm/glibc-pow';
import { glibcCos, glibcSin } from '../../../src/lib/libm/glibc-sin';
import { glibcTan } from '../../../src/lib/libm/glibc-tan';
import { glibcAtan } from '../../../src/lib/libm/glibc-atan';
import { glibcAtan2 } from '../../../src/lib/libm/glibc-atan2';
import { glibcAcos, glibcAsin } from '../../../src/lib/libm/glibc-asin';
import { numpySinCosFloat32 } from '../../../src/lib/python/modules/numpy/libm/numpy-sincos-float32';
import { numpyExpFloat32, numpyLogFloat32 } from '../../../src/lib/python/modules/numpy/libm/numpy-simd-float32';
import { numpyTanh, numpyTanhFloat32 } from '../../../src/lib/python/modules/numpy/libm/numpy-tanh';
import { svmlExp } from '../../../src/lib/python/modules/numpy/libm/svml-exp';
import { svmlCos, svmlSin } from '../../../src/lib/python/modules/numpy/libm/svml-sincos';
import { svmlLog } from '../../../src/lib/python/modules/numpy/libm/svml-log';
import { svmlPow } from '../../../src/lib/python/modules/numpy/libm/svml-pow';

interface Port {
  seed: number;
  count: number;
  sha256: string;
  samples: Record<string, string>;
}
const golden = JSON.parse(readFileSync(new URL('../../fixtures/numpy/libm-golden.json', import.meta.url), 'utf8')) as { ports: Record<string, Port> };

const PORTS: Record<string, (x: number) => number | null> = {
  'glibc-log': glibcLog,
  'glibc-exp': glibcExp,
  'glibc-log10': glibcLog10,
  'glibc-log2': glibcLog2,
  'glibc-sin': glibcSin,
  'glibc-cos': glibcCos,
  'glibc-tan': glibcTan,
  'glibc-atan': glibcAtan,
  'glibc-asin': glibcAsin,
  'glibc-acos': glibcAcos,
  'numpy-exp-float64': svmlExp,
  'numpy-log-float64': svmlLog,
  'numpy-tanh-float64': numpyTanh,
  'numpy-tanh-float32': numpyTanhFloat32,
  'numpy-sin-float32': (x) => numpySinCosFloat32(x, false),
  'numpy-cos-float32': (x) => numpySinCosFloat32(x, true),
  'numpy-sin-float64': svmlSin,
  'numpy-cos-float64': svmlCos,
  'numpy-exp-float32': numpyExpFloat32,
  'numpy-log-float32': numpyLogFloat32,
};

const f64 = new Float64Array(1);
const f32 = new Float32Array(1);
const words64 = new Uint32Array(f64.buffer);
const words32 = new Uint32Array(f32.buffer);

/** The golden's inputs: per family `count / 4` values (raw bit patterns, then the ranges each routine splits on). */
function goldenInputs(name: string, seed: number, count: number): number[] {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>>= 0);
  };
  const float32 = name.endsWith('float32');
  const isLog = name.includes('log');
  const out: number[] = [];
  for (let family = 0; family < 4; family++) {
    for (let n = 0; n < count / 4; n++) {
      const w1 = next();
      const w2 = next();
      const u = ((w1 >>> 5) * 67108864 + (w2 >>> 6)) / 9007199254740992;
      let v: number;
      if (family === 0) {
        if (float32) {
          words32[0] = w1;
          v = f32[0];
        } else {
          [words64[0], words64[1]] = [w2, w1];
          v = f64[0];
        }
        if (isLog) v = Math.abs(v);
      } else if (name === 'glibc-asin' || name === 'glibc-acos') {
        v = [0, 2 * u - 1, (w1 & 1 ? -1 : 1) * (0.96875 + u * 0.03125), (2 * u - 1) * 2 ** -20][family];
      } else if (!isLog) {
        v = (2 * u - 1) * [0, float32 ? 110 : 750, 20, 2 ** -20][family];
      } else if (family === 1) v = u * 4;
      else if (family === 2) v = 1 + (2 * u - 1) * 0.07;
      else if (float32) {
        words32[0] = w1 & 0x7fffff;
        v = f32[0];
      } else {
        [words64[0], words64[1]] = [w2, w1 & 0xfffff];
        v = f64[0];
      }
      out.push(float32 ? Math.fround(v) : v);
    }
  }
  return out;
}

/** pow's golden pairs: x drawn as log's inputs are, y as exp's (seed + 1000). */
function powResults(port: Port, pow: (x: number, y: number) => number | null): number[] {
  const xs = goldenInputs('pow-log', port.seed, port.count);
  const ys = goldenInputs('pow-exp', port.seed + 1000, port.count);
  return xs.map((x, i) => pow(x, ys[i]) ?? NaN);
}

/** atan2's golden pairs (y, x): both drawn as exp's inputs are, x with seed + 1000. */
function atan2Results(port: Port): number[] {
  const ys = goldenInputs('atan2-y', port.seed, port.count);
  const xs = goldenInputs('atan2-x', port.seed + 1000, port.count);
  return ys.map((y, i) => glibcAtan2(y, xs[i]));
}

const bitsOf = (v: number) => {
  f64[0] = v;
  return words64[1].toString(16).padStart(8, '0') + words64[0].toString(16).padStart(8, '0');
};

describe('libm ports against glibc and numpy 1.24 (golden)', () => {
  it.each(Object.entries(golden.ports))('%s: every result of 200 000 equal to the real routine', (name, port) => {
    const results = (name.includes('pow') ? powResults(port, name === 'glibc-pow' ? glibcPow : svmlPow) : name === 'glibc-atan2' ? atan2Results(port) : goldenInputs(name, port.seed, port.count).map((x) => PORTS[name](x) ?? NaN))
      // A port's null (an input it refuses) stands as NaN; the golden has NaN there too (see libm-check.py).
      .map((y) => (Number.isNaN(y) ? NaN : y));
    for (const [index, bits] of Object.entries(port.samples)) expect(`${index}: ${bitsOf(results[Number(index)])}`).toBe(`${index}: ${bits}`);
    const stored = name.endsWith('float32') ? Float32Array.from(results) : Float64Array.from(results);
    expect(createHash('sha256').update(new Uint8Array(stored.buffer)).digest('hex')).toBe(port.sha256);
  });
});
