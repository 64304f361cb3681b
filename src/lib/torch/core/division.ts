// floor_divide (`//`) and remainder (`%`) with PyTorch 1.13's CPU kernels: floor rounding (Python's
// sign rules), integer division by zero a RuntimeError, floats computed in their own precision
// step by step as div_floor_floating and the remainder kernel do (fmod, then a correction).
import { gradBuffer, needsGrad, record } from './autograd';
import { broadcastInto, broadcastMap } from './broadcast-map';
import { resultType } from './promote';
import { isRecording, recordOp } from './recording';
import { sumToShape } from './reduce-grad';
import { broadcastIndex } from './shape';
import { asTensor, Tensor, type DType, type Operand } from './tensor';

const f = Math.fround;
const same = (x: number): number => x;

function integerFloorDiv(p: number, q: number): number {
  if (q === 0) throw new Error('ZeroDivisionError');
  const d = Math.trunc(p / q);
  return (p % q !== 0 && (p < 0) !== (q < 0)) ? d - 1 : d;
}

function integerRemainder(p: number, q: number): number {
  if (q === 0) throw new Error('ZeroDivisionError');
  const r = p % q;
  return r !== 0 && (r < 0) !== (q < 0) ? r + q : r + 0;
}

/** c10's div_floor_floating, each step rounded to the dtype (`round`). */
function floatFloorDiv(round: (x: number) => number): (a: number, b: number) => number {
  return (a, b) => {
    if (b === 0) return round(a / b);
    const mod = a % b; // fmod: exact
    let div = round(round(a - mod) / b);
    if (mod !== 0 && (b < 0) !== (mod < 0)) div = round(div - 1);
    if (div === 0) {
      const q = a / b;
      return q < 0 || Object.is(q, -0) ? -0 : 0;
    }
    let floordiv = Math.floor(div);
    if (round(div - floordiv) > 0.5) floordiv = round(floordiv + 1);
    return floordiv;
  };
}

function floatRemainder(round: (x: number) => number): (a: number, b: number) => number {
  return (a, b) => {
    const mod = a % b;
    return mod !== 0 && (b < 0) !== (mod < 0) ? round(mod + b) : mod;
  };
}

function kernelFor(kind: 'floor_divide' | 'remainder', dtype: DType): (a: number, b: number) => number {
  if (dtype === 'int64') return kind === 'floor_divide' ? integerFloorDiv : integerRemainder;
  const round = dtype === 'float32' ? f : same;
  return kind === 'floor_divide' ? floatFloorDiv(round) : floatRemainder(round);
}

function divisionOp(kind: 'floor_divide' | 'remainder', x: Operand, y: Operand): { out: Tensor; a: Tensor; b: Tensor } {
  const a = asTensor(x);
  const b = asTensor(y);
  const dtype = resultType(a, b);
  if (dtype === 'bool') throw new Error(`"${kind === 'floor_divide' ? 'div_floor' : 'remainder'}_cpu" not implemented for 'Bool'`);
  // A float32 op's Python-number operand is float32 first, as PyTorch's wrapped scalar is.
  const pa = dtype === 'float32' && a.wrappedNumber ? new Tensor(Float32Array.of(a.data[0]), [], 'float32') : a;
  const pb = dtype === 'float32' && b.wrappedNumber ? new Tensor(Float32Array.of(b.data[0]), [], 'float32') : b;
  const kernel = kernelFor(kind, dtype);
  const out = broadcastMap(pa, pb, dtype, kernel);
  if (isRecording()) recordOp(kind, [a, b], out, () => broadcastInto(pa, pb, out, kernel));
  return { out, a, b };
}

/** The same values outside the graph (for a gradient's own arithmetic). */
function untracked(t: Tensor): Tensor {
  const u = new Tensor(t.data, t.shape, t.dtype);
  u.wrappedNumber = t.wrappedNumber;
  return u;
}

/** a // b: PyTorch 1.13 rounds toward negative infinity, as Python does. */
export function floorDivide(x: Operand, y: Operand): Tensor {
  const { out, a, b } = divisionOp('floor_divide', x, y);
  if (!needsGrad(a, b)) return out;
  // PyTorch 1.13 records a node it cannot differentiate: grad_fn=<NotImplemented>.
  return record(out, 'NotImplemented', [a, b], () => {
    throw new Error('derivative for aten::floor_divide is not implemented');
  });
}

/** a % b: the sign of b, as Python's %. */
export function remainder(x: Operand, y: Operand): Tensor {
  const { out, a, b } = divisionOp('remainder', x, y);
  if (!needsGrad(a, b)) return out;
  // remainder(Tensor, Scalar) is RemainderBackward0, remainder(Tensor, Tensor) RemainderBackward1.
  return record(out, b.wrappedNumber ? 'RemainderBackward0' : 'RemainderBackward1', [a, b], (g) => {
    let gb: Float32Array | null = null;
    if (b.requiresGrad) {
      // -grad * self.div(other, rounding_mode="floor")
      const quotient = divisionOp('floor_divide', untracked(a), untracked(b)).out;
      const r = gradBuffer(g.length);
      const qi = broadcastIndex(quotient.shape, out.shape);
      for (let i = 0; i < g.length; i++) r[i] = f(-g[i] * quotient.data[qi ? qi[i] : i]);
      gb = sumToShape(r, out.shape, b.shape);
    }
    return [a.requiresGrad ? sumToShape(g, out.shape, a.shape) : null, gb];
  });
}
