/** Which fused runner trains on a backend. */
import type { BackendName } from './backends';
import { createFusedHostRunner } from './fused-cpu';
import { createFusedWebGLRunner } from './fused-webgl';
import { createFusedWebGPURunner } from './fused-webgpu';
import type { EpochRunner, RunnerSetup } from './runner';

export async function createRunner(backend: BackendName, setup: RunnerSetup): Promise<EpochRunner> {
  switch (backend) {
    case 'webgpu':
      return createFusedWebGPURunner(setup);
    case 'webgl':
      return createFusedWebGLRunner(setup);
    case 'wasm':
    case 'cpu':
      return createFusedHostRunner(setup);
  }
}
