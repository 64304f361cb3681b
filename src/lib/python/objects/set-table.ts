// The hash table under set and frozenset: CPython 3.11's (Objects/setobject.c) entry for entry,
// so a set prints, iterates and pops in CPython's order. Open addressing from hash & mask,
// LINEAR_PROBES neighbours, then the perturbed jump; deleted slots stay as dummies until a resize
// re-inserts the live entries in table order into a table sized from `used`. The operators built
// on it are set-algebra.ts's, the Python object set.ts's; the hashes are hash.ts's.
import { pyError } from './errors';
import { pyHash } from './hash';
import { HostObject } from './host';
import { compare, iterate, truthy } from './protocol';
import { PyDict, UnhashableError, type PyValue } from './values';

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
/** A deleted entry: lookups probe past it, insertions may reuse it. */
const DUMMY: unique symbol = Symbol('dummy');
type Slot = PyValue | undefined | typeof DUMMY;

const isLive = (slot: Slot): slot is PyValue => slot !== undefined && slot !== DUMMY;

export abstract class SetTable extends HostObject {
  abstract readonly typeName: 'set' | 'frozenset';
  keys: Slot[] = new Array<Slot>(MIN_SIZE).fill(undefined);
  hashes: bigint[] = new Array<bigint>(MIN_SIZE).fill(0n);
  mask = MIN_SIZE - 1;
  /** Live and dummy entries. */
  fill = 0;
  /** Live entries: len(s). */
  used = 0;
  /** Where pop() looks next. */
  private finger = 0;

  protected frozenHash: bigint | null = null;

  constructor(readonly frozen: boolean) {
    super();
  }

  /** make_new_set: an empty set, or frozenset when frozen. */
  abstract make(frozen: boolean): SetTable;

