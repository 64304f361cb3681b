/**
 * Backend choice: WebGPU → WebGL → WASM → CPU, or one forced by the caller. Each backend package
 * is loaded with a dynamic import() so that a browser only downloads the one it ends up using
 * (the bundler splits them into separate chunks).
 */
import * as tf from '@tensorflow/tfjs-core';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendChoice = BackendName | 'auto';

export const BACKEND_PREFERENCE: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export interface BackendOptions {
  /**
   * Where tfjs-backend-wasm*.wasm are served: a URL prefix ending in '/', or a map from file
   * name to URL (what the site passes: the bundler's hashed, same-origin asset URLs).
   * Without it tfjs would look next to the script.
   */
  wasmPaths?: WasmPaths;
}

export type WasmPaths = string | Partial<Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm', string>>;

let wasmPathsSet: WasmPaths | undefined;

/** Imports the package that registers `name`; resolves false when this environment cannot host it. */
async function registerBackend(name: BackendName, options: BackendOptions): Promise<boolean> {
  switch (name) {
    case 'webgpu': {
      const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined)?.gpu;
      if (!gpu || (await gpu.requestAdapter().catch(() => null)) === null) return false;
      await import('@tensorflow/tfjs-backend-webgpu');
      return true;
    }
    case 'webgl':
      if (typeof document === 'undefined' && typeof OffscreenCanvas === 'undefined') return false;
      await import('@tensorflow/tfjs-backend-webgl');
      return true;
    case 'wasm': {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      // setWasmPaths only takes effect before the backend initialises, so set it once, first.
      if (options.wasmPaths !== undefined && wasmPathsSet === undefined) {
        wasm.setWasmPaths(options.wasmPaths);
        wasmPathsSet = options.wasmPaths;
      }
      return true;
    }
    case 'cpu':
      await import('@tensorflow/tfjs-backend-cpu');
      return true;
  }
}

/** Makes `name` the active tfjs backend; resolves false (never throws) when it cannot start. */
export async function activateBackend(name: BackendName, options: BackendOptions = {}): Promise<boolean> {
  if (tf.getBackend() === name && tf.findBackend(name) !== null) return true;
  try {
    if (!(await registerBackend(name, options))) return false;
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

/**
 * Backend switches are serialised: two demos on one page starting at once would otherwise both
 * call tf.setBackend while the first is still initialising, and the second would fail.
 */
let switching: Promise<unknown> = Promise.resolve();

/** Picks and activates the best backend; returns the one actually running. */
export function selectBackend(choice: BackendChoice = 'auto', options: BackendOptions = {}): Promise<BackendName> {
  const next = switching.then(() => selectBackendNow(choice, options));
  switching = next.catch(() => undefined);
  return next;
}

async function selectBackendNow(choice: BackendChoice, options: BackendOptions): Promise<BackendName> {
  const candidates = choice === 'auto' ? BACKEND_PREFERENCE : [choice];
  for (const name of candidates) {
    if (await activateBackend(name, options)) return name;
  }
  throw new Error(
    choice === 'auto'
      ? '사용할 수 있는 tfjs 백엔드가 없습니다. / No tfjs backend could be started.'
      : `'${choice}' 백엔드를 시작할 수 없습니다. / The '${choice}' backend could not be started here.`,
  );
}
