// The interpreter's own value types (everything that is not a JS primitive).
//
// Primitive Python values are plain JS values, see host.ts:
//   int -> bigint, float -> number, bool -> boolean, str -> string, None -> null.
// Everything else is a PyObject subclass so one `instanceof` tells the interpreter what it has.

/** Base of every non-primitive Python value: containers, functions, modules, host objects. */
export abstract class PyObject {
  /** Python's type name, as `type(x).__name__` prints it ('list', 'Tensor', 'Linear'). */
  abstract readonly typeName: string;
  /**
   * As a dict key: the Python value this object hashes and compares equal to (a numpy scalar is
   * its number, so `d[a.sum()]` finds `d[8.0]`); null when unhashable (a numpy array). Objects
   * without it are keys by identity.
   */
  dictKeyValue?(): PyValue | null;
  /** hash(self) of a built-in type implemented as an object (frozenset); see hash.ts. */
  pythonHash?(): bigint;
}

/** Python's `...` literal (used in subscripts like `x[..., 0]`). */
export class PyEllipsis extends PyObject {
  readonly typeName = 'ellipsis';
  static readonly instance = new PyEllipsis();
  private constructor() {
    super();
  }
}
export const Ellipsis = PyEllipsis.instance;

/** A mutable `list`. `items` is the live backing array. */
export class PyList extends PyObject {
  readonly typeName = 'list';
  constructor(public items: PyValue[] = []) {
    super();
  }
}

/** An immutable `tuple`. */
export class PyTuple extends PyObject {
  readonly typeName = 'tuple';
  constructor(readonly items: readonly PyValue[]) {
    super();
  }
}

/** A `slice(start, stop, step)`; each part is None (null) when omitted, as in Python. */
export class PySlice extends PyObject {
  readonly typeName = 'slice';
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
}

/** A `range` object (lazy, like Python's). Bounds are JS numbers: ranges beyond 2^53 are not supported. */
export class PyRange extends PyObject {
  readonly typeName = 'range';
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
}

/**
 * An insertion-ordered `dict`. Keys are hashed to a canonical string (see dictKey) so that
 * 1, 1.0 and True are the same key, as in Python; host objects hash by identity.
 */
export class PyDict extends PyObject {
  readonly typeName = 'dict';
  readonly entries = new Map<string, [PyValue, PyValue]>();
  get(key: PyValue): PyValue | undefined {
    return this.entries.get(dictKey(key))?.[1];
  }
  set(key: PyValue, value: PyValue): void {
    const hashed = dictKey(key);
    const existing = this.entries.get(hashed);
    if (existing) existing[1] = value;
    else this.entries.set(hashed, [key, value]);
  }
  delete(key: PyValue): boolean {
    return this.entries.delete(dictKey(key));
  }
  has(key: PyValue): boolean {
    return this.entries.has(dictKey(key));
  }
  get size(): number {
    return this.entries.size;
  }
  keys(): PyValue[] {
    return [...this.entries.values()].map(([k]) => k);
  }
}

/**
 * Every Python value. Primitives are plain JS values (int -> bigint, so print(1) and print(1.0)
 * differ and ints are unbounded; float -> number; bool -> boolean; str -> string; None -> null);
 * everything else is a PyObject.
 */
export type PyValue = bigint | number | boolean | string | null | PyObject;

const identities = new WeakMap<object, number>();
let nextIdentity = 1;
/** A stable small number per object: dict keys by identity and the fake `0x…` addresses in reprs. */
export function identityOf(object: object): number {
  let id = identities.get(object);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(object, id);
  }
  return id;
}

/** Raised by dictKey for unhashable keys; the interpreter turns it into Python's TypeError. */
export class UnhashableError extends Error {
  constructor(readonly pyTypeName: string) {
    super(`unhashable type: '${pyTypeName}'`);
  }
}

/** The canonical string a dict keys a value by (1, 1.0 and True share one). */
export function dictKey(key: PyValue): string {
  switch (typeof key) {
    case 'bigint':
      return `n${key}`;
    case 'boolean':
      return key ? 'n1' : 'n0';
    case 'number':
      return Number.isInteger(key) ? `n${BigInt(key)}` : `f${key}`;
    case 'string':
      return `s${key}`;
  }
  if (key === null) return 'None';
  if (key instanceof PyTuple) return `t(${key.items.map(dictKey).join(',')})`;
  if (key instanceof PyList || key instanceof PyDict) throw new UnhashableError(key.typeName);
  if (key.dictKeyValue) {
    const value = key.dictKeyValue();
    if (value === null) throw new UnhashableError(key.typeName);
    return dictKey(value);
  }
  return `o${identityOf(key)}`;
}
