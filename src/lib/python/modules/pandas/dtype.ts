// The dtype objects a pandas column reports (`df.x.dtype`, `df.dtypes`): numpy's own dtype object
// for float64, int64 and bool, and the same kind of object for the two the page's numpy lacks,
// float32 (columns made from tensors) and object (strings); and `astype`'s reading of a dtype.
import { HostObject, NotImplemented, notSupportedYet, type CompareOp, type PyValue } from '../../objects/host';
import { repr } from '../../objects/repr';
import { PyBuiltinType } from '../../objects/runtime';
import { DtypeObject, parseDtype } from '../numpy/dtype';
import type { Dtype } from './column';

class ColumnDtype extends HostObject {
  readonly typeName = 'dtype';
  override readonly moduleName = 'numpy';
  constructor(readonly name: 'float32' | 'object') {
    super();
  }
  override repr(): string {
    return `dtype('${this.name === 'object' ? 'O' : this.name}')`;
  }
  override str(): string {
    return this.name;
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'name') return this.name;
    if (name === 'kind') return this.name === 'object' ? 'O' : 'f';
    return undefined;
  }
  override compare(op: CompareOp, other: PyValue): PyValue | typeof NotImplemented {
    if (op !== 'eq' && op !== 'ne') return NotImplemented;
    const same = other instanceof ColumnDtype ? other.name === this.name : typeof other === 'string' && NAMES[other] === this.name;
    return op === 'eq' ? same : !same;
  }
}

const NAMES: Record<string, Dtype> = { float32: 'float32', f4: 'float32', object: 'object', O: 'object', str: 'object' };

export function dtypeObject(dtype: Dtype): HostObject {
  return dtype === 'float32' || dtype === 'object' ? new ColumnDtype(dtype) : new DtypeObject(dtype);
}

/** The dtype `astype(x)` names: numpy's forms (float, 'int64', np.float64, ...), 'float32', 'object' or str. */
export function parseColumnDtype(value: PyValue): Dtype {
  if (value instanceof ColumnDtype) return value.name;
  if (typeof value === 'string' && value in NAMES) return NAMES[value];
  if (value instanceof PyBuiltinType && (value.name === 'str' || value.name === 'object')) return 'object';
  try {
    return parseDtype(value);
  } catch {
    throw notSupportedYet(`pandas dtype ${repr(value)}`);
  }
}
