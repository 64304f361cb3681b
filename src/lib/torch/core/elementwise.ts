// Element-wise ops with broadcasting, PyTorch's dtype promotion and float32
// rounding after every arithmetic step, each recording its backward.
import { gradBuffer, needsGrad, record } from './autograd';
import { ADD, broadcastInto, broadcastMap, DIV, fastLoop, gradProduct, gradTimes, MUL, SUB } from './broadcast-map';
import { resultType } from './promote';
import { glibcPowf } from './glibc-expf';
import { isRecording, recordOp } from './recording';
import { sumToShape } from './reduce-grad';
import { vectorEnd } from './sleef';
import { sleefPowf } from './sleef-df';
import { broadcastIndex, broadcastShapes, numel } from './shape';
import { allocate, asTensor, Tensor, type DType, type Operand } from './tensor';

const f = Math.fround;

function arithmeticType(a: Tensor, b: Tensor): DType {
  const t = resultType(a, b);
  return t === 'bool' ? 'int64' : t;
}

/** + - * / over broadcast operands, reported to a loop recording with its replay (the same loop). */
function arithmetic(kind: string, op: number, a: Tensor, b: Tensor, dtype: DType): Tensor {
  const out = broadcastMap(a, b, dtype, op);
  if (isRecording()) {
    const loop = fastLoop(op, a.size, b.size, out.size);
    recordOp(kind, [a, b], out, loop ? () => loop(a.data, b.data, out.data, out.size) : () => broadcastInto(a, b, out, op));
  }
  return out;
}

/** bool + bool and bool * bool stay bool in PyTorch (logical or / and), never 2. */
function logical(kind: string, a: Tensor, b: Tensor, kernel: (p: number, q: number) => number): Tensor {
  const out = broadcastMap(a, b, 'bool', kernel);
  if (isRecording()) recordOp(kind, [a, b], out, () => broadcastInto(a, b, out, kernel));
  return out;
}

const OR = (p: number, q: number): number => (p || q ? 1 : 0);
const AND = (p: number, q: number): number => (p && q ? 1 : 0);

export function add(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  if (resultType(a, b) === 'bool') return logical('add_bool', a, b, OR);
  const dtype = arithmeticType(a, b);
  const out = arithmetic('add', ADD, a, b, dtype);
  if (!needsGrad(a, b)) return out;
  return record(out, 'AddBackward0', [a, b], (g) => [
    a.requiresGrad ? sumToShape(g, out.shape, a.shape) : null,
    b.requiresGrad ? sumToShape(g, out.shape, b.shape) : null,
  ]);
}

export function sub(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  if (a.dtype === 'bool' && b.dtype === 'bool') {
    throw new Error('Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.');
  }
  if (a.dtype === 'bool' || b.dtype === 'bool') {
    throw new Error(
      'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
    );
  }
  const out = arithmetic('sub', SUB, a, b, arithmeticType(a, b));
  if (!needsGrad(a, b)) return out;
  // `1 - y` is torch.rsub(y, 1) in PyTorch, hence the other node name.
  const name = a.wrappedNumber ? 'RsubBackward1' : 'SubBackward0';
  return record(out, name, [a, b], (g) => {
    let gb: Float32Array | null = null;
    if (b.requiresGrad) {
      const neg = gradBuffer(g.length);
      for (let i = 0; i < g.length; i++) neg[i] = -g[i];
      gb = sumToShape(neg, out.shape, b.shape);
    }
    return [a.requiresGrad ? sumToShape(g, out.shape, a.shape) : null, gb];
  });
}

export function mul(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  if (resultType(a, b) === 'bool') return logical('mul_bool', a, b, AND);
  const dtype = arithmeticType(a, b);
  const out = arithmetic('mul', MUL, a, b, dtype);
  if (!needsGrad(a, b)) return out;
  return record(out, 'MulBackward0', [a, b], (g) => [
    a.requiresGrad ? gradProduct(g, out.shape, b, a.shape) : null,
    b.requiresGrad ? gradProduct(g, out.shape, a, b.shape) : null,
  ]);
}

