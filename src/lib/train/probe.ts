/**
 * 'auto' by measurement: a short run of the fused kernel on each backend that starts here, at
 * the demo's n, and the fastest wins. On SwiftShader (no GPU) WASM beats the "GPU"; on a real
 * GPU large n goes to WebGPU. A few ms per backend, once per browser and size: the result is
 * kept in the given store (localStorage in the page), so later visits start at once.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AutoPicker, BackendName } from './backends';
import { createRunner } from './runner-for-backend';
import { now } from './schedule';

/** Where probe results are kept between visits (the page passes localStorage). */
export interface ProbeStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LABELS: Record<BackendName, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };
const isGpu = (name: BackendName) => name === 'webgpu' || name === 'webgl';

/** Sizes within a factor of two share a measurement. */
const probeKey = (n: number) => `live-lectures:backend-probe:v1:n${2 ** Math.round(Math.log2(Math.max(1, n)))}`;

/** Milliseconds per epoch of the fused kernel on the active backend at n samples. */
async function msPerEpoch(backend: BackendName, n: number): Promise<number> {
  const x = Float32Array.from({ length: n }, (_, i) => -1 + (2 * i) / Math.max(1, n - 1));
  const y = x.map((value) => (value > 0 ? 1 : 0));
  const runner = await createRunner(backend, { x, y, loss: 'bce', optimizer: 'sgd', lr: 0.05, w0: 0, w1: 0 });
  try {
    runner.run(1); // compiles the shader / warms the kernel
    await runner.read();
    let epochs = 1;
    for (;;) {
      const t0 = now();
      runner.run(epochs);
      await runner.read();
      const ms = now() - t0;
      if (ms >= 4 || epochs >= 256) return ms / epochs;
      epochs *= 4;
    }
  } finally {
    runner.dispose();
  }
}

/** Why this backend, in a few words for the demo: "WASM — 이 크기에서는 GPU보다 빠름 (측정)". */
export function describeChoice(picked: BackendName, measured: Partial<Record<BackendName, number>>): string {
  const fasterThanGpu = !isGpu(picked) && Object.keys(measured).some((name) => isGpu(name as BackendName));
  const numbers = Object.entries(measured).map(([name, ms]) => `${LABELS[name as BackendName]} ${(ms as number).toFixed(3)}`).join(', ');
  return `${LABELS[picked]} — ${fasterThanGpu ? '이 크기에서는 GPU보다 빠름' : '이 기기에서 가장 빠름'} (측정 ms/에폭: ${numbers})`;
}

export function measuringPicker(n: number, store?: ProbeStore): AutoPicker {
  const key = probeKey(n);
  return {
    remembered() {
      try {
        const saved = JSON.parse(store?.getItem(key) ?? 'null') as { name: BackendName; reason: string } | null;
        return saved && LABELS[saved.name] ? { name: saved.name, reason: `${saved.reason} · 저장된 측정` } : null;
      } catch {
        return null;
      }
    },
    async pick(available) {
      const measured: Partial<Record<BackendName, number>> = {};
      for (const name of available) {
        try {
          if (!(await tf.setBackend(name))) continue;
          measured[name] = await msPerEpoch(name, n);
        } catch {
          // a backend that fails its probe is not a candidate
        }
      }
      const ranked = (Object.entries(measured) as [BackendName, number][]).sort((a, b) => a[1] - b[1]);
      const name = ranked[0]?.[0] ?? available[0];
      const reason = ranked.length > 0 ? describeChoice(name, measured) : `${LABELS[name]} — 자동`;
      try {
        store?.setItem(key, JSON.stringify({ name, reason }));
      } catch {
        // storage full or blocked: measure again next time
      }
      return { name, reason };
    },
  };
}
