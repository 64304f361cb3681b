// Browser entry of the engine harness: exposes runCase for Playwright (e2e and bench).
import { runCase } from './engine-case';
import { runEngineJob } from './demo-engine';

declare global {
  interface Window {
    runCase: typeof runCase;
    runEngineJob: typeof runEngineJob;
    webgpuAdapter: () => Promise<string | null>;
  }
}

window.runCase = (config) => runCase({ wasmPaths: new URL('./tfjs-wasm/', location.href).href, ...config });
window.runEngineJob = (job) => runEngineJob({ wasmPaths: new URL('./tfjs-wasm/', location.href).href, ...job });
window.webgpuAdapter = async () => {
  const gpu = (navigator as { gpu?: { requestAdapter(): Promise<{ info?: { vendor?: string; architecture?: string } } | null> } }).gpu;
  if (!gpu) return null;
  const adapter = await gpu.requestAdapter().catch(() => null);
  return adapter ? `${adapter.info?.vendor ?? '?'} ${adapter.info?.architecture ?? ''}`.trim() : null;
};
document.body.dataset.ready = 'true';
