// Number and string text exactly as CPython 3.11 writes it, the one place that turns numbers
// into text for Python and for PyTorch's tensor printing:
//   repr/str of floats ('1e-05', '1.0'), repr of str, the format-spec mini-language
//   ({x:.4f}, {n:>5d}, {big:_}), the float conversions of printf-style '%' (doubleToString),
//   and round(x, n).
// Digits come from the exact binary value of the double, rounded half to even, as CPython's
// dtoa does: JavaScript's toFixed/toExponential round exact ties away from zero
// (0.125 → '1.3e-01' where Python prints '1.2e-01'), so they are not used. Only repr's
// shortest round-trip digits come from JavaScript (Number.prototype.toString's algorithm picks
// the same digits as CPython's repr: the fewest that read back as x, nearest to x).
// Follows Python/pystrtod.c (format_float_short) and Python/formatter_unicode.c.
import { pyError } from './errors';

// ── Decimal digits of a double ──────────────────────────────────────────────────────────────

/** Digits d1d2d3… (no trailing zeros, '' when everything rounded away) of 0.d1d2d3… × 10^decpt. */
interface Digits {
  digits: string;
  decpt: number;
}

const powersOfFive: bigint[] = [1n];
function fiveToThe(n: number): bigint {
  for (let k = powersOfFive.length; k <= n; k++) powersOfFive.push(powersOfFive[k - 1] * 5n);
  return powersOfFive[n];
}

const bits = new DataView(new ArrayBuffer(8));

/** Every decimal digit of a positive finite double: m·2^e = m·5^-e / 10^-e is a finite decimal. */
function exactDigits(abs: number): Digits {
  bits.setFloat64(0, abs);
  const high = bits.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(bits.getUint32(4));
  let exponent = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  if (exponent >= 0) {
    const digits = (mantissa << BigInt(exponent)).toString();
    return { digits, decpt: digits.length };
  }
  const digits = (mantissa * fiveToThe(-exponent)).toString();
  return { digits, decpt: digits.length + exponent };
}

/** The first `keep` digits, rounded half to even on everything after them. */
function roundDigits({ digits, decpt }: Digits, keep: number): Digits {
  if (keep < 0) return { digits: '', decpt };
  if (keep >= digits.length) return { digits: digits.replace(/0+$/, ''), decpt };
  const head = digits.slice(0, keep);
  const next = digits.charCodeAt(keep) - 48;
  const lastIsOdd = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (/[1-9]/.test(digits.slice(keep + 1)) || lastIsOdd));
  if (!up) return { digits: head.replace(/0+$/, ''), decpt };
  const kept = head.replace(/9+$/, '');
  if (kept === '') return { digits: '1', decpt: decpt + 1 }; // 9.99 → 10.0, 0.6 → 1
  return { digits: kept.slice(0, -1) + String.fromCharCode(kept.charCodeAt(kept.length - 1) + 1), decpt };
}

/** dtoa mode 0: the shortest digits that read back as the same double. */
function shortestDigits(abs: number): Digits {
  const [mantissa, exponent] = abs.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), decpt: Number(exponent) + 1 };
}

/**
 * The shortest digits that read back as the same float32 (numpy's repr of np.float32 and its
 * float32 array printing): the correctly rounded p-digit decimal for the smallest p that does.
 */
function shortestFloat32Digits(abs: number): Digits {
  for (let p = 1; p < 9; p++) {
    const text = abs.toPrecision(p);
    if (Math.fround(Number(text)) === abs) return roundDigits(exactDigits(abs), p);
  }
  return roundDigits(exactDigits(abs), 9);
}

/** dtoa mode 2: `count` significant digits. */
function significantDigits(abs: number, count: number): Digits {
  return roundDigits(exactDigits(abs), count);
}

/** dtoa mode 3: digits up to `places` after the decimal point (before it when negative). */
function fixedDigits(abs: number, places: number): Digits {
  const exact = exactDigits(abs);
  const rounded = roundDigits(exact, exact.decpt + places);
  return rounded.digits === '' ? { digits: '', decpt: -places } : rounded;
}

// ── PyOS_double_to_string ───────────────────────────────────────────────────────────────────

interface DoubleStyle {
  /** '#': keep the decimal point and, for 'g', trailing zeros. */
  alternate?: boolean;
  /** Write integers as '2.0', as repr and the empty format type do. */
  addDot0?: boolean;
  /** 'z': -0.00 becomes 0.00. */
  noNegativeZero?: boolean;
}

/**
 * PyOS_double_to_string: x in format 'e' 'f' 'g' (or upper case) with `precision`, or 'r'
 * (repr: shortest digits). Negative values start with '-'; no other sign, no padding.
 */