/**
 * Tensor / Scalar as ATen's C++ calls it (at::div(Tensor, Scalar), e.g. inside cross_entropy):
 * the same float32 quotient as div, but the node is DivBackward1. Python's `x / 5` wraps the
 * number into a tensor instead, hence DivBackward0 there.
 */
export function divScalar(t: Tensor, n: number): Tensor {
  const out = div(t, n);
  return out.gradFn ? record(out, 'DivBackward1', out.gradFn.inputs, out.gradFn.backward) : out;
}

export function div(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  // true division is floating: float64 when the operands promote to it, else float32
  const out = arithmetic('div', DIV, a, b, resultType(a, b) === 'float64' ? 'float64' : 'float32');
  if (!needsGrad(a, b)) return out;
  // `2 / x` is x.reciprocal() * 2 in PyTorch, hence MulBackward0.
  const name = a.wrappedNumber ? 'MulBackward0' : 'DivBackward0';
  return record(out, name, [a, b], (g) => {
    const ga = a.requiresGrad ? gradTimes(g, out.shape, b, a.shape, (p, q) => p / q) : null;
    let gb: Float32Array | null = null;
    if (b.requiresGrad) {
      // -grad * ((self / other) / other), PyTorch's div_tensor_other_backward
      const quotient = out.data as Float32Array;
      const bd = b.data;
      const bi = broadcastIndex(b.shape, out.shape);
      const r = gradBuffer(g.length);
      for (let i = 0; i < g.length; i++) r[i] = -g[i] * f(quotient[i] / bd[bi ? bi[i] : i]);
      gb = sumToShape(r, out.shape, b.shape);
    }
    return [ga, gb];
  });
}

function powKernel(p: number, q: number): number {
  return q === 2 ? p * p : q === 0.5 ? Math.sqrt(p) : Math.pow(p, q);
}

/**
 * float32 ** a Python number, as pow_Tensor_Scalar runs it: exponents 0 and 1 fill and copy,
 * ±0.5 and −1 take sqrt, rsqrt (1/sqrt) and reciprocal, 2, 3 and −2 are products rounded at
 * each step (Math.pow(x, 3) differs from x·x·x in a quarter of cases); any other exponent is a
 * cpu_kernel_vec loop: SLEEF's powf by the exponent cast to float, and for its n mod 16 tail
 * (`vectorised` false) std::pow(float, double): glibc's pow in double, for which Math.pow stands
 * in (both within about half a double ulp: rounded to float32 they agree but on a near-tie).
 */
function powFloat32Scalar(p: number, q: number, vectorised: boolean): number {
  switch (q) {
    case 0: return 1;
    case 1: return p;
    case 2: return p * p;
    case 3: return f(p * p) * p;
    case -1: return 1 / p;
    case -2: return 1 / f(p * p);
    case 0.5: return Math.sqrt(p);
    case -0.5: return 1 / f(Math.sqrt(p));
    default: return vectorised ? sleefPowf(p, f(q)) : Math.pow(p, q);
  }
}

/** Whether each operand is all of the output or one value (TensorIterator's contiguous and scalar operands). */
function flatOperands(a: Tensor, b: Tensor, n: number): boolean {
  return (a.size === n || a.size === 1) && (b.size === n || b.size === 1);
}

/** float32 ** float32 tensors: SLEEF's powf, glibc's powf (std::pow(float, float)) for the n mod 16 tail. */
function powTensorsInto(x: ArrayLike<number>, q: ArrayLike<number>, y: ArrayLike<number> & { [i: number]: number }): void {
  const vectorised = vectorEnd(y.length);
  const xStep = x.length === 1 ? 0 : 1, qStep = q.length === 1 ? 0 : 1;
  for (let i = 0; i < y.length; i++) {
    const p = x[i * xStep], e = q[i * qStep];
    y[i] = i < vectorised ? sleefPowf(p, e) : glibcPowf(p, e);
  }
}