  /** set_lookkey: the slot of an element equal to key, or -1. */
  find(key: PyValue, hash: bigint): number {
    for (;;) {
      const table = this.keys;
      let mask = this.mask;
      let i = Number(BigInt.asUintN(32, hash)) & mask;
      let perturb = BigInt.asUintN(64, hash);
      let restart = false;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (let j = i; ; j++) {
          const slot = this.keys[j];
          if (slot === undefined) return -1;
          if (slot !== DUMMY && this.hashes[j] === hash) {
            if (slot === key) return j;
            const equal = truthy(compare('eq', slot, key));
            if (table !== this.keys || this.keys[j] !== slot) {
              restart = true; // the comparison changed the set: look again, as CPython does
              break;
            }
            if (equal) return j;
            mask = this.mask;
          }
          if (probes-- === 0) break;
        }
        if (restart) break;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
      }
    }
  }

  /** set_add_entry: adds key unless an equal element is there; grows the table at 60% fill. */
  addEntry(key: PyValue, hash: bigint): void {
    this.frozenHash = null;
    for (;;) {
      const table = this.keys;
      let mask = this.mask;
      let i = Number(BigInt.asUintN(32, hash)) & mask;
      let perturb = BigInt.asUintN(64, hash);
      let freeSlot = -1;
      let restart = false;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (let j = i; ; j++) {
          const slot = this.keys[j];
          if (slot === undefined) {
            if (freeSlot >= 0) {
              this.keys[freeSlot] = key;
              this.hashes[freeSlot] = hash;
              this.used++;
              return;
            }
            this.keys[j] = key;
            this.hashes[j] = hash;
            this.fill++;
            this.used++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (slot === DUMMY) {
            if (freeSlot < 0) freeSlot = j;
          } else if (this.hashes[j] === hash) {
            if (slot === key) return;
            const equal = truthy(compare('eq', slot, key));
            if (equal) return;
            if (table !== this.keys || this.keys[j] !== slot) {
              restart = true;
              break;
            }
            mask = this.mask;
          }
          if (probes-- === 0) break;
        }
        if (restart) break;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
      }
    }
  }

  add(key: PyValue): void {
    this.addEntry(key, pyHash(key));
  }

  /** set_discard_entry: leaves a dummy where the element was; false when it was not there. */
  discardEntry(key: PyValue, hash: bigint): boolean {
    const j = this.find(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1n;
    this.used--;
    this.frozenHash = null;
    return true;
  }

  has(key: PyValue): boolean {
    return this.find(key, pyHash(key)) >= 0;
  }

  /** set_table_resize: the smallest power of two above minUsed, live entries re-inserted in table order. */
  resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array<Slot>(size).fill(undefined);
    this.hashes = new Array<bigint>(size).fill(0n);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < oldKeys.length; j++) {
      const slot = oldKeys[j];
      if (isLive(slot)) this.insertClean(slot, oldHashes[j]);
    }
  }

  /** set_insert_clean: the first empty slot on key's probe path (no equal element, no dummies). */
  private insertClean(key: PyValue, hash: bigint): void {
    const mask = this.mask;
    let i = Number(BigInt.asUintN(32, hash)) & mask;
    let perturb = BigInt.asUintN(64, hash);
    for (;;) {
      if (this.keys[i] === undefined) break;
      let found = -1;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys[i + j] === undefined) {
            found = i + j;
            break;
          }
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + Number(perturb & BigInt(mask))) & mask;
    }
    this.keys[i] = key;
    this.hashes[i] = hash;
  }

  /** set_merge: another set's elements in its table order, after one resize up front. */
  merge(other: SetTable): void {
    if (other === this || other.used === 0) return;
    this.frozenHash = null;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = [...other.keys];
      this.hashes = [...other.hashes];
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (const [key, hash] of other.entries()) this.insertClean(key, hash);
      return;
    }
    for (const [key, hash] of other.entries()) this.addEntry(key, hash);
  }

  /** set_update_internal: a set merges, a dict adds its keys after one resize, anything else adds item by item. */
  update(iterable: PyValue): void {
    if (iterable instanceof SetTable) {
      this.merge(iterable);
    } else if (iterable instanceof PyDict) {
      const size = iterable.size;
      if ((this.fill + size) * 5 >= this.mask * 3) this.resize((this.used + size) * 2);
      for (const key of iterable.keys()) this.add(key);
    } else {
      for (const item of iterate(iterable)) this.add(item);
    }
  }

  /** set_pop: the first live entry from the finger on, wrapping around. */
  pop(): PyValue {
    if (this.used === 0) throw pyError('KeyError', "'pop from an empty set'");
    let j = this.finger & this.mask;
    while (!isLive(this.keys[j])) j = j === this.mask ? 0 : j + 1;
    const key = this.keys[j] as PyValue;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1n;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  clear(): void {
    this.keys = new Array<Slot>(MIN_SIZE).fill(undefined);
    this.hashes = new Array<bigint>(MIN_SIZE).fill(0n);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** set_swap_bodies (the finger stays): `s &= t` takes the intersection's table. */
  takeTable(other: SetTable): void {
    this.keys = other.keys;
    this.hashes = other.hashes;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    this.frozenHash = null;
  }

  /** The live entries with their hashes, in table order (set_next). */
  entries(): Array<[PyValue, bigint]> {
    const out: Array<[PyValue, bigint]> = [];
    for (let j = 0; j <= this.mask; j++) {
      const slot = this.keys[j];
      if (isLive(slot)) out.push([slot, this.hashes[j]]);
    }
    return out;
  }

  items(): PyValue[] {
    return this.entries().map(([key]) => key);
  }

  // ── the protocol hooks ──

  /** setiter_iternext: the table as it is at each step; a change of size is CPython's RuntimeError. */
  *iterate(): Generator<PyValue> {
    const used = this.used;
    let position = 0;
    for (;;) {
      if (this.used !== used) throw pyError('RuntimeError', 'Set changed size during iteration');
      let j = position;
      while (j <= this.mask && !isLive(this.keys[j])) j++;
      position = j + 1;
      if (j > this.mask) return;
      yield this.keys[j] as PyValue;
    }
  }

  length(): number {
    return this.used;
  }

  /** `x in s`, s.remove(x), s.discard(x): an unhashable set is looked up as the frozenset of its elements, as CPython retries. */
  lookupKey(item: PyValue): [PyValue, bigint] {
    try {
      return [item, pyHash(item)];
    } catch (error) {
      if (!(error instanceof UnhashableError) || !(item instanceof SetTable)) throw error;
      const frozen = this.make(true);
      frozen.merge(item);
      return [frozen, frozen.hash()];
    }
  }

  contains(item: PyValue): boolean {
    return this.find(...this.lookupKey(item)) >= 0;
  }

  /** frozenset_hash: an order-free xor of the shuffled element hashes, then CPython's mixing. */
  hash(): bigint {
    if (!this.frozen) throw new UnhashableError('set');
    if (this.frozenHash === null) {
      let hash = 0n;
      for (const [, h] of this.entries()) hash ^= shuffleBits(BigInt.asUintN(64, h));
      hash ^= ((BigInt(this.used) + 1n) * 1927868237n) & MASK64;
      hash ^= (hash >> 11n) ^ (hash >> 25n);
      hash = (hash * 69069n + 907133923n) & MASK64;
      this.frozenHash = hash === MASK64 ? 590923713n : BigInt.asIntN(64, hash);
    }
    return this.frozenHash;
  }
}

const MASK64 = (1n << 64n) - 1n;
const shuffleBits = (h: bigint) => (((h ^ 89869747n) ^ ((h << 16n) & MASK64)) * 3644798167n) & MASK64;
