// Python's `time` module, as far as lectures use it: timing a training loop with time.time()
// (t2 - t1 in seconds). The clock is the page's, so the seconds are the page's own.
import { PyModule, hostFunction, pyError, type PyValue } from '../objects/host';

function clock(name: string, read: () => number): PyValue {
  return hostFunction(name, (args) => {
    if (args.length !== 0) throw pyError('TypeError', `time.${name}() takes no arguments (${args.length} given)`);
    return read();
  });
}

export function createTimeModule(): PyModule {
  const now = () => performance.now() / 1000;
  return new PyModule('time', {
    time: clock('time', () => (performance.timeOrigin + performance.now()) / 1000),
    perf_counter: clock('perf_counter', now),
    monotonic: clock('monotonic', now),
    process_time: clock('process_time', now),
  });
}
