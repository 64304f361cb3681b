// The `numpy` module a cell imports (and `numpy.random`): array creation, element-wise maths,
// reductions, joining, and the legacy random stream. A real numpy name not here raises
// NotImplementedError through upstream.ts (library-names.json).
import {
  HostObject, PyList, PyModule, PyTuple, bindArgs, hostFunction, notSupportedYet, pyError, toIndex, toNumber,
  type KwArgs, type ParamSpec, type PyValue,
} from '../../objects/host';
import { NdArray, astype, broadcastShapes, fromPython, setArrayAttributes, sizeOf, toArray, typedOperand, wrapResult, zipWith } from './array';
import { DtypeObject, ScalarType, castValue, isFloat, itemSize, parseDtype, promote, resultType, type NumpyDtype } from './dtype';
import { broadcastTo, type Result } from './elementwise';
import { numpySinCosFloat32 } from './libm/numpy-sincos-float32';
import { numpyExpFloat32, numpyLogFloat32 } from './libm/numpy-simd-float32';
import { numpyTanh, numpyTanhFloat32 } from './libm/numpy-tanh';
import { svmlExp } from './libm/svml-exp';
import { svmlLog } from './libm/svml-log';
import { svmlCos, svmlSin } from './libm/svml-sincos';
import { RandomState } from './random';
import { extreme, mean, normalizeAxis, prod, sum, variance } from './reduce';
import { NumpyScalar, around } from './scalar';

/** What the guide lists: each function as a cell calls it, and one Korean line. */
export const NUMPY_FUNCTIONS: { call: string; doc: string }[] = [];

function def(name: string, params: readonly ParamSpec[], doc: string, impl: (a: Record<string, PyValue>) => PyValue, varargs?: string): [string, PyValue] {
  const shown = params.map((p) => (typeof p === 'string' ? p : `${p[0]}=…`));
  if (varargs) shown.unshift(`*${varargs}`);
  NUMPY_FUNCTIONS.push({ call: `np.${name}(${shown.join(', ')})`, doc });
  return [name, hostFunction(name, (args, kwargs) => impl(bindArgs(name, params, args, kwargs, varargs ? { varargs } : {})))];
}

function shapeArg(value: PyValue): number[] {
  if (value instanceof PyTuple || value instanceof PyList) return value.items.map((v) => toIndex(v));
  return [toIndex(value)];
}

function dtypeArg(value: PyValue): NumpyDtype | undefined {
  return value === null ? undefined : parseDtype(value);
}

function filled(shape: number[], value: number, dtype: NumpyDtype): NdArray {
  if (shape.some((d) => d < 0)) throw pyError('ValueError', 'negative dimensions are not allowed');
  return new NdArray(new Float64Array(sizeOf(shape)).fill(castValue(value, dtype)), shape, dtype);
}

/** A torch tensor given to a numpy function: the result goes back through its __array_wrap__. */
function arrayWrapper(x: PyValue): HostObject | null {
  return x instanceof HostObject && !(x instanceof NdArray) && x.arrayWrap !== undefined ? x : null;
}

/**
 * A ufunc: its values from the inputs as arrays (a tensor's storage read in place); a 0-d result
 * is a numpy scalar, and a tensor among the inputs gets the result back as a tensor (np.exp(t)).
 */
function ufunc(inputs: readonly PyValue[], compute: (...arrays: NdArray[]) => Result): PyValue {
  const result = compute(...inputs.map((x) => toArray(x)));
  const wrapper = inputs.map(arrayWrapper).find((w) => w !== null);
  return wrapper ? wrapper.arrayWrap!(result) : wrapResult(result);
}

/**
 * An element-wise maths ufunc: `float64` for float64 (and integer) input, `float32` for float32
 * input (the ports in libm/ of numpy's own SIMD kernels, whose last bits differ from a correctly
 * rounded result).
 */
