// Small torch values as Python objects: torch.Size, grad_fn nodes, dtypes and the no_grad()
// context (the pair that torch.max(x, dim) returns holds tensors, so it lives with the tensor
// object).
import {
  HostObject, NotImplemented, PyTuple, pyError, type CompareOp, type NotImplementedType, type PyValue,
} from '../../python/objects/host';
import { setGradEnabled } from '../core/autograd';
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
const DTYPES = { float32: new PyDType('float32'), float64: new PyDType('float64'), int64: new PyDType('int64'), bool: new PyDType('bool') };
export function dtypeObject(d: Tensor['dtype']): PyDType {
  return DTYPES[d];
}


/** `with torch.no_grad():` — ops inside record nothing (nested blocks restore what was before). */
export class NoGrad extends HostObject {
  readonly typeName = 'no_grad';
  readonly moduleName = 'torch';
  private previous: boolean[] = [];
  enter(): PyValue {
    this.previous.push(setGradEnabled(false));
    return null;
  }
  exit(): boolean {
    setGradEnabled(this.previous.pop() ?? true);
    return false;
  }
}
