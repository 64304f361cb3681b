// Python's `math` module (the functions a lecture cell plausibly uses), floats as in CPython.
// exp, log, log2, log10, pow, sin, cos, tan, atan, atan2, asin and acos are glibc's own routines (../libm/), which
// CPython calls on Linux; tanh is still V8's Math.tanh (its last digit differs from glibc's on
// 0.02 % of inputs; see docs/architecture.md).
import { glibcExp } from '../../libm/glibc-exp';
import { glibcLog } from '../../libm/glibc-log';
import { glibcLog10 } from '../../libm/glibc-log10';
import { glibcLog2 } from '../../libm/glibc-log2';
import { glibcPow } from '../../libm/glibc-pow';
import { glibcCos, glibcSin } from '../../libm/glibc-sin';
import { glibcTan } from '../../libm/glibc-tan';
import { glibcAtan } from '../../libm/glibc-atan';
import { glibcAtan2 } from '../../libm/glibc-atan2';
import { glibcAcos, glibcAsin } from '../../libm/glibc-asin';
import { toFloat } from '../objects/format-value';
import { PyModule, hostFunction, pyError, toNumber, type PyValue } from '../objects/host';

function unary(name: string, f: (x: number) => number, domain?: (x: number) => boolean): PyValue {
  return hostFunction(name, (args) => {
    if (args.length !== 1) throw pyError('TypeError', `math.${name}() takes exactly one argument (${args.length} given)`);
    const x = toFloat(args[0]);
    if (domain && !domain(x)) throw pyError('ValueError', 'math domain error');
    const result = f(x);
    // CPython's math_1: a NaN from a non-NaN argument (sin(inf)) is a domain error.
    if (Number.isNaN(result) && !Number.isNaN(x)) throw pyError('ValueError', 'math domain error');
    if (!Number.isFinite(result) && Number.isFinite(x)) throw pyError('OverflowError', 'math range error');
    return result;
  });
}

/** CPython's m_atan2: NaNs, infinities and y = ±0 settled as C99 says, the rest by libm's atan2. */
function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const sign = (v: number) => (v < 0 || Object.is(v, -0) ? -1 : 1);
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return sign(y) * (sign(x) === 1 ? 0.25 : 0.75) * Math.PI;
    return sign(y) * 0.5 * Math.PI;
  }
  if (!Number.isFinite(x) || y === 0) return sign(y) * (sign(x) === 1 ? 0 : Math.PI);
  return glibcAtan2(y, x);
}

export function createMathModule(): PyModule {
  return new PyModule('math', {
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    inf: Infinity,
    nan: NaN,
    sqrt: unary('sqrt', Math.sqrt, (x) => x >= 0),
    exp: unary('exp', glibcExp),
    log: hostFunction('log', (args) => {
      // CPython: log(x) / log(base), each a domain error at or below zero.
      const logOf = (v: PyValue) => {
        const x = toFloat(v);
        if (x <= 0) throw pyError('ValueError', 'math domain error');
        return glibcLog(x);
      };
      if (args.length < 1 || args.length > 2) throw pyError('TypeError', `log expected at least 1 argument, got ${args.length}`);
      if (args.length === 1) return logOf(args[0]);
      const num = logOf(args[0]);
      const den = logOf(args[1]);
      if (den === 0) throw pyError('ZeroDivisionError', 'float division by zero');
      return num / den;
    }),
    pow: hostFunction('pow', (args) => {
      if (args.length !== 2) throw pyError('TypeError', `pow expected 2 arguments, got ${args.length}`);
      const x = toFloat(args[0]);
      const y = toFloat(args[1]);
      const result = glibcPow(x, y);
      // CPython's math_pow: NaN from non-NaN operands, or 0 ** negative, is a domain error; other infinities overflow.
      if (Number.isNaN(result) && !Number.isNaN(x) && !Number.isNaN(y)) throw pyError('ValueError', 'math domain error');
      if (!Number.isFinite(result) && Number.isFinite(x) && Number.isFinite(y)) {
        throw pyError(x === 0 ? 'ValueError' : 'OverflowError', x === 0 ? 'math domain error' : 'math range error');
      }
      return result;
    }),
    log10: unary('log10', glibcLog10, (x) => x > 0 || Number.isNaN(x)),
    log2: unary('log2', glibcLog2, (x) => x > 0 || Number.isNaN(x)),
    sin: unary('sin', glibcSin),
    cos: unary('cos', glibcCos),
    tan: unary('tan', glibcTan),
    tanh: unary('tanh', Math.tanh),
    atan: unary('atan', glibcAtan),
    asin: unary('asin', glibcAsin),
    acos: unary('acos', glibcAcos),
    atan2: hostFunction('atan2', (args) => {
      if (args.length !== 2) throw pyError('TypeError', `atan2 expected 2 arguments, got ${args.length}`);
      return atan2(toFloat(args[0]), toFloat(args[1]));
    }),
    fabs: unary('fabs', Math.abs),
    floor: hostFunction('floor', (args) => BigInt(Math.floor(toNumber(args[0])))),
    ceil: hostFunction('ceil', (args) => BigInt(Math.ceil(toNumber(args[0])))),
    isclose: hostFunction('isclose', (args, kwargs) => {
      const a = toNumber(args[0]);
      const b = toNumber(args[1]);
      const rel = kwargs.has('rel_tol') ? toNumber(kwargs.get('rel_tol')!) : 1e-9;
      const abs = kwargs.has('abs_tol') ? toNumber(kwargs.get('abs_tol')!) : 0;
      return a === b || Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), abs);
    }),
    isnan: hostFunction('isnan', (args) => Number.isNaN(toNumber(args[0]))),
    isinf: hostFunction('isinf', (args) => Math.abs(toNumber(args[0])) === Infinity),
  });
}