const unaryMath = (name: string, float64: (x: number) => number, float32: (x: number) => number, doc: string): [string, PyValue] =>
  def(name, ['x'], doc, ({ x }) =>
    ufunc([x], (a) => {
      const out = a.dtype === 'float32' ? a.map(float32, 'float32') : a.map(float64, 'float64');
      return { data: out.data, shape: [...out.shape], dtype: out.dtype };
    }),
  );

/**
 * numpy's sin/cos for one dtype. Far out, float64 goes to SVML's Payne–Hanek reduction and float32
 * to glibc's sinf/cosf, neither ported: those refuse rather than print other digits.
 */
const trig = (name: 'sin' | 'cos', float32: boolean) => (x: number) => {
  const v = float32 ? numpySinCosFloat32(x, name === 'cos') : name === 'cos' ? svmlCos(x) : svmlSin(x);
  if (v === null) throw notSupportedYet(`|x|가 아주 큰 ${float32 ? 'float32' : 'float64'}의 np.${name} (numpy의 ${float32 ? `glibc ${name}f` : 'SVML Payne–Hanek 축소'})`);
  return v;
};

function reduceFn(kind: 'sum' | 'prod' | 'mean' | 'std' | 'var' | 'max' | 'min' | 'argmax' | 'argmin') {
  return (a: NdArray, axisValue: PyValue, keepdims: PyValue, ddof: PyValue = 0n): PyValue => {
    const axis = normalizeAxis(axisValue, a.shape.length);
    const keep = keepdims === true;
    if (kind === 'sum') return sum(a, axis, keep);
    if (kind === 'prod') return prod(a, axis, keep);
    if (kind === 'mean') return mean(a, axis, keep);
    if (kind === 'std' || kind === 'var') return variance(a, axis, keep, toNumber(ddof), kind === 'std');
    return extreme(a, axis, keep, kind);
  };
}

const REDUCTIONS = ['sum', 'prod', 'mean', 'std', 'var', 'max', 'min', 'argmax', 'argmin'] as const;
const REDUCTION_DOCS: Record<(typeof REDUCTIONS)[number], string> = {
  sum: '합 (numpy의 pairwise 순서, float32는 float32로)', prod: '곱 (앞에서부터 차례로)', mean: '평균', std: '표준편차 (ddof=0 기본)', var: '분산',
  max: '최댓값', min: '최솟값', argmax: '최댓값의 위치', argmin: '최솟값의 위치',
};

function reductionParams(kind: string): ParamSpec[] {
  const params: ParamSpec[] = [['axis', null]];
  if (kind === 'std' || kind === 'var') params.push(['ddof', 0n]);
  if (!kind.startsWith('arg')) params.push(['keepdims', false]);
  else params.push(['keepdims', false]);
  return params;
}

function callReduction(kind: (typeof REDUCTIONS)[number], a: NdArray, bound: Record<string, PyValue>): PyValue {
  return reduceFn(kind)(a, bound.axis, bound.keepdims, bound.ddof);
}

/** np.float64, np.float32, np.int64, np.bool_: dtype= values, constructors (np.float32(0.1), np.float32([1, 2])), isinstance. */
function scalarType(dtype: NumpyDtype, pyName: string): [string, ScalarType] {
  const construct = (value: PyValue): PyValue => {
    if (value instanceof NdArray || value instanceof PyList || value instanceof PyTuple || (value instanceof HostObject && value.moduleName === 'torch')) {
      return astype(toArray(value), dtype);
    }
    if (typeof value === 'string') throw notSupportedYet(`numpy.${pyName}(문자열)`);
    if (dtype === 'bool') return new NumpyScalar(toNumber(value) !== 0 || Number.isNaN(toNumber(value)) ? 1 : 0, 'bool');
    return new NumpyScalar(toNumber(value), dtype);
  };
  return [pyName, new ScalarType(dtype, pyName, construct, (v) => v instanceof NumpyScalar && v.dtype === dtype)];
}

