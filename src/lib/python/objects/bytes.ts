// Python's `bytes`, as much as reading a file needs: what `open(name, 'rb').read()` and
// `urlopen(url).read()` return. It prints, indexes, slices, iterates, compares, concatenates and
// decodes as CPython's does; its other methods are "not supported yet" (library-names.json).
import { pyError, PyException } from './errors';
import { HostFunction, HostObject, NotImplemented, bindArgs, typeNameOf, type BinaryOp, type CompareOp, type KwArgs, type NotImplementedType } from './host';
import { slicePositions } from './sequence';
import { notSupportedYet } from './upstream';
import { PySlice, type PyValue } from './values';

export class PyBytes extends HostObject {
  readonly typeName = 'bytes';
  constructor(readonly data: Uint8Array) {
    super();
  }

  repr(): string {
    return bytesRepr(this.data);
  }
  length(): number {
    return this.data.length;
  }
  *iterate(): Iterable<PyValue> {
    for (const byte of this.data) yield BigInt(byte);
  }
  getItem(key: PyValue): PyValue {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(slicePositions(key, this.data.length), (i) => this.data[i]));
    if (typeof key !== 'bigint' && typeof key !== 'boolean') {
      throw pyError('TypeError', `byte indices must be integers or slices, not ${typeNameOf(key)}`);
    }
    let index = Number(key);
    if (index < 0) index += this.data.length;
    if (index < 0 || index >= this.data.length) throw pyError('IndexError', 'index out of range');
    return BigInt(this.data[index]);
  }
  contains(item: PyValue): boolean {
    if (item instanceof PyBytes) return indexOf(this.data, item.data) >= 0;
    if (typeof item === 'bigint' || typeof item === 'boolean') {
      const byte = Number(item);
      if (byte < 0 || byte > 255) throw pyError('ValueError', 'byte must be in range(0, 256)');
      return this.data.includes(byte);
    }
    throw pyError('TypeError', `a bytes-like object is required, not '${typeNameOf(item)}'`);
  }
  compare(op: CompareOp, other: PyValue): PyValue | NotImplementedType {
    if (!(other instanceof PyBytes)) return NotImplemented;
    const order = compareBytes(this.data, other.data);
    return { lt: order < 0, le: order <= 0, eq: order === 0, ne: order !== 0, gt: order > 0, ge: order >= 0 }[op];
  }
  binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | NotImplementedType {
    if (op !== 'add' || reflected || !(other instanceof PyBytes)) return NotImplemented;
    const out = new Uint8Array(this.data.length + other.data.length);
    out.set(this.data);
    out.set(other.data, this.data.length);
    return new PyBytes(out);
  }
  getAttr(name: string): PyValue | undefined {
    if (name !== 'decode') return undefined;
    return new HostFunction('decode', (args: readonly PyValue[], kwargs: KwArgs) => {
      const { encoding, errors } = bindArgs('decode', [['encoding', 'utf-8'], ['errors', 'strict']], args, kwargs);
      if (typeof encoding !== 'string') throw pyError('TypeError', `decode() argument 'encoding' must be str, not ${typeNameOf(encoding)}`);
      checkUtf8Codec(encoding, errors, (what) => `bytes.decode(${what})`);
      return decodeUtf8(this.data);
    });
  }
}

/** Whether an `encoding=` names UTF-8 the way Python's codec registry accepts it ('utf-8', 'UTF8', 'utf_8'). */
export function isUtf8Name(encoding: string): boolean {
  return /^utf[-_ ]?8$/i.test(encoding.trim());
}

/** Only UTF-8 with errors='strict' is decoded here; other codecs are not supported yet. */
export function checkUtf8Codec(encoding: string, errors: PyValue, call: (what: string) => string): void {
  if (!isUtf8Name(encoding)) throw notSupportedYet(call(`encoding='${encoding}'`));
  if (errors !== null && errors !== 'strict') throw notSupportedYet(call(`errors='${String(errors)}'`));
}

/** b'…' as CPython prints bytes: single quotes unless the bytes hold ' and no ", \xhh for the unprintable. */
export function bytesRepr(data: Uint8Array): string {
  const quote = data.includes(0x27) && !data.includes(0x22) ? '"' : "'";
  let body = '';
  for (const byte of data) {
    const char = String.fromCharCode(byte);
    if (char === quote || char === '\\') body += `\\${char}`;
    else if (byte === 0x09) body += '\\t';
    else if (byte === 0x0a) body += '\\n';
    else if (byte === 0x0d) body += '\\r';
    else if (byte < 0x20 || byte >= 0x7f) body += `\\x${byte.toString(16).padStart(2, '0')}`;
    else body += char;
  }
  return `b${quote}${body}${quote}`;
}

/**
 * The text of UTF-8 bytes; invalid bytes raise CPython's UnicodeDecodeError, naming the bytes
 * and the reason as its decoder does (`'utf-8' codec can't decode byte 0xff in position 0:
 * invalid start byte`). A BOM is kept as U+FEFF, as the 'utf-8' codec keeps it.
 */
export function decodeUtf8(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw utf8Error(data);
  }
}

/** The first invalid sequence, found as CPython's decoder (Objects/stringlib/codecs.h) finds it. */
function utf8Error(data: Uint8Array): PyException {
  for (let i = 0; i < data.length; ) {
    const lead = data[i];
    const need = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (need < 0) return decodeError(data[i], i, i + 1, 'invalid start byte');
    for (let k = 1; k <= need; k++) {
      if (i + k >= data.length) return decodeError(lead, i, data.length, 'unexpected end of data');
      const byte = data[i + k];
      // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
      const [low, high] = k > 1 ? [0x80, 0xbf] : lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      if (byte < low || byte > high) return decodeError(lead, i, i + k, 'invalid continuation byte');
    }
    i += need + 1;
  }
  return pyError('UnicodeDecodeError', "'utf-8' codec can't decode bytes");
}

function decodeError(byte: number, start: number, end: number, reason: string): PyException {
  const what = end - start === 1 ? `byte 0x${byte.toString(16).padStart(2, '0')} in position ${start}` : `bytes in position ${start}-${end - 1}`;
  return pyError('UnicodeDecodeError', `'utf-8' codec can't decode ${what}: ${reason}`);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
