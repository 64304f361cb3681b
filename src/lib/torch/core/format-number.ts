// Python's '{:.Nf}' and '{:.Ne}' for doubles: the exact binary value rounded
// half-to-even in decimal. JS toFixed/toExponential break ties upwards
// (0.03125 → "0.0313" where Python prints "0.0312"), so the digits come from
// the exact expansion m·2^e = m·5^-e / 10^-e instead.

/** Exact decimal digits of |x| (finite) and how many of them are after the point. */
function exactDigits(x: number): { digits: string; fraction: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  if (exponent >= 0) return { digits: (mantissa << BigInt(exponent)).toString(), fraction: 0 };
  return { digits: (mantissa * 5n ** BigInt(-exponent)).toString(), fraction: -exponent };
}

/** Round a digit string to `keep` leading digits, half to even; may grow by one digit. */
function roundDigits(digits: string, keep: number): string {
  if (keep >= digits.length) return digits.padEnd(keep, '0');
  if (keep < 0) return '';
  const head = digits.slice(0, keep);
  const next = digits.charCodeAt(keep) - 48;
  const rest = digits.slice(keep + 1);
  const lastOdd = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (/[1-9]/.test(rest) || lastOdd));
  if (!up) return head || '0'.repeat(keep);
  // increment the decimal string
  const chars = head.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === '9') chars[i--] = '0';
  if (i < 0) return '1' + chars.join('');
  chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
  return chars.join('');
}

function special(x: number): string | null {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return null;
}

function signOf(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

/** Python `'{:.{p}f}'.format(x)`. */
export function formatFixed(x: number, precision: number): string {
  const s = special(x);
  if (s) return s;
  const { digits, fraction } = exactDigits(x);
  // Digits as integer part + fraction; keep (len - fraction + precision) digits.
  const padded = fraction > digits.length ? '0'.repeat(fraction - digits.length) + digits : digits;
  const intLen = padded.length - fraction;
  let rounded = roundDigits(padded, intLen + precision);
  if (rounded.length === 0) rounded = '0';
  const intPart = rounded.slice(0, rounded.length - precision).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = rounded.slice(rounded.length - precision);
  return signOf(x) + intPart + (precision > 0 ? '.' + fracPart : '');
}

/** Python `'{:.{p}e}'.format(x)`: one digit, point, p digits, e±XX. */
export function formatScientific(x: number, precision: number): string {
  const s = special(x);
  if (s) return s;
  if (x === 0) return `${signOf(x)}0${precision > 0 ? '.' + '0'.repeat(precision) : ''}e+00`;
  const { digits, fraction } = exactDigits(x);
  const lead = digits.search(/[1-9]/);
  const significant = digits.slice(lead);
  let exponent = digits.length - lead - 1 - fraction;
  let rounded = roundDigits(significant, precision + 1);
  if (rounded.length > precision + 1) {
    exponent += 1;
    rounded = rounded.slice(0, precision + 1);
  }
  const mantissa = rounded[0] + (precision > 0 ? '.' + rounded.slice(1) : '');
  const e = Math.abs(exponent).toString().padStart(2, '0');
  return `${signOf(x)}${mantissa}e${exponent < 0 ? '-' : '+'}${e}`;
}