setArrayAttributes((a, name) => {
  switch (name) {
    case 'shape':
      return new PyTuple(a.shape.map(BigInt));
    case 'ndim':
      return BigInt(a.shape.length);
    case 'size':
      return BigInt(a.size);
    case 'dtype':
      return new DtypeObject(a.dtype);
    case 'strides':
      return new PyTuple(a.elementStrides.map((s) => BigInt(s * itemSize(a.dtype))));
    case 'T':
      return a.transpose();
    case 'flat':
      return a.flatView(true);
  }
  if ((REDUCTIONS as readonly string[]).includes(name)) {
    const kind = name as (typeof REDUCTIONS)[number];
    return hostFunction(name, (args, kwargs) => callReduction(kind, a, bindArgs(name, reductionParams(kind), args, kwargs)));
  }
  const m = (f: (args: readonly PyValue[], kwargs: KwArgs) => PyValue) => hostFunction(name, f);
  switch (name) {
    case 'reshape':
      return m((args, kwargs) => {
        if (kwargs.size > 0) throw notSupportedYet('reshape의 키워드 인자');
        const shape = args.length === 1 ? shapeArg(args[0]) : args.map((v) => toIndex(v));
        return a.reshape(shape);
      });
    case 'transpose':
      return m((args) => (args.length === 0 ? a.transpose() : a.transpose((args.length === 1 ? shapeArg(args[0]) : args.map((v) => toIndex(v))).map((d) => (d < 0 ? d + a.shape.length : d)))));
    case 'flatten':
      return m(() => new NdArray(a.data.slice(), [a.size], a.dtype));
    case 'ravel':
      return m(() => a.flatView());
    case 'copy':
      return m(() => a.copy());
    case 'tolist':
      return m(() => a.tolist());
    case 'item':
      return m((args) => {
        if (args.length === 0) {
          if (a.size !== 1) throw pyError('ValueError', 'can only convert an array of size 1 to a Python scalar');
          return a.scalar(0);
        }
        throw notSupportedYet('ndarray.item(인덱스)');
      });
    case 'astype':
      return m((args) => astype(a, parseDtype(args[0])));
    case 'any':
      return m(() => new NumpyScalar(a.data.some((v) => v !== 0) ? 1 : 0, 'bool'));
    case 'all':
      return m(() => new NumpyScalar(a.data.every((v) => v !== 0) ? 1 : 0, 'bool'));
    case 'round':
      return m((args, kwargs) => roundArray(a, bindArgs('round', [['decimals', 0n]], args, kwargs).decimals));
    case '__abs__':
      return m(() => absolute(a));
  }
  return undefined;
});

