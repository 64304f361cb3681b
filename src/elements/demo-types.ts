// The types a demo element and its controllers share. Kept apart from demo-element.ts so a
// controller chunk imports only types from the small page-load module.
import type { Params } from '../lib/divergence';
import type { DemoParams } from '../lib/params';
import type { DemoElement } from './demo-element';

export type { DemoProgressDetail } from '../lib/demo-events';

export type DemoStatus = 'idle' | 'loading' | 'training' | 'paused' | 'done' | 'error';

/** The live half of a demo, created once its code has loaded. */
export interface DemoController {
  start(): Promise<void>;
  pause(): void;
  reset(): Promise<void>;
  /** Called when the demo leaves or re-enters the screen, or the tab is hidden or shown. */
  setVisible(visible: boolean): void;
  dispose(): void;
}

export type ControllerFactory = (host: DemoElement, params: DemoParams) => DemoController;

/** What a demo trains on: the simulated data with its true parameters, or the reader's own (truth unknown). */
export interface DemoScenario {
  data: { x: ArrayLike<number>; y: ArrayLike<number>; v?: ArrayLike<number> };
  truth: Params | null;
  init: Params;
  /** Where the reader's own data came from (a file name, "붙여넣기", the data-src URL); null when simulated. */
  userSource: string | null;
}
