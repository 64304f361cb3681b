// Reading files in a cell: `open(name)` (a text file, `_io.TextIOWrapper`) and `open(name, 'rb')`
// (`_io.BufferedReader`) over the bytes the kernel's FileSource gives (the lecture's shipped
// data), and the byte reading that `urllib.request.urlopen(url)` shares. Reads, lines, `with`,
// iteration, tell/seek and every error are CPython 3.11's; writing is not supported yet (a
// page has nowhere to keep a file).
import { PyBytes, checkUtf8Codec, decodeUtf8 } from './bytes';
import { PyException, pyError } from './errors';
import { HostFunction, HostObject, NO_KWARGS, typeNameOf, type KwArgs } from './host';
import { repr } from './repr';
import { notSupportedYet } from './upstream';
import { iterate } from './protocol';
import { PyList, type PyValue } from './values';

// ── the errors of file access, shared by open(), urllib and the interpreter's readFile ──

/** `https://…`, `ftp://…`: read through the lecture's URL map, never by open(). */
export function isUrl(name: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(name);
}

/** CPython's `FileNotFoundError(2, 'No such file or directory')`, printed with the name. */
export function fileNotFound(name: string): PyException {
  return new PyException('FileNotFoundError', `[Errno 2] No such file or directory: ${repr(name)}`, [2n, 'No such file or directory']);
}

/** What an address the lecture does not ship gives: Python's error for an unreachable address, with our reason. */
export function urlNotShipped(url: string): PyException {
  const reason = `이 페이지는 강의가 담은 파일만 읽습니다 / this page reads only the lecture's own files: ${url}`;
  return new PyException('URLError', `<urlopen error ${reason}>`, [reason]);
}

// ── reading bytes and text from the start of a file ──

type Size = number; // characters or bytes to read; -1 for all

/** The size argument of read()/readlines(): an int, or None for all (CPython's _Py_convert_optional_to_ssize_t). */
function optionalSize(value: PyValue | undefined): Size {
  if (value === undefined || value === null) return -1;
  if (typeof value === 'bigint' || typeof value === 'boolean') return Number(value);
  throw pyError('TypeError', `argument should be integer or None, not '${typeNameOf(value)}'`);
}

/** Bytes read from a position: BufferedReader's reading and HTTPResponse's. */
export class ByteReader {
  position = 0;
  constructor(readonly data: Uint8Array) {}

  read(size: Size): Uint8Array {
    if (size < -1) throw pyError('ValueError', 'read length must be non-negative or -1');
    const end = size === -1 ? this.data.length : Math.min(this.data.length, this.position + size);
    const out = this.data.slice(Math.min(this.position, end), end);
    this.position = Math.max(this.position, end);
    return out;
  }

  /** Up to and including the next b'\n' (at most `limit` bytes when limit >= 0). */
  readline(limit: Size): Uint8Array {
    const newline = this.data.indexOf(0x0a, this.position);
    let end = newline < 0 ? this.data.length : newline + 1;
    if (limit >= 0) end = Math.min(end, this.position + limit);
    const out = this.data.slice(Math.min(this.position, end), end);
    this.position = Math.max(this.position, end);
    return out;
  }
}

/** Text read with universal newlines (`\r\n` and `\r` read as `\n`), positions as UTF-8 byte offsets like tell(). */
class TextReader {
  /** Index into `text` (UTF-16 units); the text is decoded at the first read, as CPython decodes on reading. */
  private position = 0;
  private decoded: string | null = null;
  constructor(private readonly data: Uint8Array) {}

  private get text(): string {
    return (this.decoded ??= decodeUtf8(this.data));
  }

  /** `size` characters (code points, a `\r\n` counting as one), or all when size < 0. */
  read(size: Size): string {
    return this.take(size, false);
  }

  readline(limit: Size): string {
    return this.take(limit, true);
  }

  private take(limit: Size, lineOnly: boolean): string {
    const text = this.text;
    const start = this.position;
    if (limit < 0) {
      // Fast paths: the rest, or up to the next line end.
      let end = text.length;
      if (lineOnly) {
        const match = /[\r\n]/g;
        match.lastIndex = start;
        const found = match.exec(text);
        if (found) end = found.index + (text.startsWith('\r\n', found.index) ? 2 : 1);
      }
      this.position = end;
      return text.slice(start, end).replace(/\r\n?/g, '\n');
    }
    let out = '';
    let count = 0;
    let i = start;
    while (i < text.length && count < limit) {
      const code = text.codePointAt(i)!;
      const width = code > 0xffff ? 2 : 1;
      count++;
      if (code === 0x0d) {
        out += '\n';
        i += text.startsWith('\r\n', i) ? 2 : 1;
        if (lineOnly) break;
        continue;
      }
      out += text.slice(i, i + width);
      i += width;
      if (lineOnly && code === 0x0a) break;
    }
    this.position = i;
    return out;
  }