export function createNumpyModule(): PyModule {
  const attrs = new Map<string, PyValue>([
    ['pi', Math.PI],
    ['e', Math.E],
    ['inf', Infinity],
    ['nan', NaN],
    ['newaxis', null],
    scalarType('float64', 'float64'),
    scalarType('float32', 'float32'),
    scalarType('int64', 'int64'),
    scalarType('bool', 'bool_'),
    ['dtype', hostFunction('dtype', (args) => new DtypeObject(parseDtype(args[0])))],
    def('array', ['object', ['dtype', null]], '리스트·중첩 리스트·튜플에서 배열 (dtype 추론: int64, float64, bool)', ({ object, dtype }) => {
      const a = object instanceof NdArray ? object.copy() : fromPython(object);
      const d = dtypeArg(dtype);
      return d ? astype(a, d) : a;
    }),
    def('asarray', ['a', ['dtype', null]], '배열로 (이미 배열이면 그대로)', ({ a, dtype }) => toArray(a, dtypeArg(dtype))),
    def('zeros', ['shape', ['dtype', null]], '0으로 채운 배열 (shape: 정수 또는 튜플)', ({ shape, dtype }) => filled(shapeArg(shape), 0, dtypeArg(dtype) ?? 'float64')),
    def('ones', ['shape', ['dtype', null]], '1로 채운 배열', ({ shape, dtype }) => filled(shapeArg(shape), 1, dtypeArg(dtype) ?? 'float64')),
    def('full', ['shape', 'fill_value', ['dtype', null]], '한 값으로 채운 배열', ({ shape, fill_value, dtype }) => {
      const v = toArray(fill_value);
      return filled(shapeArg(shape), v.data[0], dtypeArg(dtype) ?? v.dtype);
    }),
    def('zeros_like', ['a'], '같은 모양의 0 배열', ({ a }) => filled([...toArray(a).shape], 0, toArray(a).dtype)),
    def('ones_like', ['a'], '같은 모양의 1 배열', ({ a }) => filled([...toArray(a).shape], 1, toArray(a).dtype)),
    def('arange', ['start', ['stop', null], ['step', null], ['dtype', null]], '등간격 수열 (정수만이면 int64)', ({ start, stop, step, dtype }) => {
      const ends = stop === null ? [0n, start] : [start, stop];
      const all = [...ends, step ?? 1n];
      const isFloat = all.some((v) => typeof v === 'number');
      const [s, e, st] = all.map((v) => toNumber(v));
      if (st === 0) throw pyError('ZeroDivisionError', 'division by zero');
      const n = Math.max(0, Math.ceil((e - s) / st));
      const delta = s + st - s;
      const out = Float64Array.from({ length: n }, (_, i) => (i === 0 ? s : s + i * delta));
      const a = new NdArray(out, [n], isFloat ? 'float64' : 'int64');
      const d = dtypeArg(dtype);
      return d ? astype(a, d) : a;
    }),
    def('linspace', ['start', 'stop', ['num', 50n], ['endpoint', true]], 'start부터 stop까지 num개 (numpy의 계산 순서)', ({ start, stop, num, endpoint }) => {
      const n = toIndex(num);
      if (n < 0) throw pyError('ValueError', `Number of samples, ${n}, must be non-negative.`);
      const s = toNumber(start);
      const e = toNumber(stop);
      const div = endpoint ? n - 1 : n;
      const delta = e - s;
      const step = delta / div;
      const out = Float64Array.from({ length: n }, (_, i) => {
        if (div > 0) return (step === 0 ? (i / div) * delta : i * step) + s;
        return i * delta + s;
      });
      if (endpoint && n > 1) out[n - 1] = e;
      return new NdArray(out, [n], 'float64');
    }),
    unaryMath('exp', svmlExp, numpyExpFloat32, '지수함수 (원소별)'),
    unaryMath('log', svmlLog, numpyLogFloat32, '자연로그 (원소별)'),
    unaryMath('sqrt', Math.sqrt, Math.sqrt, '제곱근 (원소별)'),
    unaryMath('sin', trig('sin', false), trig('sin', true), '사인 (원소별)'),
    unaryMath('cos', trig('cos', false), trig('cos', true), '코사인 (원소별)'),
    unaryMath('tanh', numpyTanh, numpyTanhFloat32, '쌍곡탄젠트 (원소별)'),
    def('isnan', ['x'], 'NaN인지 (원소별, bool)', ({ x }) => ufunc([x], (a) => ({ data: a.map((v) => (Number.isNaN(v) ? 1 : 0), 'bool').data, shape: [...a.shape], dtype: 'bool' }))),
    def('abs', ['x'], '절댓값 (원소별, dtype 유지)', ({ x }) => absolute(x)),
    def('absolute', ['x'], '절댓값 (np.abs와 같음)', ({ x }) => absolute(x)),
    def('maximum', ['x1', 'x2'], '두 배열의 원소별 최댓값', ({ x1, x2 }) => pairwise(x1, x2, (p, q) => (Number.isNaN(p) || p >= q ? p : q))),
    def('minimum', ['x1', 'x2'], '두 배열의 원소별 최솟값', ({ x1, x2 }) => pairwise(x1, x2, (p, q) => (Number.isNaN(p) || p <= q ? p : q))),
    def('where', ['condition', 'x', 'y'], '조건이 참인 곳은 x, 아니면 y', ({ condition, x, y }) => {
      const c = toArray(condition);
      const a = toArray(x);
      const b = toArray(y);
      const dtype = resultType(typedOperand(a, x), typedOperand(b, y));
      const shape = broadcastShapes(c.shape, broadcastShapes(a.shape, b.shape));
      const cb = bcast(c, shape);
      const xa = bcast(a, shape);
      const yb = bcast(b, shape);
      return new NdArray(Float64Array.from(cb, (v, i) => (v ? xa[i] : yb[i])), shape, dtype);
    }),
    def('round', ['a', ['decimals', 0n]], '소수 decimals자리로 반올림 (numpy의 방식: 10^d를 곱해 짝수 쪽으로 반올림)', ({ a, decimals }) => roundArray(toArray(a), decimals)),
    meshgridFunction(),
    def('concatenate', ['arrays', ['axis', 0n]], '배열 잇기 (축 하나를 따라)', ({ arrays, axis }) => concatenate(sequence(arrays), axis)),
    def('stack', ['arrays', ['axis', 0n]], '새 축을 만들며 쌓기', ({ arrays, axis }) => {
      const list = sequence(arrays);
      if (list.length === 0) throw pyError('ValueError', 'need at least one array to stack');
      const shape = list[0].shape;
      if (list.some((a) => a.shape.length !== shape.length || a.shape.some((d, i) => d !== shape[i]))) throw pyError('ValueError', 'all input arrays must have the same shape');
      const ax = normalizeAxis(axis, shape.length + 1)!;
      const expanded = list.map((a) => new NdArray(a.data, [...shape.slice(0, ax), 1, ...shape.slice(ax)], a.dtype));
      return concatenate(expanded, BigInt(ax));
    }),
  ]);
  for (const kind of REDUCTIONS) {
    attrs.set(
      ...def(kind, ['a', ...reductionParams(kind)], REDUCTION_DOCS[kind], (bound) => {
        // numpy hands a non-ndarray to its own method (tensor.sum(axis=None, out=None), which PyTorch
        // rejects; series.sum(axis=None, ...), pandas' reduction)
        const wrapper = arrayWrapper(bound.a);
        if (wrapper) throw notSupportedYet(`np.${kind}(${wrapper.moduleName === 'torch' ? 'torch.Tensor' : `pandas.${wrapper.typeName}`})`);
        return callReduction(kind, toArray(bound.a), bound);
      }),
    );
  }
  return new PyModule('numpy', attrs);
}