function powScalarInto(x: ArrayLike<number>, q: number, y: ArrayLike<number> & { [i: number]: number }): void {
  const vectorised = vectorEnd(y.length);
  for (let i = 0; i < y.length; i++) y[i] = powFloat32Scalar(x[i], q, i < vectorised);
}

export function pow(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  if (resultType(a, b) === 'bool') throw new Error(`"pow" not implemented for 'Bool'`);
  const dtype = arithmeticType(a, b);
  const scalarExponent = dtype === 'float32' && b.wrappedNumber;
  const shape = broadcastShapes(a.shape, b.shape);
  const out = new Tensor(allocate(dtype, numel(shape), false), shape, dtype);
  const into = scalarExponent
    ? () => powScalarInto(a.data, b.wrappedValue ?? b.data[0], out.data)
    : dtype === 'float32' && flatOperands(a, b, out.size)
      ? () => powTensorsInto(a.data, b.data, out.data)
      : () => broadcastInto(a, b, out, powKernel);
  into();
  if (isRecording()) recordOp('pow', [a, b], out, into);
  if (!needsGrad(a, b)) return out;
  const name = b.wrappedNumber ? 'PowBackward0' : 'PowBackward1';
  return record(out, name, [a, b], (g) => {
    let ga: Float32Array | null = null;
    if (a.requiresGrad) {
      // grad * (exponent * self.pow(exponent - 1)); a Python-number exponent: its pow kernel, the
      // exponent cast to float32 for the product
      const bi = broadcastIndex(b.shape, out.shape);
      const ai = broadcastIndex(a.shape, out.shape);
      const r = gradBuffer(g.length);
      const vectorised = vectorEnd(g.length);
      for (let i = 0; i < g.length; i++) {
        const e = scalarExponent ? (b.wrappedValue ?? b.data[0]) : b.data[bi ? bi[i] : i];
        const base = a.data[ai ? ai[i] : i];
        r[i] = scalarExponent
          ? g[i] * f(f(e) * f(powFloat32Scalar(base, e - 1, i < vectorised)))
          : g[i] * f(e * f(e - 1 === 1 ? base : Math.pow(base, e - 1)));
      }
      ga = sumToShape(r, out.shape, a.shape);
    }
    let gb: Float32Array | null = null;
    if (b.requiresGrad) {
      // grad * result * log(self)
      const ai = broadcastIndex(a.shape, out.shape);
      const r = gradBuffer(g.length);
      for (let i = 0; i < g.length; i++) r[i] = f(g[i] * out.data[i]) * f(Math.log(a.data[ai ? ai[i] : i]));
      gb = sumToShape(r, out.shape, b.shape);
    }
    return [ga, gb];
  });
}

function compare(name: string, test: (p: number, q: number) => boolean) {
  const kernel = (p: number, q: number): number => (test(p, q) ? 1 : 0);
  return (x: Operand, y: Operand): Tensor => {
    const a = asTensor(x);
    const b = asTensor(y);
    // Compared in the promoted type, as PyTorch does (a float32 tensor against 0.1 is against float32(0.1)).
    const type = resultType(a, b);
    const pa = type === 'float32' && a.wrappedNumber ? new Tensor(Float32Array.of(a.data[0]), [], 'float32') : a;
    const pb = type === 'float32' && b.wrappedNumber ? new Tensor(Float32Array.of(b.data[0]), [], 'float32') : b;
    const out = broadcastMap(pa, pb, 'bool', kernel);
    if (isRecording()) recordOp(name, [a, b], out, () => broadcastInto(pa, pb, out, kernel));
    return out;
  };
}

export const eq = compare('eq', (p, q) => p === q);
export const ne = compare('ne', (p, q) => p !== q);
export const lt = compare('lt', (p, q) => p < q);
export const le = compare('le', (p, q) => p <= q);
export const gt = compare('gt', (p, q) => p > q);
export const ge = compare('ge', (p, q) => p >= q);

