// The three dtypes of the page's numpy (float64, int64, bool), numpy 1.24's promotion between
// them, and the dtype object a cell sees (`a.dtype` prints dtype('float64')).
import { HostObject, NotImplemented, notSupportedYet, pyError, type CompareOp, type PyValue } from '../../objects/host';

export type NumpyDtype = 'float64' | 'int64' | 'bool';

const RANK: Record<NumpyDtype, number> = { bool: 0, int64: 1, float64: 2 };

export function promote(a: NumpyDtype, b: NumpyDtype): NumpyDtype {
  return RANK[a] >= RANK[b] ? a : b;
}

export class DtypeObject extends HostObject {
  readonly typeName = 'dtype';
  override readonly moduleName = 'numpy';
  constructor(readonly name: NumpyDtype) {
    super();
  }
  override repr(): string {
    return `dtype('${this.name}')`;
  }
  override str(): string {
    return this.name;
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'name') return this.name;
    if (name === 'kind') return this.name === 'float64' ? 'f' : this.name === 'int64' ? 'i' : 'b';
    if (name === 'itemsize') return this.name === 'bool' ? 1n : 8n;
    return undefined;
  }
  override compare(op: CompareOp, other: PyValue): PyValue | typeof NotImplemented {
    if (op !== 'eq' && op !== 'ne') return NotImplemented;
    let same: boolean;
    try {
      same = parseDtype(other) === this.name;
    } catch {
      same = false;
    }
    return op === 'eq' ? same : !same;
  }
}

/** numpy's scalar types as a cell names them: np.float64, np.int64, np.bool_. */
export class ScalarType extends HostObject {
  readonly typeName = 'type';
  constructor(readonly dtype: NumpyDtype, readonly pyName: string) {
    super();
  }
  override repr(): string {
    return `<class 'numpy.${this.pyName}'>`;
  }
  override call(args: readonly PyValue[]): PyValue {
    const v = args.length === 0 ? 0 : args[0];
    if (this.dtype === 'float64') return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof HostObject && v.toFloat ? v.toFloat() : badScalar(this.pyName, v);
    if (this.dtype === 'int64') return typeof v === 'bigint' ? v : typeof v === 'number' ? BigInt(Math.trunc(v)) : typeof v === 'boolean' ? BigInt(v ? 1 : 0) : badScalar(this.pyName, v);
    return typeof v === 'boolean' ? v : typeof v === 'bigint' ? v !== 0n : typeof v === 'number' ? v !== 0 : badScalar(this.pyName, v);
  }
}

function badScalar(name: string, v: PyValue): never {
  void v;
  throw notSupportedYet(`numpy.${name}(…)`);
}

/** dtype=… as a cell writes it: 'float64', float, np.float64, np.dtype('int64'), int, bool. */
export function parseDtype(value: PyValue): NumpyDtype {
  if (value instanceof DtypeObject) return value.name;
  if (value instanceof ScalarType) return value.dtype;
  if (typeof value === 'string') {
    if (value === 'float64' || value === 'float' || value === 'f8' || value === 'double') return 'float64';
    if (value === 'int64' || value === 'int' || value === 'i8' || value === 'long') return 'int64';
    if (value === 'bool' || value === '?' || value === 'bool_') return 'bool';
    if (/^(float|int|uint|complex)\d+$|^[fiuc]\d$|^str|^object$|^U/.test(value)) throw notSupportedYet(`numpy dtype '${value}'`);
    throw pyError('TypeError', `data type '${value}' not understood`);
  }
  if (value instanceof HostObject && value.typeName === 'type') {
    const name = value.repr();
    if (name === "<class 'float'>") return 'float64';
    if (name === "<class 'int'>") return 'int64';
    if (name === "<class 'bool'>") return 'bool';
  }
  const name = (value as { name?: string } | null)?.name;
  if (name === 'float') return 'float64';
  if (name === 'int') return 'int64';
  if (name === 'bool') return 'bool';
  throw notSupportedYet(`numpy dtype ${typeof value === 'object' && value !== null ? (value as { typeName?: string }).typeName : typeof value}`);
}
