// The TypeScript side of scripts/libm-check.py: applies one of the page's ports (and, for the
// before/after rates, the Math.* it replaced) to the inputs the script wrote, and counts the
// results whose bits differ from what the real library gave. Run through the Python script.
import { readFileSync } from 'node:fs';
import { glibcExp } from '../src/lib/libm/glibc-exp';
import { glibcLog } from '../src/lib/libm/glibc-log';
import { glibcLog10 } from '../src/lib/libm/glibc-log10';
import { glibcLog2 } from '../src/lib/libm/glibc-log2';
import { glibcPow } from '../src/lib/libm/glibc-pow';
import { glibcCos, glibcSin } from '../src/lib/libm/glibc-sin';
import { glibcTan } from '../src/lib/libm/glibc-tan';
import { glibcAtan } from '../src/lib/libm/glibc-atan';
import { glibcAtan2 } from '../src/lib/libm/glibc-atan2';
import { glibcAcos, glibcAsin } from '../src/lib/libm/glibc-asin';
import { numpyExpFloat32, numpyLogFloat32 } from '../src/lib/python/modules/numpy/libm/numpy-simd-float32';
import { numpyTanh, numpyTanhFloat32 } from '../src/lib/python/modules/numpy/libm/numpy-tanh';
import { numpySinCosFloat32 } from '../src/lib/python/modules/numpy/libm/numpy-sincos-float32';
import { svmlCos, svmlSin } from '../src/lib/python/modules/numpy/libm/svml-sincos';
import { svmlLog } from '../src/lib/python/modules/numpy/libm/svml-log';
import { svmlExp } from '../src/lib/python/modules/numpy/libm/svml-exp';
import { svmlPow } from '../src/lib/python/modules/numpy/libm/svml-pow';

// A binary port (pow) reads its inputs as interleaved pairs x0, y0, x1, y1, ….
const PORTS: Record<string, { port: (x: number, y: number) => number | null; before: (x: number, y: number) => number; float32?: boolean; binary?: boolean }> = {
  'glibc-log': { port: glibcLog, before: Math.log },
  'glibc-exp': { port: glibcExp, before: Math.exp },
  'glibc-pow': { port: glibcPow, before: (x, y) => x ** y, binary: true },
  'glibc-log10': { port: glibcLog10, before: Math.log10 },
  'glibc-log2': { port: glibcLog2, before: Math.log2 },
  'glibc-sin': { port: glibcSin, before: Math.sin },
  'glibc-cos': { port: glibcCos, before: Math.cos },
  'glibc-tan': { port: glibcTan, before: Math.tan },
  'glibc-atan': { port: glibcAtan, before: Math.atan },
  'glibc-atan2': { port: glibcAtan2, before: Math.atan2, binary: true }, // pairs (y, x)
  'glibc-asin': { port: glibcAsin, before: Math.asin },
  'glibc-acos': { port: glibcAcos, before: Math.acos },
  'numpy-pow-float64': { port: svmlPow, before: (x, y) => x ** y, binary: true },
  'numpy-pow-float64-fallback': { port: (x, y) => svmlPow(x, y) ?? glibcPow(x, y), before: (x, y) => x ** y, binary: true },
  'numpy-exp-float64': { port: svmlExp, before: Math.exp },
  'numpy-log-float64': { port: svmlLog, before: Math.log },
  'numpy-tanh-float64': { port: numpyTanh, before: Math.tanh },
  'numpy-tanh-float32': { port: numpyTanhFloat32, before: Math.tanh, float32: true },
  'numpy-sin-float32': { port: (x) => numpySinCosFloat32(x, false), before: Math.sin, float32: true },
  'numpy-cos-float32': { port: (x) => numpySinCosFloat32(x, true), before: Math.cos, float32: true },
  'numpy-sin-float64': { port: svmlSin, before: Math.sin },
  'numpy-cos-float64': { port: svmlCos, before: Math.cos },
  'numpy-exp-float32': { port: numpyExpFloat32, before: Math.exp, float32: true },
  'numpy-log-float32': { port: numpyLogFloat32, before: Math.log, float32: true },
};

const [name, inputPath, expectedPath] = process.argv.slice(2);
const entry = PORTS[name];
const read = (path: string) => {
  const bytes = readFileSync(path);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return entry.float32 ? new Float32Array(buffer) : new Float64Array(buffer);
};
const inputs = read(inputPath);
const expected = read(expectedPath);
const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
const round = entry.float32 ? Math.fround : (v: number) => v;
let portMisses = 0;
let refused = 0; // inputs the port leaves to a NotImplementedError
let beforeMisses = 0;
const examples: string[] = [];
for (let i = 0; i < expected.length; i++) {
  const [x, y] = entry.binary ? [inputs[2 * i], inputs[2 * i + 1]] : [inputs[i], NaN];
  const value = entry.port(x, y);
  if (!same(round(entry.before(x, y)), expected[i])) beforeMisses++;
  if (value === null) {
    refused++;
    continue;
  }
  const got = round(value);
  if (!same(got, expected[i])) {
    portMisses++;
    if (examples.length < 5) examples.push(`  x=${x}${entry.binary ? ` y=${y}` : ''} port=${got} library=${expected[i]}`);
  }
}
console.log(JSON.stringify({ name, inputs: expected.length, portMisses, refused, beforeMisses }));
for (const e of examples) console.log(e);