/** np.meshgrid(*xi, copy=True, sparse=False, indexing='xy') -> a list of arrays (its options are keyword-only). */
function meshgridFunction(): [string, PyValue] {
  NUMPY_FUNCTIONS.push({ call: 'np.meshgrid(*xi, indexing=…)', doc: '좌표 배열들로 격자 좌표 배열들의 리스트 (indexing은 xy가 기본, ij도)' });
  return ['meshgrid', hostFunction('meshgrid', (args, kwargs) => {
    const { sparse, indexing } = bindArgs('meshgrid', [['copy', true], ['sparse', false], ['indexing', 'xy']], [], kwargs);
    if (indexing !== 'xy' && indexing !== 'ij') throw pyError('ValueError', "Valid values for `indexing` are 'xy' and 'ij'.");
    if (sparse !== false) throw notSupportedYet('np.meshgrid(sparse=True)');
    return new PyList(meshgrid(args.map((x) => toArray(x)), indexing));
  })];
}

/**
 * np.meshgrid: each input flattened and repeated along the others' axes. With 'xy' the first two
 * axes are swapped (X varies along the columns), as for plotting.
 */
function meshgrid(inputs: NdArray[], indexing: 'xy' | 'ij'): NdArray[] {
  const sizes = inputs.map((a) => a.size);
  const shape = [...sizes];
  if (indexing === 'xy' && shape.length > 1) [shape[0], shape[1]] = [shape[1], shape[0]];
  const total = sizeOf(shape);
  return inputs.map((a, i) => {
    // the output axis input i runs along
    const axis = indexing === 'xy' && inputs.length > 1 && i < 2 ? 1 - i : i;
    const stride = sizeOf(shape.slice(axis + 1));
    const out = new Float64Array(total);
    for (let k = 0; k < total; k++) out[k] = a.data[Math.floor(k / stride) % shape[axis]];
    return new NdArray(out, shape, a.dtype);
  });
}

