// Number and string text exactly as CPython writes it: float repr (shortest round-trip,
// '1e-05', '1.0'), str repr quoting, and the format-spec mini-language ({x:.4f}, {n:>5d}).
import { pyError } from './host';

/** repr(float): shortest digits that round-trip; exponent form below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e');
  const exponent = Number(expText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const rest = digits.slice(1);
    return `${sign}${digits[0]}${rest ? '.' + rest : ''}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return sign + placeDecimalPoint(digits, exponent, true);
}

/** Digits d1d2d3... with value d1.d2d3 × 10^exponent written in fixed notation. */
function placeDecimalPoint(digits: string, exponent: number, forceFraction: boolean): string {
  const point = exponent + 1;
  let text: string;
  if (point <= 0) text = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length) + (forceFraction ? '.0' : '');
  else text = digits.slice(0, point) + '.' + digits.slice(point);
  return text;
}

/** x.toFixed(digits) but exact ties round half to even, as Python's formatting does. */
export function toFixedEven(x: number, digits: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  const abs = Math.abs(x);
  let text: string;
  if (abs >= 1e21) {
    text = BigInt(abs).toString() + (digits > 0 ? '.' + '0'.repeat(digits) : '');
  } else {
    text = abs.toFixed(digits);
    if (digits + 25 <= 100) {
      const long = abs.toFixed(digits + 25);
      const cut = digits === 0 ? long.indexOf('.') : long.indexOf('.') + 1 + digits;
      const tail = long.slice(digits === 0 ? cut + 1 : cut);
      if (tail === '5' + '0'.repeat(24)) {
        const head = long.slice(0, cut);
        const lastDigit = Number(head.replace('.', '').slice(-1));
        if (lastDigit % 2 === 0) text = head.endsWith('.') ? head.slice(0, -1) : head;
      }
    }
  }
  const negative = x < 0 || Object.is(x, -0);
  return negative ? '-' + text : text;
}

/** x.toExponential(digits) with Python's two-digit exponent ('1.5e-05'). Unsigned handling by caller. */
function toExponentialPy(x: number, digits: number): string {
  const [mantissa, exp] = x.toExponential(digits).split('e');
  const e = Number(exp);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** Python's round(x) for floats: half to even. Returns a float-valued integer. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** round(x, ndigits) for floats, through the exact decimal text like CPython. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits >= 0) {
    if (ndigits > 80) return x;
    return Number(toFixedEven(x, ndigits));
  }
  const scale = 10 ** -ndigits;
  const rounded = roundHalfEven(x / scale) * scale;
  return rounded === 0 && (x < 0 || Object.is(x, -0)) ? -0 : rounded;
}

/** repr(str): single quotes unless the text has ' and no ", escapes like Python. */
export function stringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

// ── format spec mini-language ──

export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '^' | '=' | '';
  sign: '+' | '-' | ' ' | '';
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: ',' | '_' | '';
  precision: number | null;
  type: string;
}

export function parseFormatSpec(spec: string): FormatSpec {
  const match = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (!match) throw pyError('ValueError', `Invalid format specifier '${spec}'`);
  const [, fill, align, sign, alternate, zero, width, grouping, precision, type] = match;
  return {
    fill: fill ?? (zero && !align ? '0' : ' '),
    align: (align ?? (zero ? '=' : '')) as FormatSpec['align'],
    sign: (sign ?? '') as FormatSpec['sign'],
    alternate: !!alternate,
    zero: !!zero,
    width: width ? Number(width) : 0,
    grouping: (grouping ?? '') as FormatSpec['grouping'],
    precision: precision !== undefined ? Number(precision) : null,
    type: type ?? '',
  };
}

function pad(body: string, spec: FormatSpec, defaultAlign: '<' | '>', signPrefix = ''): string {
  const align = spec.align || defaultAlign;
  const total = signPrefix.length + [...body].length;
  const fillCount = Math.max(0, spec.width - total);
  const fill = spec.fill.repeat(fillCount);
  switch (align) {
    case '<':
      return signPrefix + body + fill;
    case '>':
      return fill + signPrefix + body;
    case '=':
      return signPrefix + fill + body;
    case '^': {
      const left = spec.fill.repeat(Math.floor(fillCount / 2));
      const right = spec.fill.repeat(fillCount - Math.floor(fillCount / 2));
      return left + signPrefix + body + right;
    }
  }
}

function group(intDigits: string, separator: string, size = 3): string {
  if (!separator) return intDigits;
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % size === 0) out += separator;
    out += intDigits[i];
  }
  return out;
}

