/** Which runner implements a (mode, backend) pair. */
import { createAutodiffRunner } from './autodiff';
import type { BackendName } from './backends';
import { createFusedHostRunner } from './fused-cpu';
import { createFusedWebGLRunner } from './fused-webgl';
import { createFusedWebGPURunner } from './fused-webgpu';
import type { EpochRunner, RunnerSetup } from './runner';

export type TrainerMode = 'fused' | 'autodiff';

export async function createRunner(mode: TrainerMode, backend: BackendName, setup: RunnerSetup): Promise<EpochRunner> {
  if (mode === 'autodiff') return createAutodiffRunner(setup);
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
