// The Python objects set and frozenset: the table (set-table.ts) with the protocol's hooks —
// repr, IPython's sorted display, ==/</<=, the operators | & - ^ and their in-place forms,
// hashing (a frozenset only). Their methods are methods/set.ts's.
import { pyError } from './errors';
import { NotImplemented, typeNameOf, type BinaryOp, type CompareOp, type NotImplementedType } from './host';
import { sortValues } from './protocol';
import { repr, str } from './repr';
import { compareSets, setInplaceOperator, setOperator } from './set-algebra';
import { SetTable } from './set-table';
import { PyTuple, dictKey, type PyValue } from './values';

const INPLACE_SYMBOL: Partial<Record<BinaryOp, string>> = { or: '|=', and: '&=', sub: '-=', xor: '^=' };

/** Marks the canonical dict key of a frozenset, so no tuple a cell builds can equal it. */
const FROZENSET_KEY = new PyTuple([]);

/** IPython's _sorted_for_pprint: sorted, else sorted by str, else as they are. */
function sortedForDisplay(items: PyValue[]): readonly PyValue[] {
  try {
    return sortValues(items, null, false);
  } catch {
    try {
      const keyed = items.map((item) => ({ item, key: str(item) }));
      return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => e.item);
    } catch {
      return items;
    }
  }
}

export class PySet extends SetTable {
  readonly typeName: 'set' | 'frozenset';

  constructor(frozen: boolean, items?: PyValue) {
    super(frozen);
    this.typeName = frozen ? 'frozenset' : 'set';
    if (items !== undefined) this.update(items);
  }

  make(frozen: boolean): PySet {
    return new PySet(frozen);
  }

  repr(): string {
    if (this.used === 0) return `${this.typeName}()`;
    const body = `{${this.items().map(repr).join(', ')}}`;
    return this.frozen ? `frozenset(${body})` : body;
  }

  /** IPython's set display: the items sorted as _sorted_for_pprint sorts them, below max_seq_length (1000). */
  prettyGroup(): { open: string; close: string; items: readonly PyValue[] } | null {
    if (this.used === 0) return null;
    const items = this.items();
    return { open: this.frozen ? 'frozenset({' : '{', close: this.frozen ? '})' : '}', items: items.length >= 1000 ? items : sortedForDisplay(items) };
  }

  valueEquals(other: PyValue): boolean {
    return other instanceof SetTable && compareSets('eq', this, other);
  }

  compare(op: CompareOp, other: PyValue): PyValue | NotImplementedType {
    return other instanceof SetTable ? compareSets(op, this, other) : NotImplemented;
  }

  binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | NotImplementedType {
    if (!(other instanceof SetTable)) return NotImplemented;
    return (reflected ? setOperator(op, other, this) : setOperator(op, this, other)) ?? NotImplemented;
  }

  inplaceOp(op: BinaryOp, other: PyValue): PyValue | NotImplementedType {
    if (this.frozen || !(op in INPLACE_SYMBOL)) return NotImplemented; // frozenset |= t makes a new frozenset
    if (!(other instanceof SetTable)) {
      throw pyError('TypeError', `unsupported operand type(s) for ${INPLACE_SYMBOL[op]}: 'set' and '${typeNameOf(other)}'`);
    }
    return setInplaceOperator(op, this, other) ?? NotImplemented;
  }

  /** A set is unhashable; a frozenset keys a dict by its elements, whatever their order. */
  dictKeyValue(): PyValue | null {
    if (!this.frozen) return null;
    return new PyTuple([FROZENSET_KEY, ...this.items().map(dictKey).sort()]);
  }

  pythonHash(): bigint {
    return this.hash();
  }
}
