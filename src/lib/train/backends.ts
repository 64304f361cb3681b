/**
 * Backend choice: WebGPU → WebGL → WASM → CPU, or one forced by the caller. Each backend package
 * is loaded with a dynamic import() so that a browser only downloads the one it ends up using
 * (the bundler splits them into separate chunks).
 */
import * as tf from '@tensorflow/tfjs-core';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendChoice = BackendName | 'auto';

const BACKEND_PREFERENCE: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

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

/**
 * Where WebGL cannot render to float32 textures (half-float devices), every SGD update below
 * half-float precision vanishes and training silently stalls: such a WebGL is not used.
 */
const WEBGL_NO_FLOAT32 =
  '이 기기의 WebGL은 float32 텍스처에 그릴 수 없어(half float) 학습이 멈추므로 쓰지 않습니다. / WebGL here cannot render to float32 textures (half float only), so training would stall; not used.';

function webglRendersFloat32(): boolean {
  return tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED');
}

/** Makes `name` the active tfjs backend; resolves false (never throws) when it cannot start. */
export async function activateBackend(name: BackendName, options: BackendOptions = {}): Promise<boolean> {
  return (await tryBackend(name, options)) === null;
}

/** Activates `name`; resolves null on success, else why not (Korean, then English). */
async function tryBackend(name: BackendName, options: BackendOptions): Promise<string | null> {
  const cannot = `'${name}' 백엔드를 시작할 수 없습니다. / The '${name}' backend could not be started here.`;
  if (tf.getBackend() === name && tf.findBackend(name) !== null) return null;
  try {
    if (!(await registerBackend(name, options))) return cannot;
    if (!(await tf.setBackend(name))) return cannot;
    return name === 'webgl' && !webglRendersFloat32() ? WEBGL_NO_FLOAT32 : null;
  } catch {
    return cannot;
  }
}

/** The backend a trainer runs on, and why it was chosen (shown in the demo). */
export interface BackendSelection {
  name: BackendName;
  /** Short Korean reason: "가장 빠름 (측정: …)", "직접 고름", … */
  reason: string;
  /** Backends passed over and why (e.g. WebGL without float32). */
  notices: string[];
}

/** How 'auto' picks among the backends that start: a measurement (probe.ts), or the fixed order. */
export interface AutoPicker {
  /** A choice measured before (e.g. cached in this browser), tried first without starting the others. */
  remembered(): { name: BackendName; reason: string } | null;
  /** Chooses among the backends that started here. */
  pick(available: BackendName[]): Promise<{ name: BackendName; reason: string }>;
}

/**
 * Backend switches are serialised: two demos on one page starting at once would otherwise both
 * call tf.setBackend while the first is still initialising, and the second would fail.
 */
let switching: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const next = switching.then(task);
  switching = next.catch(() => undefined);
  return next;
}

/** Picks and activates the best backend; returns the one actually running. */
export async function selectBackend(choice: BackendChoice = 'auto', options: BackendOptions = {}): Promise<BackendName> {
  return (await chooseBackend(choice, options)).name;
}

/**
 * Activates a backend: the forced one (or a clear error), or for 'auto' the one `pick` chooses
 * among those that start here (default: the first in BACKEND_PREFERENCE).
 */
export function chooseBackend(choice: BackendChoice = 'auto', options: BackendOptions = {}, pick?: AutoPicker): Promise<BackendSelection> {
  return serialised(async () => {
    if (choice !== 'auto') {
      const problem = await tryBackend(choice, options);
      if (problem) throw new Error(problem);
      return { name: choice, reason: '직접 고름 / chosen', notices: [] };
    }
    const remembered = pick?.remembered();
    if (remembered && (await tryBackend(remembered.name, options)) === null) return { ...remembered, notices: [] };
    const notices: string[] = [];
    const available: BackendName[] = [];
    for (const name of BACKEND_PREFERENCE) {
      const problem = await tryBackend(name, options);
      if (problem === null) available.push(name);
      else if (problem === WEBGL_NO_FLOAT32) notices.push(problem);
      // Without a picker the first that starts is used, as before: no need to start the rest.
      if (!pick && available.length > 0) break;
    }
    if (available.length === 0) throw new Error('사용할 수 있는 tfjs 백엔드가 없습니다. / No tfjs backend could be started.');
    const picked = pick ? await pick.pick(available) : { name: available[0], reason: '자동 (기본 순서)' };
    if (tf.getBackend() !== picked.name && !(await tf.setBackend(picked.name))) throw new Error(`'${picked.name}' 백엔드를 시작할 수 없습니다.`);
    return { ...picked, notices };
  });
}