export function doubleToString(x: number, formatCode: string, precision: number, style: DoubleStyle = {}): string {
  const code = formatCode.toLowerCase();
  const upper = code !== formatCode;
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  if (!Number.isFinite(x)) return (x < 0 ? '-' : '') + (upper ? 'INF' : 'inf');
  const abs = Math.abs(x);
  let digits: Digits;
  if (code === 'e') precision += 1;
  if (code === 'g' && precision === 0) precision = 1;
  if (abs === 0) digits = { digits: '0', decpt: 1 };
  else if (code === 'f') digits = fixedDigits(abs, precision);
  else if (code === 'r') digits = shortestDigits(abs);
  else digits = significantDigits(abs, precision);
  let negative = x < 0 || Object.is(x, -0);
  if (style.noNegativeZero && (digits.digits === '' || digits.digits === '0')) negative = false;
  const text = layOut(digits, code, precision, style);
  return (negative ? '-' : '') + (upper ? text.toUpperCase() : text);
}

/** format_float_short: where the point goes, zero padding, exponent. */
function layOut({ digits, decpt }: Digits, code: string, precision: number, style: DoubleStyle): string {
  const alternate = !!style.alternate;
  let useExponent = false;
  let end = digits.length; // digits shown end here (past the string means trailing zeros)
  switch (code) {
    case 'e':
      useExponent = true;
      end = precision;
      break;
    case 'f':
      end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (style.addDot0 ? precision - 1 : precision)) useExponent = true;
      if (alternate) end = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExponent = true;
      break;
  }
  let exponent = 0;
  if (useExponent) {
    exponent = decpt - 1;
    decpt = 1;
  }
  end = Math.max(end, !useExponent && style.addDot0 ? decpt + 1 : decpt);
  let text: string;
  if (decpt <= 0) text = '0.' + '0'.repeat(-decpt) + digits + '0'.repeat(Math.max(0, end - digits.length));
  else if (decpt <= digits.length) text = digits.slice(0, decpt) + '.' + digits.slice(decpt) + '0'.repeat(Math.max(0, end - digits.length));
  else text = digits + '0'.repeat(decpt - digits.length) + '.' + '0'.repeat(end - decpt);
  if (text.endsWith('.') && !alternate) text = text.slice(0, -1);
  if (useExponent) text += `e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  return text;
}

/** repr(float) and str(float): shortest round-trip digits, exponent below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** repr of a numpy float32 scalar: float32's shortest digits laid out as Python's repr ('0.1', '1e-05', '123456790.0'). */
export function float32Repr(x: number): string {
  if (!Number.isFinite(x) || x === 0) return floatRepr(x);
  const text = layOut(shortestFloat32Digits(Math.abs(x)), 'r', 0, { addDot0: true });
  return (x < 0 ? '-' : '') + text;
}

/**
 * A positive finite value's shortest round-trip digits (of the float32 when `float32`), as
 * [integer part, fraction] of its positional form; numpy's printing of float arrays lays them out.
 */
export function shortestPositional(abs: number, float32: boolean): [string, string] {
  return splitAtPoint(float32 ? shortestFloat32Digits(abs) : shortestDigits(abs));
}

/** Digits as [integer part, fraction] around the decimal point. */
function splitAtPoint({ digits, decpt }: Digits): [string, string] {
  if (digits === '') return ['0', ''];
  if (decpt <= 0) return ['0', '0'.repeat(-decpt) + digits];
  if (decpt >= digits.length) return [digits + '0'.repeat(decpt - digits.length), ''];
  return [digits.slice(0, decpt), digits.slice(decpt)];
}

/** A positive finite value's shortest round-trip digits in scientific form: [first digit, the rest, exponent]. */
export function shortestScientific(abs: number, float32: boolean): [string, string, number] {
  const { digits, decpt } = float32 ? shortestFloat32Digits(abs) : shortestDigits(abs);
  return [digits[0], digits.slice(1), decpt - 1];
}

/** A positive finite value rounded half to even to `places` digits after the point (fewer when they end in zeros): [integer part, fraction]. */
export function fixedPositional(abs: number, places: number): [string, string] {
  return splitAtPoint(fixedDigits(abs, places));
}

/** A positive finite value rounded half to even to 1 + `places` significant digits: [first digit, the rest, exponent]. */
export function fixedScientific(abs: number, places: number): [string, string, number] {
  const { digits, decpt } = significantDigits(abs, places + 1);
  return [digits[0], digits.slice(1), decpt - 1];
}

// ── round() ─────────────────────────────────────────────────────────────────────────────────

/** round(x) for floats: the nearest integer, ties to even (as a float-valued integer). */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor; // exact for every double
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** round(x, ndigits) for floats: the exact value rounded half to even in decimal, read back (float___round__). */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || ndigits > 323) return x; // every double has at most 323 significant places
  if (ndigits < -308) return 0 * x; // ±0.0
  if (x === 0) return x;
  const { digits, decpt } = fixedDigits(Math.abs(x), ndigits);
  const rounded = Number(`${x < 0 ? '-' : ''}0${digits}e${decpt - digits.length}`);
  if (!Number.isFinite(rounded)) throw pyError('OverflowError', 'rounded value too large to represent');
  return rounded;
}

// ── repr(str) ───────────────────────────────────────────────────────────────────────────────

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

// ── The format-spec mini-language ───────────────────────────────────────────────────────────
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  noNegativeZero: boolean;
  alternate: boolean;
  /** 0 when not given. */
  width: number;
  grouping: '' | ',' | '_';
  /** -1 when not given. */
  precision: number;
  type: string;
}

/** parse_internal_render_format_spec, with the default type and alignment of the value's type. */
function parseFormatSpec(text: string, typeName: string, defaultType: string, defaultAlign: '<' | '>'): FormatSpec {
  const chars = Array.from(text);
  let pos = 0;
  const spec: FormatSpec = { fill: ' ', align: defaultAlign, sign: '', noNegativeZero: false, alternate: false, width: 0, grouping: '', precision: -1, type: defaultType };
  const isAlign = (c: string | undefined) => c !== undefined && '<>=^'.includes(c);
  let fillGiven = false;
  let alignGiven = false;
  if (isAlign(chars[1])) {
    [spec.fill, spec.align] = [chars[0], chars[1]];
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (isAlign(chars[0])) {
    spec.align = chars[0];
    alignGiven = true;
    pos = 1;
  }
  if (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ') spec.sign = chars[pos++];
  if (chars[pos] === 'z') [spec.noNegativeZero, pos] = [true, pos + 1];
  if (chars[pos] === '#') [spec.alternate, pos] = [true, pos + 1];
  if (!fillGiven && chars[pos] === '0') {
    spec.fill = '0';
    if (!alignGiven && defaultAlign === '>') spec.align = '=';
    pos++;
  }
  const integer = (): string => {
    let digits = '';
    while (pos < chars.length && chars[pos] >= '0' && chars[pos] <= '9') digits += chars[pos++];
    return digits;
  };
  spec.width = Number(integer() || 0);
  if (chars[pos] === ',') [spec.grouping, pos] = [',', pos + 1];
  if (chars[pos] === '_') {
    if (spec.grouping) throw pyError('ValueError', "Cannot specify both ',' and '_'.");
    [spec.grouping, pos] = ['_', pos + 1];
  }
  if (chars[pos] === ',' && spec.grouping === '_') throw pyError('ValueError', "Cannot specify both ',' and '_'.");
  if (chars[pos] === '.') {
    pos++;
    const precision = integer();
    if (!precision) throw pyError('ValueError', 'Format specifier missing precision');
    spec.precision = Number(precision);
  }
  if (chars.length - pos > 1) throw pyError('ValueError', `Invalid format specifier '${text}' for object of type '${typeName}'`);
  if (pos < chars.length) spec.type = chars[pos];
  if (spec.grouping && !'defgEG%F'.includes(spec.type) && !(spec.grouping === '_' && 'boxX'.includes(spec.type))) {
    throw pyError('ValueError', `Cannot specify '${spec.grouping}' with '${spec.type}'.`);
  }
  return spec;
}

function unknownFormatCode(type: string, typeName: string): never {
  throw pyError('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
}

/** A number's text cut where format_float_internal cuts it: '-', digits, then the rest ('.5e+07', 'inf', '%'). */
interface NumberText {
  negative: boolean;
  digits: string;
  rest: string;
}

function splitNumber(text: string): NumberText {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const digits = /^\d*/.exec(body)![0];
  return { negative, digits, rest: body.slice(digits.length) };
}

/**
 * calc_number_widths + fill_number: sign, prefix ('0x'), grouped digits, the rest, padding.
 * Zero padding ('0' fill with '=' align) goes into the digits and is grouped with them.
 */
function numberField({ negative, digits, rest }: NumberText, prefix: string, spec: FormatSpec, groupSize: number): string {
  const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const nonDigits = sign.length + prefix.length + rest.length;
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigits : 0;
  const grouped = digits ? insertGrouping(digits, spec.grouping, groupSize, minWidth) : '';
  const padding = Math.max(0, spec.width - nonDigits - grouped.length);
  const fill = (n: number) => spec.fill.repeat(n);
  switch (spec.align) {
    case '<':
      return sign + prefix + grouped + rest + fill(padding);
    case '^':
      return fill(Math.floor(padding / 2)) + sign + prefix + grouped + rest + fill(padding - Math.floor(padding / 2));
    case '=':
      return sign + prefix + fill(padding) + grouped + rest;
    default:
      return fill(padding) + sign + prefix + grouped + rest;
  }
}

/** _PyUnicode_InsertThousandsGrouping: separators every `size` digits, zero-padded to minWidth. */
function insertGrouping(digits: string, separator: string, size: number, minWidth: number): string {
  if (!separator) return digits.padStart(minWidth, '0');
  const groups: string[] = [];
  let rest = digits;
  let width = minWidth;
  for (;;) {
    const length = Math.min(Math.max(rest.length, width, 1), size);
    groups.push(rest.slice(Math.max(0, rest.length - length)).padStart(length, '0'));
    rest = rest.slice(0, Math.max(0, rest.length - length));
    width -= length;
    if (!rest && width <= 0) break;
    width -= separator.length;
  }
  return groups.reverse().join(separator);
}

/** format(s, spec) for str. */
export function formatString(value: string, specText: string): string {
  if (specText === '') return value;
  const spec = parseFormatSpec(specText, 'str', 's', '<');
  if (spec.type !== 's') unknownFormatCode(spec.type, 'str');
  if (spec.sign === ' ') throw pyError('ValueError', 'Space not allowed in string format specifier');
  if (spec.sign) throw pyError('ValueError', 'Sign not allowed in string format specifier');
  if (spec.noNegativeZero) throw pyError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alternate) throw pyError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw pyError('ValueError', "'=' alignment not allowed in string format specifier");
  const chars = Array.from(value);
  const body = spec.precision >= 0 ? chars.slice(0, spec.precision) : chars;
  const padding = Math.max(0, spec.width - body.length);
  const left = spec.align === '>' ? padding : spec.align === '^' ? Math.floor(padding / 2) : 0;
  return spec.fill.repeat(left) + body.join('') + spec.fill.repeat(padding - left);
}

/** format(n, spec) for int (and bool, whose errors name 'bool'). */
export function formatInt(value: bigint, specText: string, typeName = 'int'): string {
  if (specText === '') return value.toString();
  const spec = parseFormatSpec(specText, typeName, 'd', '>');
  if ('eEfFgG%'.includes(spec.type)) {
    const number = Number(value);
    if (!Number.isFinite(number)) throw pyError('OverflowError', 'int too large to convert to float');
    return formatFloatSpec(number, spec);
  }
  if (!'bcdoxXn'.includes(spec.type)) unknownFormatCode(spec.type, typeName);
  if (spec.precision >= 0) throw pyError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.noNegativeZero) throw pyError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign) throw pyError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw pyError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < -(2n ** 63n) || value >= 2n ** 63n) throw pyError('OverflowError', 'Python int too large to convert to C long');
    if (value < 0n || value > 0x10ffffn) throw pyError('OverflowError', '%c arg not in range(0x110000)');
    return numberField({ negative: false, digits: '', rest: String.fromCodePoint(Number(value)) }, '', spec, 3);
  }
  const base = { b: 2, o: 8, x: 16, X: 16 }[spec.type] ?? 10;
  const prefix = spec.alternate && base !== 10 ? '0' + spec.type : '';
  const digits = (value < 0n ? -value : value).toString(base);
  return numberField({ negative: value < 0n, digits: spec.type === 'X' ? digits.toUpperCase() : digits, rest: '' }, prefix, spec, base === 10 ? 3 : 4);
}

/** format(x, spec) for float. */
export function formatFloat(value: number, specText: string): string {
  if (specText === '') return floatRepr(value);
  return formatFloatSpec(value, parseFormatSpec(specText, 'float', '', '>'));
}

/** format_float_internal. */
function formatFloatSpec(value: number, spec: FormatSpec): string {
  if (!'eEfFgGn%'.includes(spec.type)) unknownFormatCode(spec.type, 'float');
  const style: DoubleStyle = { alternate: spec.alternate, noNegativeZero: spec.noNegativeZero };
  let text: string;
  if (spec.type === '') {
    // No type: repr, or with a precision like 'g' but always with a digit after the point.
    style.addDot0 = true;
    text = spec.precision < 0 ? doubleToString(value, 'r', 0, style) : doubleToString(value, 'g', spec.precision, style);
  } else if (spec.type === '%') {
    text = doubleToString(value * 100, 'f', spec.precision < 0 ? 6 : spec.precision, style) + '%';
  } else {
    text = doubleToString(value, spec.type === 'n' ? 'g' : spec.type, spec.precision < 0 ? 6 : spec.precision, style);
  }
  return numberField(splitNumber(text), '', spec, 3);
}
