// Browser entry of the engine harness: exposes runCase for Playwright (e2e and bench).
import { runCase } from './engine-case';

declare global {
  interface Window {
    runCase: typeof runCase;
    webgpuAdapter: () => Promise<string | null>;
  }
}

window.runCase = (config) => runCase({ wasmPaths: new URL('./tfjs-wasm/', location.href).href, ...config });
window.webgpuAdapter = async () => {
  const gpu = (navigator as { gpu?: { requestAdapter(): Promise<{ info?: { vendor?: string; architecture?: string } } | null> } }).gpu;
  if (!gpu) return null;
  const adapter = await gpu.requestAdapter().catch(() => null);
  return adapter ? `${adapter.info?.vendor ?? '?'} ${adapter.info?.architecture ?? ''}`.trim() : null;
};
document.body.dataset.ready = 'true';
