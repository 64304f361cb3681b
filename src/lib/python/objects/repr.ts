// repr() and str() of every value, and the notebook's display of a cell's last value, which
// follows IPython's pretty printer: containers whose items have newlines or do not fit in 79
// columns put one item per line, and an item's own newlines are indented to its column.
import { floatRepr, stringRepr } from './format';
import { PyFunction } from './function';
import { HostFunction, HostObject, PyModule, fakeAddress } from './host';
import { PyBuiltinType, PyDictView, PyExceptionInstance, PyExceptionType, PyIterator, PyOpaqueType } from './runtime';
import { Ellipsis, PyDict, PyList, PyRange, PySlice, PyTuple, type PyValue } from './values';

const active = new Set<object>();

export function repr(value: PyValue): string {
  switch (typeof value) {
    case 'bigint':
      return value.toString();
    case 'number':
      return floatRepr(value);
    case 'boolean':
      return value ? 'True' : 'False';
    case 'string':
      return stringRepr(value);
  }
  if (value === null) return 'None';
  if (value instanceof HostObject) return value.repr();
  if (value instanceof PyList || value instanceof PyTuple || value instanceof PyDict) {
    if (active.has(value)) return value instanceof PyList ? '[...]' : value instanceof PyDict ? '{...}' : '(...)';
    active.add(value);
    try {
      if (value instanceof PyList) return `[${value.items.map(repr).join(', ')}]`;
      if (value instanceof PyTuple) {
        return value.items.length === 1 ? `(${repr(value.items[0])},)` : `(${value.items.map(repr).join(', ')})`;
      }
      return `{${[...value.entries.values()].map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`;
    } finally {
      active.delete(value);
    }
  }
  if (value instanceof PyRange) {
    return value.step === 1 ? `range(${value.start}, ${value.stop})` : `range(${value.start}, ${value.stop}, ${value.step})`;
  }
  if (value instanceof PySlice) return `slice(${repr(value.start)}, ${repr(value.stop)}, ${repr(value.step)})`;
  if (value === Ellipsis) return 'Ellipsis';
  if (value instanceof PyFunction) {
    return `<function ${value.qualname} at ${fakeAddress(value)}>`;
  }
  if (value instanceof HostFunction) return `<built-in function ${value.name}>`;
  if (value instanceof PyModule) return `<module '${value.name}'>`;
  if (value instanceof PyBuiltinType) return `<class '${value.name}'>`;
  if (value instanceof PyOpaqueType) return `<class '${value.qualifiedName}'>`;
  if (value instanceof PyExceptionType) return `<class '${value.qualifiedName}'>`;
  if (value instanceof PyExceptionInstance) {
    return `${value.typeName}(${value.args.map(repr).join(', ')})`;
  }
  if (value instanceof PyDictView) {
    const entries = [...value.dict.entries.values()];
    const items = entries.map(([k, v]) => (value.kind === 'keys' ? repr(k) : value.kind === 'values' ? repr(v) : `(${repr(k)}, ${repr(v)})`));
    return `${value.typeName}([${items.join(', ')}])`;
  }
  if (value instanceof PyIterator) return `<${value.typeName} object ${value.qualname ? value.qualname + ' ' : ''}at ${fakeAddress(value)}>`;
  return `<${value.typeName} object at ${fakeAddress(value)}>`;
}

export function str(value: PyValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof HostObject && value.str) return value.str();
  if (value instanceof PyExceptionInstance) return value.message;
  return repr(value);
}

const MAX_WIDTH = 79;

/** What Jupyter shows for a cell's last expression (IPython's pretty printer, simplified). */
export function displayRepr(value: PyValue): string {
  return pretty(value, 0);
}

function pretty(value: PyValue, indent: number): string {
  const group = value instanceof HostObject ? value.prettyGroup?.() : null;
  if (group) {
    const flat = flatPretty(value);
    if (!flat.includes('\n') && indent + flat.length <= MAX_WIDTH) return flat;
    const inner = indent + group.open.length;
    return group.open + group.items.map((item) => pretty(item, inner)).join(',\n' + ' '.repeat(inner)) + group.close;
  }
  if (value instanceof PyList || value instanceof PyTuple || value instanceof PyDict) {
    if (active.has(value)) return repr(value);
    const flat = flatPretty(value);
    if (!flat.includes('\n') && indent + flat.length <= MAX_WIDTH) return flat;
    active.add(value);
    try {
      const open = value instanceof PyList ? '[' : value instanceof PyTuple ? '(' : '{';
      const close = value instanceof PyList ? ']' : value instanceof PyTuple ? ')' : '}';
      const inner = indent + 1;
      const parts =
        value instanceof PyDict
          ? [...value.entries.values()].map(([k, v]) => {
              const key = repr(k) + ': ';
              return key + pretty(v, inner + key.length);
            })
          : value.items.map((item) => pretty(item, inner));
      const trailing = value instanceof PyTuple && parts.length === 1 ? ',' : '';
      return open + parts.join(',\n' + ' '.repeat(inner)) + trailing + close;
    } finally {
      active.delete(value);
    }
  }
  const text = defaultPretty(value);
  return text.split('\n').join('\n' + ' '.repeat(indent));
}

/** One-line form with IPython's element reprs (default-repr objects lose their "object"). */
function flatPretty(value: PyValue): string {
  const group = value instanceof HostObject ? value.prettyGroup?.() : null;
  if (group) return group.open + group.items.map(flatPretty).join(', ') + group.close;
  if (value instanceof PyList || value instanceof PyTuple || value instanceof PyDict) {
    if (active.has(value)) return repr(value);
    active.add(value);
    try {
      if (value instanceof PyList) return `[${value.items.map(flatPretty).join(', ')}]`;
      if (value instanceof PyTuple) {
        return value.items.length === 1 ? `(${flatPretty(value.items[0])},)` : `(${value.items.map(flatPretty).join(', ')})`;
      }
      return `{${[...value.entries.values()].map(([k, v]) => `${flatPretty(k)}: ${flatPretty(v)}`).join(', ')}}`;
    } finally {
      active.delete(value);
    }
  }
  return defaultPretty(value);
}

/** IPython prints objects with the default repr as `<module.Class at 0x...>` (no "object"). */
function defaultPretty(value: PyValue): string {
  if (value instanceof HostObject && value.repr === HostObject.prototype.repr) {
    const qualified = value.moduleName ? `${value.moduleName}.${value.typeName}` : value.typeName;
    return `<${qualified} at ${fakeAddress(value)}>`;
  }
  return repr(value);
}