function bcast(a: NdArray, shape: number[]): Float64Array {
  return broadcastTo(a, shape);
}

function absolute(x: PyValue): PyValue {
  return ufunc([x], (a) => {
    const out = a.dtype === 'bool' ? a.copy() : a.map(Math.abs, a.dtype);
    return { data: out.data, shape: [...out.shape], dtype: a.dtype };
  });
}

function pairwise(x1: PyValue, x2: PyValue, f: (p: number, q: number) => number): PyValue {
  return ufunc([x1, x2], (a, b) => {
    const dtype = resultType(typedOperand(a, x1), typedOperand(b, x2));
    const cast = dtype === 'float32' ? Math.fround : (v: number) => v;
    return zipWith(a, b, dtype, (p, q) => f(cast(p), cast(q)));
  });
}

/** np.round / a.round(decimals): numpy's around of each element, in the array's dtype. */
function roundArray(a: NdArray, decimals: PyValue): PyValue {
  const d = toIndex(decimals);
  const out = isFloat(a.dtype) ? a.map((v) => around(v, d, a.dtype), a.dtype) : a.copy();
  return a.shape.length === 0 ? out.element(0) : out;
}

function sequence(value: PyValue): NdArray[] {
  if (value instanceof NdArray) return [...value.iterate()].map((v) => toArray(v));
  if (value instanceof PyList || value instanceof PyTuple) return value.items.map((v) => toArray(v));
  throw pyError('TypeError', 'The first input argument needs to be a sequence');
}

function concatenate(list: NdArray[], axisValue: PyValue): NdArray {
  if (list.length === 0) throw pyError('ValueError', 'need at least one array to concatenate');
  const nd = list[0].shape.length;
  if (nd === 0) throw pyError('ValueError', 'zero-dimensional arrays cannot be concatenated');
  if (axisValue === null) throw notSupportedYet('np.concatenate(axis=None)');
  const axis = normalizeAxis(axisValue, nd)!;
  list.forEach((a, i) => {
    if (a.shape.length !== nd) {
      throw pyError('ValueError', `all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${a.shape.length} dimension(s)`);
    }
    a.shape.forEach((d, k) => {
      if (k !== axis && d !== list[0].shape[k]) {
        throw pyError('ValueError', `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${k}, the array at index 0 has size ${list[0].shape[k]} and the array at index ${i} has size ${d}`);
      }
    });
  });
  const dtype = list.map((a) => a.dtype).reduce(promote);
  const outer = sizeOf(list[0].shape.slice(0, axis));
  const shape = [...list[0].shape];
  shape[axis] = list.reduce((s, a) => s + a.shape[axis], 0);
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const a of list) {
      const chunk = sizeOf(a.shape.slice(axis));
      for (let i = 0; i < chunk; i++) out.push(a.data[o * chunk + i]);
    }
  }
  return new NdArray(Float64Array.from(out), shape, dtype);
}

function sizeArg(value: PyValue): number[] | null {
  return value === null ? null : shapeArg(value);
}

function draws(shape: number[] | null, draw: () => number, dtype: NumpyDtype = 'float64'): PyValue {
  if (shape === null) return dtype === 'int64' ? BigInt(draw()) : draw();
  const out = new Float64Array(sizeOf(shape));
  for (let i = 0; i < out.length; i++) out[i] = draw();
  return new NdArray(out, shape, dtype);
}