  tell(): number {
    return utf8Length(this.text.slice(0, this.position));
  }

  /** Moves to a tell() position (a byte offset); past the end reads nothing. */
  seek(offset: number): void {
    const text = this.text;
    let bytes = 0;
    let i = 0;
    while (i < text.length && bytes < offset) {
      const code = text.codePointAt(i)!;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      i += code > 0xffff ? 2 : 1;
    }
    this.position = i;
  }

  seekEnd(): number {
    this.position = this.text.length;
    return this.tell();
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// ── the file objects ──

/** What open() returns: `_io.TextIOWrapper` (text) or `_io.BufferedReader` ('rb'). */
export class PyFile extends HostObject {
  readonly typeName: 'TextIOWrapper' | 'BufferedReader';
  readonly moduleName = '_io';
  private closed = false;
  private readonly text: TextReader | null;
  private readonly bytes: ByteReader | null;

  constructor(
    readonly name: string,
    readonly mode: string,
    /** The text encoding as open() was given it ('UTF-8' when none, Linux's locale), null for binary. */
    readonly encoding: string | null,
    data: Uint8Array,
  ) {
    super();
    this.typeName = encoding === null ? 'BufferedReader' : 'TextIOWrapper';
    this.text = encoding === null ? null : new TextReader(data);
    this.bytes = encoding === null ? new ByteReader(data) : null;
  }

  repr(): string {
    return this.text
      ? `<_io.TextIOWrapper name=${repr(this.name)} mode=${repr(this.mode)} encoding=${repr(this.encoding)}>`
      : `<_io.BufferedReader name=${repr(this.name)}>`;
  }

  /** ValueError on a closed file; the text layer and the buffered one word it differently per call. */
  private open(binaryMessage = 'I/O operation on closed file.'): void {
    if (this.closed) throw pyError('ValueError', this.text ? 'I/O operation on closed file.' : binaryMessage);
  }

  private read(size: Size): PyValue {
    this.open('read of closed file');
    return this.text ? this.text.read(size) : new PyBytes(this.bytes!.read(size));
  }

  private readline(limit: Size): PyValue {
    this.open('readline of closed file');
    return this.text ? this.text.readline(limit) : new PyBytes(this.bytes!.readline(limit));
  }

  private readlines(hint: Size): PyList {
    this.open();
    return new PyList(readLines(() => this.readline(-1), hint));
  }

  *iterate(): Iterable<PyValue> {
    this.open();
    for (;;) {
      const line = this.readline(-1);
      if (length(line) === 0) return;
      yield line;
    }
  }

  enter(): PyValue {
    this.open();
    return this;
  }

  exit(): void {
    this.closed = true;
  }

  getAttr(name: string): PyValue | undefined {
    const own = this.typeName;
    switch (name) {
      case 'name':
        return this.name;
      case 'mode':
        return this.mode;
      case 'closed':
        return this.closed;
      case 'encoding':
        return this.encoding ?? undefined;
      case 'read':
        return method(own, 'read', 0, 1, (args) => this.read(optionalSize(args[0])));
      case 'readline':
        // The text layer's readline takes an int only; the buffered one an int or None.
        return method(own, 'readline', 0, 1, (args) => this.readline(this.text && args.length > 0 ? optionalInt(args[0]) : optionalSize(args[0])));
      case 'readlines':
        return method('_IOBase', 'readlines', 0, 1, (args) => this.readlines(optionalSize(args[0])));
      case 'close':
        return method(own, 'close', 0, 0, () => {
          this.closed = true;
          return null;
        });
      case 'tell':
        return method(own, 'tell', 0, 0, () => {
          this.open('I/O operation on closed file');
          return BigInt(this.text ? this.text.tell() : this.bytes!.position);
        });
      case 'seek':
        return method(own, 'seek', 1, 2, (args) => this.seek(args[0], args[1] ?? 0n));
      case 'readable':
      case 'seekable':
      case 'writable':
        return method(own, name, 0, 0, () => {
          if (this.closed) throw pyError('ValueError', 'I/O operation on closed file');
          return name !== 'writable';
        });
      case 'write':
        // The buffered layer refuses any call; the text layer checks the file and the argument first.
        if (!this.text) {
          return method(own, name, 0, Infinity, () => {
            throw pyError('UnsupportedOperation', 'write');
          });
        }
        return method(own, name, 1, 1, (args) => this.write(args[0]));
      case 'writelines':
        return method('_IOBase', name, 1, 1, (args) => {
          this.open();
          for (const line of iterate(args[0])) {
            if (!this.text) throw pyError('UnsupportedOperation', 'write');
            this.write(line);
          }
          return null;
        });
      case '__enter__':
        return method('_IOBase', name, 0, 0, () => this.enter());
      case '__exit__':
        return method('_IOBase', name, 0, Infinity, () => {
          this.exit();
          return null;
        });
      case '__iter__':
        return method('_IOBase', name, 0, 0, () => {
          this.open();
          return this;
        });
      case '__next__':
        return method(own, name, 0, 0, () => {
          const line = this.readline(-1);
          if (length(line) === 0) throw pyError('StopIteration', '');
          return line;
        });
      default:
        return undefined;
    }
  }

  private write(text: PyValue): never {
    this.open();
    if (typeof text !== 'string') throw pyError('TypeError', `write() argument must be str, not ${typeNameOf(text)}`);
    throw pyError('UnsupportedOperation', 'not writable');
  }

  private seek(offsetValue: PyValue, whenceValue: PyValue): PyValue {
    const whence = optionalInt(whenceValue);
    if (this.text) {
      this.open();
      if (whence < 0 || whence > 2) throw pyError('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
      if (typeof offsetValue === 'number' && whence === 0) {
        // CPython compares the float cookie with 0 and then uses it as given.
        this.text.seek(offsetValue);
        return offsetValue;
      }
      const offset = optionalInt(offsetValue);
      if (whence === 1 && offset !== 0) throw pyError('UnsupportedOperation', "can't do nonzero cur-relative seeks");
      if (whence === 2 && offset !== 0) throw pyError('UnsupportedOperation', "can't do nonzero end-relative seeks");
      if (whence === 1) return BigInt(this.text.tell());
      if (whence === 2) return BigInt(this.text.seekEnd());
      if (offset < 0) throw pyError('ValueError', `negative seek position ${offset}`);
      this.text.seek(offset);
      return BigInt(offset);
    }
    this.open('seek of closed file');
    const offset = optionalInt(offsetValue);
    if (whence < 0 || whence > 4) throw pyError('ValueError', `whence value ${whence} unsupported`);
    const reader = this.bytes!;
    // Linux's SEEK_DATA (3) and SEEK_HOLE (4): a file without holes is all data.
    const target = [offset, reader.position + offset, reader.data.length + offset, offset, reader.data.length][whence];
    if (target < 0) throw new PyException('OSError', '[Errno 22] Invalid argument', [22n, 'Invalid argument']);
    reader.position = target;
    return BigInt(target);
  }
}

/** readlines(hint): lines until their total length reaches hint (all when hint <= 0), as IOBase.readlines. */
export function readLines(readline: () => PyValue, hint: Size): PyValue[] {
  const lines: PyValue[] = [];
  let total = 0;
  for (;;) {
    const line = readline();
    const size = length(line);
    if (size === 0) return lines;
    lines.push(line);
    total += size;
    if (hint > 0 && total >= hint) return lines;
  }
}

function length(line: PyValue): number {
  return typeof line === 'string' ? line.length : (line as PyBytes).data.length;
}

function optionalInt(value: PyValue): number {
  if (typeof value === 'bigint' || typeof value === 'boolean') return Number(value);
  throw pyError('TypeError', `'${typeNameOf(value)}' object cannot be interpreted as an integer`);
}

/**
 * A C method of `owner` taking positional arguments only, with CPython's errors for its kind:
 * `TextIOWrapper.close() takes no arguments (1 given)` (no arguments), `_IOBase.writelines()
 * takes exactly one argument (0 given)` (one), `read expected at most 1 argument, got 2` (a range).
 */
export function method(owner: string, name: string, min: number, max: number, impl: (args: readonly PyValue[]) => PyValue): HostFunction {
  return new HostFunction(name, (args, kwargs) => {
    if (kwargs.size > 0) throw pyError('TypeError', `${owner}.${name}() takes no keyword arguments`);
    if (args.length >= min && args.length <= max) return impl(args);
    if (max === 0) throw pyError('TypeError', `${owner}.${name}() takes no arguments (${args.length} given)`);
    if (min === 1 && max === 1) throw pyError('TypeError', `${owner}.${name}() takes exactly one argument (${args.length} given)`);
    const bound = args.length < min ? min : max;
    throw pyError('TypeError', `${name} expected at ${args.length < min ? 'least' : 'most'} ${bound} argument${bound === 1 ? '' : 's'}, got ${args.length}`);
  });
}

// ── open() ──

const OPEN_PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'] as const;

/**
 * `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
 * opener=None)` for reading, checked in CPython's order (_io.open, then FileIO, then
 * TextIOWrapper). `readFile` is the kernel's (FileNotFoundError when it has no such file).
 */
export function openFile(args: readonly PyValue[], kwargs: KwArgs = NO_KWARGS, readFile: (name: string) => Uint8Array): PyFile {
  if (args.length > OPEN_PARAMS.length) throw pyError('TypeError', `open() takes at most ${OPEN_PARAMS.length} arguments (${args.length} given)`);
  const bound = new Map<string, PyValue>();
  args.forEach((value, i) => bound.set(OPEN_PARAMS[i], value));
  for (const [key, value] of kwargs) {
    if (!(OPEN_PARAMS as readonly string[]).includes(key)) throw pyError('TypeError', `'${key}' is an invalid keyword argument for open()`);
    if (bound.has(key)) throw pyError('TypeError', `argument for open() given by name ('${key}') and position (${OPEN_PARAMS.indexOf(key as never) + 1})`);
    bound.set(key, value);
  }
  if (!bound.has('file')) throw pyError('TypeError', "open() missing required argument 'file' (pos 1)");
  const file = bound.get('file')!;
  const mode = bound.get('mode') ?? 'r';
  const buffering = bound.get('buffering') ?? -1n;
  if (typeof mode !== 'string') throw pyError('TypeError', `open() argument 'mode' must be str, not ${typeNameOf(mode)}`);
  if (typeof buffering !== 'bigint' && typeof buffering !== 'boolean') throw pyError('TypeError', `'${typeNameOf(buffering)}' object cannot be interpreted as an integer`);
  const optionalText = (what: string): string | null => {
    const value = bound.get(what) ?? null;
    if (value !== null && typeof value !== 'string') throw pyError('TypeError', `open() argument '${what}' must be str or None, not ${typeNameOf(value)}`);
    return value;
  };
  const encoding = optionalText('encoding');
  const errors = optionalText('errors');
  const newline = optionalText('newline');

  const flags = new Set<string>();
  for (const char of mode) {
    if (!'rwxabt+'.includes(char) || flags.has(char)) throw pyError('ValueError', `invalid mode: ${repr(mode)}`);
    flags.add(char);
  }
  const binary = flags.has('b');
  if (binary && flags.has('t')) throw pyError('ValueError', "can't have text and binary mode at once");
  const kinds = ['x', 'r', 'w', 'a'].filter((kind) => flags.has(kind)).length;
  if (kinds > 1) throw pyError('ValueError', 'must have exactly one of create/read/write/append mode');
  if (binary && encoding !== null) throw pyError('ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw pyError('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw pyError('ValueError', "binary mode doesn't take a newline argument");
  if (kinds === 0) throw pyError('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  if (typeof file !== 'string') {
    if (file instanceof PyBytes || typeof file === 'bigint') throw notSupportedYet(`open(${typeNameOf(file)})`);
    throw pyError('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(file)}`);
  }
  if (!flags.has('r') || flags.has('+')) throw notSupportedYet(`open(mode=${repr(mode)})`);
  if ((bound.get('opener') ?? null) !== null) throw notSupportedYet('open(opener=...)');

  // A URL is a file name to open() (CPython looks for a folder named 'https:'); urlopen reads URLs.
  if (isUrl(file)) throw fileNotFound(file);
  const data = readFile(file);
  // A binary reader's mode reads back as 'rb' however it was written ('br').
  if (binary) return new PyFile(file, 'rb', null, data);
  if (Number(buffering) === 0) throw pyError('ValueError', "can't have unbuffered text I/O");
  if (newline !== null) {
    if (!['', '\n', '\r', '\r\n'].includes(newline)) throw pyError('ValueError', `illegal newline value: ${newline}`);
    throw notSupportedYet(`open(newline=${repr(newline)})`);
  }
  if (encoding !== null) checkUtf8Codec(encoding, errors, (what) => `open(${what})`);
  else if (errors !== null && errors !== 'strict') throw notSupportedYet(`open(errors=${repr(errors)})`);
  return new PyFile(file, mode, encoding ?? 'UTF-8', data);
}
