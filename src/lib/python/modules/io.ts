// Python's `io` module, the part a notebook uses to hand text to a reader as a file:
// io.StringIO(text) with read(), write(), getvalue() and seek() (pd.read_csv(io.StringIO(csv))),
// and io.UnsupportedOperation, what open()'s file objects raise.
import { HostObject, PyModule, bindArgs, hostFunction, pyError, toIndex, typeNameOf, type PyValue } from '../objects/host';
import { moduleExceptionType } from '../objects/runtime';

class StringIO extends HostObject {
  readonly typeName = 'StringIO';
  override readonly moduleName = '_io';
  private position = 0;
  constructor(private text: string) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'read':
        return hostFunction('read', (args, kwargs) => {
          const { size } = bindArgs('read', [['size', -1n]], args, kwargs);
          const n = size === null ? -1 : toIndex(size);
          const end = n < 0 ? this.text.length : Math.min(this.text.length, this.position + n);
          const out = this.text.slice(this.position, end);
          this.position = Math.max(this.position, end);
          return out;
        });
      case 'write':
        return hostFunction('write', (args, kwargs) => {
          const { s } = bindArgs('write', ['s'], args, kwargs);
          if (typeof s !== 'string') throw pyError('TypeError', `string argument expected, got '${typeNameOf(s)}'`);
          this.text = this.text.slice(0, this.position) + s + this.text.slice(this.position + s.length);
          this.position += s.length;
          return BigInt(s.length);
        });
      case 'getvalue':
        return hostFunction('getvalue', () => this.text);
      case 'seek':
        return hostFunction('seek', (args, kwargs) => {
          const { pos } = bindArgs('seek', ['pos'], args, kwargs);
          this.position = toIndex(pos);
          return BigInt(this.position);
        });
    }
    return undefined;
  }
}

export function createIoModule(): PyModule {
  return new PyModule('io', {
    UnsupportedOperation: moduleExceptionType('UnsupportedOperation'),
    StringIO: hostFunction('StringIO', (args, kwargs) => {
      const { initial_value } = bindArgs('StringIO', [['initial_value', '']], args, kwargs);
      if (typeof initial_value !== 'string') throw pyError('TypeError', `initial_value must be str or None, not ${typeNameOf(initial_value)}`);
      return new StringIO(initial_value);
    }),
  });
}
