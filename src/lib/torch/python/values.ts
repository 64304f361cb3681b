// Small torch values as Python objects: torch.Size, grad_fn nodes, torch.return_types pairs
// and dtypes.
import {
  HostObject, NotImplemented, PyTuple, pyError, type CompareOp, type NotImplementedType, type PyValue,
} from '../../python/objects/host';
import { tensorRepr } from '../core/format';
import { py } from './convert';
import type { Tensor } from '../core/tensor';

/** torch.Size: a tuple of ints that prints as torch.Size([2, 3]). */
export class PySize extends HostObject {
  readonly typeName = 'Size';
  readonly moduleName = 'torch';
  constructor(readonly dims: readonly number[]) {
    super();
  }
  private items(): PyValue[] {
    return this.dims.map((d) => BigInt(d));
  }
  repr(): string {
    return `torch.Size([${this.dims.join(', ')}])`;
  }
  length(): number {
    return this.dims.length;
  }
  iterate(): Iterable<PyValue> {
    return this.items();
  }
  getItem(key: PyValue): PyValue {
    const i = Number(key as bigint);
    const n = this.dims.length;
    if (typeof key !== 'bigint' || i < -n || i >= n) throw pyError('IndexError', 'tuple index out of range');
    return BigInt(this.dims[i < 0 ? i + n : i]);
  }
  compare(op: CompareOp, other: PyValue): PyValue | NotImplementedType {
    const dims = other instanceof PySize ? other.dims : other instanceof PyTuple ? other.items.map((v) => Number(v)) : null;
    if (!dims || (op !== 'eq' && op !== 'ne')) return NotImplemented;
    const same = dims.length === this.dims.length && dims.every((d, i) => d === this.dims[i]);
    return op === 'eq' ? same : !same;
  }
  numel(): number {
    return this.dims.reduce((p, d) => p * d, 1);
  }
}

/** A grad_fn node as Python shows it: <AddmmBackward0 object at 0x...>. */
export class PyGradFn extends HostObject {
  readonly moduleName = '';
  constructor(readonly typeName: string) {
    super();
  }
  repr(): string {
    return `<${this.typeName} object at 0x7f82c0${(0x1a0000 + this.typeName.length * 0x130).toString(16)}>`;
  }
}

/** torch.return_types.max(values=..., indices=...): a named pair. */
export class PyReturnPair extends HostObject {
  readonly moduleName = 'torch.return_types';
  constructor(
    readonly typeName: string,
    private readonly values: Tensor,
    private readonly indices: Tensor,
  ) {
    super();
  }
  private items(): PyValue[] {
    return [py(this.values), py(this.indices)];
  }
  repr(): string {
    return `torch.return_types.${this.typeName}(\nvalues=${tensorRepr(this.values)},\nindices=${tensorRepr(this.indices)})`;
  }
  getAttr(name: string): PyValue | undefined {
    return name === 'values' ? py(this.values) : name === 'indices' ? py(this.indices) : undefined;
  }
  getItem(key: PyValue): PyValue {
    const i = typeof key === 'bigint' ? Number(key) : NaN;
    if (!(i >= -2 && i < 2)) throw pyError('IndexError', 'tuple index out of range');
    return this.items()[i < 0 ? i + 2 : i];
  }
  length(): number {
    return 2;
  }
  iterate(): Iterable<PyValue> {
    return this.items();
  }
}

/** torch.float32 etc. as Python objects. */
export class PyDType extends HostObject {
  readonly typeName = 'dtype';
  readonly moduleName = 'torch';
  constructor(readonly dtype: Tensor['dtype']) {
    super();
  }
  repr(): string {
    return `torch.${this.dtype}`;
  }
  compare(op: CompareOp, other: PyValue): PyValue | NotImplementedType {
    if (op !== 'eq' && op !== 'ne') return NotImplemented;
    const same = other instanceof PyDType && other.dtype === this.dtype;
    return op === 'eq' ? same : !same;
  }
}
const DTYPES = { float32: new PyDType('float32'), int64: new PyDType('int64'), bool: new PyDType('bool') };
export function dtypeObject(d: Tensor['dtype']): PyDType {
  return DTYPES[d];
}

