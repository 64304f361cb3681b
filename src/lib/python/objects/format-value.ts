// format(value, spec) dispatch (f-string fields, str.format, format()) and printf-style
// `'%.4f' % x` for strings, on top of the number formatter (format.ts).
import { pyError } from './errors';
import { HostObject, typeNameOf } from './host';
import { PyDict, PyTuple, type PyValue } from './values';
import { floatRepr, formatFloat, formatInt, formatString } from './format';
import { repr, str } from './repr';

/** format(value, spec), i.e. what an f-string field `{value:spec}` produces. */
export function formatValue(value: PyValue, spec: string): string {
  if (typeof value === 'string') return spec === '' ? value : formatString(value, spec);
  if (typeof value === 'bigint') return spec === '' ? value.toString() : formatInt(value, spec);
  if (typeof value === 'number') return spec === '' ? floatRepr(value) : formatFloat(value, spec);
  if (typeof value === 'boolean') return spec === '' ? (value ? 'True' : 'False') : formatInt(value ? 1n : 0n, spec);
  if (value instanceof HostObject && value.format) return value.format(spec);
  if (spec === '') return str(value);
  throw pyError('TypeError', `unsupported format string passed to ${typeNameOf(value)}.__format__`);
}

/** `'...' % args` (printf-style): %s %r %d %i %f %e %g %x %o %c %% with flags, width, precision. */
export function percentFormat(template: string, args: PyValue): string {
  const values = args instanceof PyTuple ? [...args.items] : [args];
  const mapping = args instanceof PyDict ? args : null;
  let index = 0;
  const take = (): PyValue => {
    if (index >= values.length) throw pyError('TypeError', 'not enough arguments for format string');
    return values[index++];
  };
  const result = template.replace(/%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g, (_m, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, type: string) => {
    if (type === '%') return '%';
    const value = key && mapping ? (mapping.get(key.slice(1, -1)) ?? null) : take();
    const w = width === '*' ? Number(take()) : width;
    const p = precision === '*' ? Number(take()) : precision;
    const align = flags.includes('-') ? '<' : '';
    const textAlign = flags.includes('-') ? '<' : '>'; // printf right-aligns text too
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const zero = flags.includes('0') && !align ? '0' : '';
    const widthText = w !== undefined ? String(w) : '';
    const precisionText = p !== undefined ? `.${p}` : '';
    switch (type) {
      case 's':
        return formatString(str(value), `${textAlign}${widthText}${precisionText}`);
      case 'r':
      case 'a':
        return formatString(repr(value), `${textAlign}${widthText}${precisionText}`);
      case 'c':
        return formatString(typeof value === 'string' ? value : String.fromCodePoint(Number(value)), `${textAlign}${widthText}`);
      case 'd':
      case 'i':
      case 'u': {
        if (typeof value !== 'bigint' && typeof value !== 'number' && typeof value !== 'boolean') {
          throw pyError('TypeError', `%${type} format: a real number is required, not ${typeNameOf(value)}`);
        }
        const integer = typeof value === 'number' ? BigInt(Math.trunc(value)) : typeof value === 'boolean' ? BigInt(value) : value;
        return formatInt(integer, `${align}${sign}${zero}${widthText}d`);
      }
      case 'x':
      case 'X':
      case 'o': {
        if (typeof value !== 'bigint' && typeof value !== 'boolean') throw pyError('TypeError', `%${type} format: an integer is required, not ${typeNameOf(value)}`);
        return formatInt(BigInt(value), `${align}${sign}${flags.includes('#') ? '#' : ''}${zero}${widthText}${type}`);
      }
      default: {
        if (typeof value !== 'bigint' && typeof value !== 'number' && typeof value !== 'boolean' && !(value instanceof HostObject && value.toFloat)) {
          throw pyError('TypeError', `must be real number, not ${typeNameOf(value)}`);
        }
        const number = value instanceof HostObject ? value.toFloat!() : Number(value);
        return formatFloat(number, `${align}${sign}${flags.includes('#') ? '#' : ''}${zero}${widthText}${p !== undefined ? `.${p}` : '.6'}${type}`);
      }
    }
  });
  if (!mapping && index < values.length) throw pyError('TypeError', 'not all arguments converted during string formatting');
  return result;
}
