// format(value, spec) dispatch (f-string fields, str.format, format()) and printf-style
// `'%.4f' % x` for strings (PyUnicode_Format in Objects/unicodeobject.c); the numbers
// themselves come from ./format.
import { keyError, pyError } from './errors';
import { doubleToString, formatFloat, formatInt, formatString } from './format';
import { HostObject, typeNameOf } from './host';
import { PyDict, PyTuple, type PyValue } from './values';
import { repr, str } from './repr';

/** format(value, spec), i.e. what an f-string field `{value:spec}` produces. */
export function formatValue(value: PyValue, spec: string): string {
  if (typeof value === 'string') return formatString(value, spec);
  if (typeof value === 'bigint') return formatInt(value, spec);
  if (typeof value === 'number') return formatFloat(value, spec);
  if (typeof value === 'boolean') return spec === '' ? (value ? 'True' : 'False') : formatInt(value ? 1n : 0n, spec, 'bool');
  if (value instanceof HostObject && value.format) return value.format(spec);
  if (spec === '') return str(value);
  throw pyError('TypeError', `unsupported format string passed to ${typeNameOf(value)}.__format__`);
}

/** One `%…` conversion: flags, width, precision (-1 when not given) and the conversion letter. */
interface Conversion {
  leftAlign: boolean;
  plus: boolean;
  space: boolean;
  alternate: boolean;
  zero: boolean;
  width: number;
  precision: number;
  type: string;
}