function signOf(negative: boolean, spec: FormatSpec): string {
  if (negative) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

export function formatString(value: string, specText: string): string {
  const spec = parseFormatSpec(specText);
  if (spec.type && spec.type !== 's') throw pyError('ValueError', `Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign) throw pyError('ValueError', 'Sign not allowed in string format specifier');
  const body = spec.precision !== null ? [...value].slice(0, spec.precision).join('') : value;
  return pad(body, spec, '<');
}

export function formatInt(value: bigint, specText: string): string {
  const spec = parseFormatSpec(specText);
  if ('eEfFgG%'.includes(spec.type) && spec.type !== '') return formatFloat(Number(value), specText);
  if (spec.precision !== null) throw pyError('ValueError', 'Precision not allowed in integer format specifier');
  const negative = value < 0n;
  const abs = negative ? -value : value;
  let digits: string;
  let prefix = '';
  switch (spec.type) {
    case '':
    case 'd':
    case 'n':
      digits = group(abs.toString(), spec.grouping);
      break;
    case 'b':
      digits = group(abs.toString(2), spec.grouping === '_' ? '_' : '', 4);
      prefix = spec.alternate ? '0b' : '';
      break;
    case 'o':
      digits = group(abs.toString(8), spec.grouping === '_' ? '_' : '', 4);
      prefix = spec.alternate ? '0o' : '';
      break;
    case 'x':
    case 'X':
      digits = group(abs.toString(16), spec.grouping === '_' ? '_' : '', 4);
      if (spec.type === 'X') digits = digits.toUpperCase();
      prefix = spec.alternate ? (spec.type === 'X' ? '0X' : '0x') : '';
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(value)), spec, '<');
    default:
      throw pyError('ValueError', `Unknown format code '${spec.type}' for object of type 'int'`);
  }
  return pad(digits, spec, '>', signOf(negative, spec) + prefix);
}

export function formatFloat(value: number, specText: string): string {
  const spec = parseFormatSpec(specText);
  const negative = value < 0 || Object.is(value, -0);
  const abs = Math.abs(value);
  let body: string;
  const type = spec.type;
  if (!Number.isFinite(abs)) {
    body = Number.isNaN(abs) ? 'nan' : 'inf';
    if (type === 'E' || type === 'F' || type === 'G') body = body.toUpperCase();
    return pad(body + (type === '%' ? '%' : ''), spec, '>', signOf(negative && !Number.isNaN(value), spec));
  }
  switch (type) {
    case 'f':
    case 'F':
    case '%': {
      const scaled = type === '%' ? abs * 100 : abs;
      body = toFixedEven(scaled, spec.precision ?? 6);
      if (spec.alternate && !body.includes('.')) body += '.';
      body = groupFixed(body, spec.grouping) + (type === '%' ? '%' : '');
      break;
    }
    case 'e':
    case 'E':
      body = toExponentialPy(abs, spec.precision ?? 6);
      if (type === 'E') body = body.toUpperCase();
      break;
    case 'g':
    case 'G':
    case 'n':
      body = formatGeneral(abs, spec.precision ?? 6, spec.alternate, false);
      body = groupFixed(body, spec.grouping);
      if (type === 'G') body = body.toUpperCase();
      break;
    case '':
      body = spec.precision === null ? floatRepr(abs) : formatGeneral(abs, spec.precision, spec.alternate, true);
      body = groupFixed(body, spec.grouping);
      break;
    default:
      throw pyError('ValueError', `Unknown format code '${type}' for object of type 'float'`);
  }
  return pad(body, spec, '>', signOf(negative, spec));
}

/** 'g' formatting: precision significant digits, exponent form when exp < -4 or exp >= precision. */
function formatGeneral(abs: number, precision: number, alternate: boolean, emptyType: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (abs === 0) return emptyType ? '0.0' : alternate ? '0.' + '0'.repeat(p - 1) : '0';
  const exponential = abs.toExponential(p - 1);
  const exponent = Number(exponential.split('e')[1]);
  let body: string;
  if (exponent >= -4 && exponent < p) {
    body = toFixedEven(abs, Math.max(0, p - 1 - exponent));
    if (!alternate && body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
    if (emptyType && !body.includes('.') && !body.includes('e')) body += '.0';
  } else {
    body = toExponentialPy(abs, p - 1);
    if (!alternate) body = body.replace(/\.?0+e/, 'e');
  }
  return body;
}

function groupFixed(body: string, separator: string): string {
  if (!separator || body.includes('e')) return body;
  const [intPart, ...rest] = body.split('.');
  return [group(intPart, separator), ...rest].join('.');
}
