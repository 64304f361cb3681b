// `urllib.request.urlopen(url)` and `urllib.error`, as much as course code needs to read its data
// from an address. The page makes no request of its own: an address the lecture maps to a file it
// ships (frontmatter `data.urls`) reads that file through HostContext.readFile, and any other
// address raises URLError, as Python does for an address it cannot reach.
import { PyBytes } from '../objects/bytes';
import { ByteReader, isUrl, method, readLines, urlNotShipped } from '../objects/file';
import { HostObject, PyList, PyModule, bindArgs, hostFunction, notSupportedYet, pyError, typeNameOf, type HostContext, type PyValue } from '../objects/host';
import { moduleExceptionType } from '../objects/runtime';

export function createUrllibErrorModule(): PyModule {
  return new PyModule('urllib.error', { URLError: moduleExceptionType('URLError'), HTTPError: moduleExceptionType('HTTPError') });
}

export function createUrllibRequestModule(ctx: HostContext): PyModule {
  return new PyModule('urllib.request', {
    urlopen: hostFunction('urlopen', (args, kwargs) => {
      const { url, data } = bindArgs('urlopen', ['url', ['data', null], ['timeout', null], ['cafile', null], ['capath', null], ['cadefault', false], ['context', null]], args, kwargs);
      // CPython sets `req.timeout` on whatever is not a str (a Request object would take it).
      if (typeof url !== 'string') throw pyError('AttributeError', `'${typeNameOf(url)}' object has no attribute 'timeout'`);
      if (data !== null) throw notSupportedYet('urllib.request.urlopen(data=…)');
      const address = url.trim();
      if (!/^[^/:]+:/.test(address)) throw pyError('ValueError', `unknown url type: ${ctx.repr(address)}`);
      if (!isUrl(address)) throw urlNotShipped(address);
      return new HTTPResponse(address, ctx.readFile(address));
    }),
  });
}

/** An amount to read: None or a negative int for all. */
function size(value: PyValue | undefined): number {
  if (value === undefined || value === null) return -1;
  if (typeof value !== 'bigint') throw pyError('TypeError', `'${typeNameOf(value)}' object cannot be interpreted as an integer`);
  return value < 0n ? -1 : Number(value);
}

/** What urlopen returns: `http.client.HTTPResponse`, read as a file of bytes. */
class HTTPResponse extends HostObject {
  readonly typeName = 'HTTPResponse';
  readonly moduleName = 'http.client';
  private readonly reader: ByteReader;
  private closed = false;

  constructor(
    private readonly url: string,
    data: Uint8Array,
  ) {
    super();
    this.reader = new ByteReader(data);
  }

  /** After close() http.client reads nothing, without an error. */
  private readline(limit = -1): PyBytes {
    return new PyBytes(this.closed ? new Uint8Array() : this.reader.readline(limit));
  }

  *iterate(): Iterable<PyValue> {
    if (this.closed) throw pyError('ValueError', 'I/O operation on closed file.');
    for (let line = this.readline(); line.data.length > 0; line = this.readline()) yield line;
  }

  enter(): PyValue {
    return this;
  }

  exit(): void {
    this.closed = true;
  }

  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'status':
      case 'code':
        return 200n;
      case 'url':
        return this.url;
      case 'closed':
        return this.closed;
      case 'getcode':
        return method('HTTPResponse', name, 0, 0, () => 200n);
      case 'geturl':
        return method('HTTPResponse', name, 0, 0, () => this.url);
      case 'read':
        return method('HTTPResponse', name, 0, 1, (args) => new PyBytes(this.closed ? new Uint8Array() : this.reader.read(size(args[0]))));
      case 'readline':
        return method('HTTPResponse', name, 0, 1, (args) => this.readline(size(args[0])));
      case 'readlines':
        return method('HTTPResponse', name, 0, 1, (args) => new PyList(readLines(() => this.readline(), size(args[0]))));
      case '__next__':
        return method('HTTPResponse', name, 0, 0, () => {
          const line = this.readline();
          if (line.data.length === 0) throw pyError('StopIteration', '');
          return line;
        });
      case 'close':
        return method('HTTPResponse', name, 0, 0, () => {
          this.closed = true;
          return null;
        });
      case '__enter__':
        return method('HTTPResponse', name, 0, 0, () => this);
      case '__exit__':
        return method('HTTPResponse', name, 0, Infinity, () => {
          this.closed = true;
          return null;
        });
      default:
        return undefined;
    }
  }
}