/** numpy.random: the module-level functions of the legacy global RandomState. */
export function createNumpyRandomModule(): PyModule {
  const rs = new RandomState(0);
  rs.seed(Math.floor(Math.random() * 2 ** 32));
  const dims = (args: readonly PyValue[]) => (args.length === 0 ? null : args.map((v) => toIndex(v)));
  const fn = (name: string, params: readonly ParamSpec[], doc: string, impl: (a: Record<string, PyValue>) => PyValue, varargs?: string): [string, PyValue] => {
    const [, value] = def(`random.${name}`, params, doc, impl, varargs);
    return [name, value];
  };
  return new PyModule(
    'numpy.random',
    new Map<string, PyValue>([
      fn('seed', [['seed', null]], '전역 난수 상태의 시드 (numpy의 MT19937 레거시 스트림)', ({ seed }) => {
        if (seed === null) throw notSupportedYet('np.random.seed(None)');
        // numpy casts the seed to int64 with the 'safe' rule: a float or str scalar is its TypeError.
        if (typeof seed === 'number' || typeof seed === 'string') {
          const from = typeof seed === 'number' ? 'float64' : `<U${[...seed].length}`;
          throw pyError('TypeError', `Cannot cast scalar from dtype('${from}') to dtype('int64') according to the rule 'safe'`);
        }
        const n = toIndex(seed);
        if (n < 0 || n > 2 ** 32 - 1) throw pyError('ValueError', 'Seed must be between 0 and 2**32 - 1');
        rs.seed(n);
        return null;
      }),
      fn('rand', [], '[0, 1) 균등분포 (np.random.rand(2, 3))', ({ dims: d }) => draws(dims((d as PyTuple).items), () => rs.nextDouble()), 'dims'),
      fn('randn', [], '표준정규분포 (np.random.randn(2, 3))', ({ dims: d }) => draws(dims((d as PyTuple).items), () => rs.gaussian()), 'dims'),
      fn('random', [['size', null]], '[0, 1) 균등분포', ({ size }) => draws(sizeArg(size), () => rs.nextDouble())),
      fn('standard_normal', [['size', null]], '표준정규분포 (size는 모양)', ({ size }) => draws(sizeArg(size), () => rs.gaussian())),
      fn('normal', [['loc', 0.0], ['scale', 1.0], ['size', null]], '정규분포 (loc, scale은 수)', ({ loc, scale, size }) => {
        const m = scalarParam(loc, 'loc');
        const s = scalarParam(scale, 'scale');
        if (s < 0) throw pyError('ValueError', 'scale < 0');
        return draws(sizeArg(size), () => m + s * rs.gaussian());
      }),
      fn('uniform', [['low', 0.0], ['high', 1.0], ['size', null]], '[low, high) 균등분포', ({ low, high, size }) => {
        const lo = scalarParam(low, 'low');
        const range = scalarParam(high, 'high') - lo;
        return draws(sizeArg(size), () => lo + range * rs.nextDouble());
      }),
      fn('randint', ['low', ['high', null], ['size', null], ['dtype', null]], '[low, high) 정수 (int64)', ({ low, high, size, dtype }) => {
        if (dtype !== null && parseDtype(dtype) !== 'int64') throw notSupportedYet('np.random.randint(dtype=…)');
        let lo = toIndex(low);
        let hi: number;
        if (high === null) {
          hi = lo;
          lo = 0;
        } else hi = toIndex(high);
        if (lo >= hi) throw pyError('ValueError', 'low >= high');
        const range = hi - 1 - lo;
        if (range > 0xffffffff) throw notSupportedYet('2^32을 넘는 범위의 np.random.randint');
        return draws(sizeArg(size), () => rs.boundedInt(lo, range), 'int64');
      }),
    ]),
  );
}

function scalarParam(value: PyValue, name: string): number {
  if (value instanceof HostObject && !(value instanceof NumpyScalar)) throw notSupportedYet(`np.random의 배열 ${name}`);
  return toNumber(value);
}