/** `template % args` (printf-style): %s %r %a %c %d %i %u %o %x %X %e %E %f %F %g %G %% and %(key)s. */
export function percentFormat(template: string, args: PyValue): string {
  const mapping = args instanceof PyDict ? args : null;
  const values = args instanceof PyTuple ? args.items : [args];
  let used = 0;
  const nextArg = (): PyValue => {
    if (used >= values.length) throw pyError('TypeError', 'not enough arguments for format string');
    return values[used++];
  };
  const starArg = (): number => {
    const value = nextArg();
    if (typeof value !== 'bigint' && typeof value !== 'boolean') throw pyError('TypeError', '* wants int');
    return Number(value);
  };
  let out = '';
  let pos = 0;
  const incomplete = () => pyError('ValueError', 'incomplete format');
  while (pos < template.length) {
    const percent = template.indexOf('%', pos);
    if (percent < 0) {
      out += template.slice(pos);
      break;
    }
    out += template.slice(pos, percent);
    pos = percent + 1;
    if (template[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    let keyed: PyValue | undefined;
    if (template[pos] === '(') {
      if (!mapping) throw pyError('TypeError', 'format requires a mapping');
      let depth = 1;
      let end = pos + 1;
      for (; end < template.length && depth > 0; end++) depth += template[end] === '(' ? 1 : template[end] === ')' ? -1 : 0;
      if (depth > 0) throw pyError('ValueError', 'incomplete format key');
      const key = template.slice(pos + 1, end - 1);
      keyed = mapping.get(key);
      if (keyed === undefined) throw keyError(key, repr);
      pos = end;
    }
    const conversion: Conversion = { leftAlign: false, plus: false, space: false, alternate: false, zero: false, width: -1, precision: -1, type: '' };
    for (; pos < template.length && '-+ #0'.includes(template[pos]); pos++) {
      const flag = template[pos];
      if (flag === '-') conversion.leftAlign = true;
      else if (flag === '+') conversion.plus = true;
      else if (flag === ' ') conversion.space = true;
      else if (flag === '#') conversion.alternate = true;
      else conversion.zero = true;
    }
    const digits = (): string => {
      const start = pos;
      while (pos < template.length && template[pos] >= '0' && template[pos] <= '9') pos++;
      return template.slice(start, pos);
    };
    if (template[pos] === '*') {
      pos++;
      conversion.width = starArg();
      if (conversion.width < 0) [conversion.leftAlign, conversion.width] = [true, -conversion.width];
    } else {
      const width = digits();
      if (width) conversion.width = Number(width);
    }
    if (template[pos] === '.') {
      pos++;
      if (template[pos] === '*') {
        pos++;
        conversion.precision = Math.max(0, starArg());
      } else conversion.precision = Number(digits() || 0);
    }
    while (pos < template.length && 'hlL'.includes(template[pos])) pos++;
    if (pos >= template.length) throw incomplete();
    conversion.type = template[pos++];
    const value = keyed !== undefined ? keyed : nextArg();
    out += printfField(convert(value, conversion, pos - 1), conversion);
  }
  if (!mapping && used < values.length) throw pyError('TypeError', 'not all arguments converted during string formatting');
  return out;
}

/** The text of one conversion before padding ('-0x00ff', '2.50', 'abc'). */
function convert(value: PyValue, conversion: Conversion, index: number): string {
  const { type, precision, alternate } = conversion;
  switch (type) {
    case 's':
      return str(value);
    case 'r':
    case 'a':
      return repr(value);
    case 'c':
      if (typeof value === 'string' && [...value].length === 1) return value;
      if (typeof value === 'bigint' || typeof value === 'boolean') {
        const code = BigInt(value);
        if (code < 0n || code > 0x10ffffn) throw pyError('OverflowError', '%c arg not in range(0x110000)');
        return String.fromCodePoint(Number(code));
      }
      throw pyError('TypeError', '%c requires int or char');
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      return integerText(toInteger(value, type), type, alternate, precision);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return doubleToString(toFloat(value), type, precision < 0 ? 6 : precision, { alternate });
    default:
      throw pyError('ValueError', `unsupported format character '${type}' (0x${type.codePointAt(0)!.toString(16)}) at index ${index}`);
  }
}

/** int(value) for %d (truncating floats), operator.index(value) for %o %x %X. */
function toInteger(value: PyValue, type: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return BigInt(value);
  if (type === 'd' || type === 'i' || type === 'u') {
    if (typeof value === 'number') {
      if (Number.isNaN(value)) throw pyError('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(value)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
      return BigInt(Math.trunc(value));
    }
    if (value instanceof HostObject && value.toInt) return value.toInt();
    throw pyError('TypeError', `%${type} format: a real number is required, not ${typeNameOf(value)}`);
  }
  throw pyError('TypeError', `%${type} format: an integer is required, not ${typeNameOf(value)}`);
}

/** CPython's PyFloat_AsDouble: a real number as a float, for %e %f %g and the math module's arguments. */
export function toFloat(value: PyValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return Number(value);
  if (typeof value === 'bigint') {
    const number = Number(value);
    if (!Number.isFinite(number)) throw pyError('OverflowError', 'int too large to convert to float');
    return number;
  }
  if (value instanceof HostObject && value.toFloat) return value.toFloat();
  throw pyError('TypeError', `must be real number, not ${typeNameOf(value)}`);
}

/** _PyUnicode_FormatLong: sign, '0x'/'0X'/'0o' with '#', digits zero-padded to the precision. */
function integerText(value: bigint, type: string, alternate: boolean, precision: number): string {
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const digits = (value < 0n ? -value : value).toString(base).padStart(precision, '0');
  const prefix = alternate && base !== 10 ? '0' + (type === 'o' ? 'o' : type) : '';
  const text = (value < 0n ? '-' : '') + prefix + digits;
  return type === 'X' ? text.toUpperCase() : text;
}

/** unicode_format_arg_output: sign, '#' prefix, '0' or space padding, '-' for left alignment. */
function printfField(text: string, conversion: Conversion): string {
  const { type, width, precision } = conversion;
  const numeric = !'srac'.includes(type);
  let body = [...text];
  if ('sra'.includes(type) && precision >= 0) body = body.slice(0, precision);
  let sign = '';
  if (numeric) {
    if (body[0] === '-' || body[0] === '+') sign = body.shift()!;
    else if (conversion.plus) sign = '+';
    else if (conversion.space) sign = ' ';
  }
  const prefix = numeric && conversion.alternate && 'oxX'.includes(type) ? body.splice(0, 2).join('') : '';
  const padding = Math.max(0, width - sign.length - prefix.length - body.length);
  if (conversion.leftAlign) return sign + prefix + body.join('') + ' '.repeat(padding);
  if (numeric && conversion.zero) return sign + prefix + '0'.repeat(padding) + body.join('');
  return ' '.repeat(padding) + sign + prefix + body.join('');
}
