// A built-in type's methods as one static table (CPython's tp_methods): written once, looked up
// by name, and bound to the instance only when an attribute is read.
import { pyError } from '../errors';
import { HostFunction, type KwArgs } from '../host';
import type { PyValue } from '../values';

export type Method<Self> = (self: Self, args: readonly PyValue[], kwargs: KwArgs) => PyValue;

export interface MethodTable<Self> {
  /** `type(x).__name__`, the prefix of the bound method's name ('list.append'). */
  readonly owner: string;
  readonly methods: Readonly<Record<string, Method<Self>>>;
  /** Data attributes computed from the instance (float.real, int.denominator). */
  readonly attributes?: Readonly<Record<string, (self: Self) => PyValue>>;
}

/** `self.name` from the table: a bound method, an attribute's value, or undefined when it has neither. */
export function lookup<Self>(table: MethodTable<Self>, self: Self, name: string): PyValue | undefined {
  if (table.attributes && Object.hasOwn(table.attributes, name)) return table.attributes[name](self);
  if (!Object.hasOwn(table.methods, name)) return undefined;
  const method = table.methods[name];
  return new HostFunction(`${table.owner}.${name}`, (args, kwargs) => method(self, args, kwargs));
}

/** CPython's "takes exactly one argument (N given)". */
export function exactArgs(name: string, args: readonly PyValue[], count: number): void {
  if (args.length !== count) {
    throw pyError('TypeError', `${name}() takes exactly ${count === 1 ? 'one argument' : `${count} arguments`} (${args.length} given)`);
  }
}