export function logicalAnd(x: Operand, y: Operand): Tensor {
  return broadcastMap(asTensor(x), asTensor(y), 'bool', (p, q) => (p && q ? 1 : 0));
}
export function logicalOr(x: Operand, y: Operand): Tensor {
  return broadcastMap(asTensor(x), asTensor(y), 'bool', (p, q) => (p || q ? 1 : 0));
}


// & | ^ and ~ on bool and integer tensors (PyTorch's bitwise ops; on bool they are logical).
function bitwise(name: string, op: (p: bigint, q: bigint) => bigint) {
  return (x: Operand, y: Operand): Tensor => {
    const a = asTensor(x);
    const b = asTensor(y);
    const dtype = resultType(a, b);
    if (dtype === 'float32' || dtype === 'float64') throw new Error(`"${name}_cpu" not implemented for '${dtype === 'float32' ? 'Float' : 'Double'}'`);
    const kernel = dtype === 'bool'
      ? (p: number, q: number) => Number(op(p ? 1n : 0n, q ? 1n : 0n))
      : (p: number, q: number) => Number(op(BigInt(p), BigInt(q)));
    const out = broadcastMap(a, b, dtype, kernel);
    if (isRecording()) recordOp(name, [a, b], out, () => broadcastInto(a, b, out, kernel));
    return out;
  };
}

export const bitwiseAnd = bitwise('bitwise_and', (p, q) => p & q);
export const bitwiseOr = bitwise('bitwise_or', (p, q) => p | q);
export const bitwiseXor = bitwise('bitwise_xor', (p, q) => p ^ q);

/** ~x: logical not on bool, two's complement on integers. */
export function bitwiseNot(t: Tensor): Tensor {
  if (t.isFloatingPoint()) throw new TypeError('~ (operator.invert) is only implemented on integer and Boolean-type tensors');
  const out = new Tensor(allocate(t.dtype, t.size), t.shape, t.dtype);
  const into = (): void => {
    for (let i = 0; i < t.size; i++) out.data[i] = t.dtype === 'bool' ? (t.data[i] ? 0 : 1) : -t.data[i] - 1;
  };
  into();
  if (isRecording()) recordOp('bitwise_not', [t], out, into);
  return out;
}

export function logicalNot(t: Tensor): Tensor {
  const out = new Tensor(allocate('bool', t.size), t.shape, 'bool');
  const into = (): void => {
    for (let i = 0; i < t.size; i++) out.data[i] = t.data[i] ? 0 : 1;
  };
  into();
  if (isRecording()) recordOp('logical_not', [t], out, into);
  return out;
}

/** torch.where(condition, input, other): input where condition holds, else other (broadcast). */
export function where(condition: Tensor, x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  if (condition.dtype !== 'bool') throw new Error(`where expected condition to be a boolean tensor, but got a tensor with dtype ${condition.dtype === 'float32' ? 'Float' : 'Long'}`);
  const shape = broadcastShapes(broadcastShapes(condition.shape, a.shape), b.shape);
  const dtype = resultType(a, b);
  const out = new Tensor(allocate(dtype, numel(shape)), shape, dtype);
  const ci = broadcastIndex(condition.shape, shape);
  const ai = broadcastIndex(a.shape, shape);
  const bi = broadcastIndex(b.shape, shape);
  const into = (): void => {
    const c = condition.data, p = a.data, q = b.data, o = out.data;
    for (let i = 0; i < o.length; i++) o[i] = c[ci ? ci[i] : i] ? p[ai ? ai[i] : i] : q[bi ? bi[i] : i];
  };
  into();
  if (isRecording()) recordOp('where', [condition, a, b], out, into);
  if (!needsGrad(a, b)) return out;
  return record(out, 'WhereBackward0', [a, b], (g) => {
    const pick = (take: boolean): Float32Array => {
      const r = gradBuffer(g.length);
      for (let i = 0; i < g.length; i++) r[i] = Boolean(condition.data[ci ? ci[i] : i]) === take ? g[i] : 0;
      return r;
    };
    return [a.requiresGrad ? sumToShape(pick(true), shape, a.shape) : null, b.requiresGrad ? sumToShape(pick(false), shape, b.shape) : null];
  });
}

