// The torch binding's LoopAccelerator: records iterations through the library's trace hooks,
// allows only calls whose effects the recording sees, and compiles two matching iterations.
import { HostFunction, HostObject, typeNameOf, type PyValue } from '../../python/objects/host';
import type { LoopAccelerator } from '../../python/eval/loop-trace';
import { guarded, TensorHost } from './convert';
import { compileLoop } from '../trace/compile';
import { isTraceable, startRecording, stopRecording, traceOpaque, type Recording } from '../core/recording';

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
      if (fn instanceof HostFunction && isTraceable(fn)) return;
      // nn modules and losses: their forward is library ops, which the recording sees.
      if (fn instanceof HostObject && fn.call && fn.moduleName.startsWith('torch')) return;
      traceOpaque(`call of ${typeNameOf(fn)}`);
    },
    noteOutput() {
      traceOpaque('output');
    },
    compile(first, second, bound) {
      const result = compileLoop(first as Recording, second as Recording, bound.map(([a, b]) => [unwrap(a), unwrap(b)]));
      return 'kernel' in result ? result.kernel : result;
    },
    guard: guarded,
  };
}
