// The torch binding's LoopAccelerator (the interpreter's loop-tracing option): records
// iterations through the core's recording hooks, allows only calls whose effects the recording
// sees, and compiles two matching iterations (../trace/).
import type { LoopAccelerator } from '../../python/eval/loop-trace';
import { HostObject, typeNameOf, type PyValue } from '../../python/objects/host';
import { recordOpaque, startRecording, stopRecording, type Recording } from '../core/recording';
import { compileLoop } from '../trace/compile';
import { guarded, TensorHost } from './convert';
import { TorchFunction } from './tensor-object';

function unwrap(v: PyValue): unknown {
  return v instanceof TensorHost ? v.tensor : v;
}

export function createLoopAccelerator(): LoopAccelerator {
  let current: Recording | null = null;
  return {
    begin() {
      current = startRecording();
    },
    end() {
      stopRecording();
      const done = current;
      current = null;
      return done;
    },
    noteCall(fn) {
      if (fn instanceof TorchFunction && fn.traceable) return;
      // nn modules and losses: their forward is library ops, which the recording sees.
      if (fn instanceof HostObject && fn.call && fn.moduleName.startsWith('torch')) return;
      recordOpaque(`call of ${typeNameOf(fn)}`);
    },
    noteOutput() {
      recordOpaque('output');
    },
    compile(first, second, bound) {
      const result = compileLoop(first as Recording, second as Recording, bound.map(([a, b]) => [unwrap(a), unwrap(b)]));
      return 'kernel' in result ? result.kernel : result;
    },
    guard: guarded,
  };
}