/** torch.maximum / torch.minimum: element-wise, NaN propagates; a tie splits the gradient in half (PyTorch's backward). */
function extremeOf(kind: 'maximum' | 'minimum') {
  const better = kind === 'maximum' ? (p: number, q: number) => p > q : (p: number, q: number) => p < q;
  const kernel = (p: number, q: number): number => (Number.isNaN(p) || Number.isNaN(q) ? NaN : better(p, q) || p === q ? p : q);
  return (x: Operand, y: Operand): Tensor => {
    const a = asTensor(x);
    const b = asTensor(y);
    const dtype = resultType(a, b);
    if (dtype === 'bool') throw new Error(`"${kind}_cpu" not implemented for 'Bool'`);
    const out = broadcastMap(a, b, dtype, kernel);
    if (isRecording()) recordOp(kind, [a, b], out, () => broadcastInto(a, b, out, kernel));
    if (!needsGrad(a, b)) return out;
    const name = kind === 'maximum' ? 'MaximumBackward0' : 'MinimumBackward0';
    return record(out, name, [a, b], (g) => {
      const ai = broadcastIndex(a.shape, out.shape);
      const bi = broadcastIndex(b.shape, out.shape);
      const share = (first: boolean): Float32Array => {
        const r = gradBuffer(g.length);
        for (let i = 0; i < g.length; i++) {
          const p = a.data[ai ? ai[i] : i], q = b.data[bi ? bi[i] : i];
          r[i] = p === q ? g[i] / 2 : (first ? better(p, q) : better(q, p)) ? g[i] : 0;
        }
        return r;
      };
      return [a.requiresGrad ? sumToShape(share(true), out.shape, a.shape) : null, b.requiresGrad ? sumToShape(share(false), out.shape, b.shape) : null];
    });
  };
}

export const maximum = extremeOf('maximum');
export const minimum = extremeOf('minimum');

/** torch.clamp(x, min, max): NaN stays NaN; min > max gives max, as PyTorch's min(max(x, min), max). */
export function clamp(t: Tensor, min: Tensor | null, max: Tensor | null): Tensor {
  if (min === null && max === null) throw new Error("torch.clamp: At least one of 'min' or 'max' must not be None");
  if (t.dtype === 'bool') throw new Error(`"clamp_cpu" not implemented for 'Bool'`);
  let dtype: DType = t.dtype;
  for (const bound of [min, max]) if (bound) dtype = resultType(new Tensor(allocate(dtype, 1), [], dtype), bound);
  const lo = min === null ? null : dtype === 'float32' ? Math.fround(min.data[0]) : min.data[0];
  const hi = max === null ? null : dtype === 'float32' ? Math.fround(max.data[0]) : max.data[0];
  const out = new Tensor(allocate(dtype, t.size), t.shape, dtype);
  const into = (): void => {
    const x = t.data, o = out.data;
    for (let i = 0; i < o.length; i++) {
      let v = x[i];
      if (lo !== null && v < lo) v = lo;
      if (hi !== null && v > hi) v = hi;
      o[i] = v;
    }
  };
  into();
  if (isRecording()) recordOp('clamp', [t], out, into, [lo ?? 'none', hi ?? 'none']);
  if (!needsGrad(t)) return out;
  return record(out, 'ClampBackward1', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) {
      const v = t.data[i];
      r[i] = (lo === null || v >= lo) && (hi === null || v <= hi) ? g[i] : 0;
    }
    return [r];
  });
}
