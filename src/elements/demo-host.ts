// The contract between a demo element and its controller. A controller sees its element only as
// a DemoHost, so it depends on what it uses, not on the DemoElement class (demo-element.ts
// implements it); this module imports nothing of the elements', so the two never import each other.
import type { Params } from '../lib/divergence';
import type { DemoProgressDetail } from '../lib/demo-events';
import type { DemoParams } from '../lib/params';

export type DemoStatus = 'idle' | 'loading' | 'training' | 'paused' | 'done' | 'error';

/** What a demo trains on: the simulated data with its true parameters, or the reader's own (truth unknown). */
export interface DemoScenario {
  data: { x: ArrayLike<number>; y: ArrayLike<number>; v?: ArrayLike<number> };
  truth: Params | null;
  init: Params;
  /** Where the reader's own data came from (a file name, "붙여넣기", the data-src URL); null when simulated. */
  userSource: string | null;
}

/**
 * The demo element as its controller sees it. It is the element itself: its attributes are the
 * parameters (a controller sets one, e.g. seed, and the element rebuilds the demo from them).
 */
export interface DemoHost extends HTMLElement {
  /** The demo's iframe page, /embed/<embedSlug>/ (share links). */
  readonly embedSlug: string;
  /** Reflects the status attribute (the embed API's `status`). */
  setStatus(status: DemoStatus): void;
  /** Shows the live demo in place of the static figure. */
  render(...nodes: Node[]): void;
  /** Fires a bubbling, composed CustomEvent so host pages and iframes' parents can follow. */
  emit(type: 'demo-progress' | 'demo-done', detail: DemoProgressDetail): void;
  emit(type: 'demo-error', detail: { message: string }): void;
  /** Replaces the demo with a clear message (Korean, then English), sets status error and fires demo-error. */
  fail(message: string, details?: string[]): void;
  /** The data and starting point for these parameters: the reader's data when there is some. */
  scenario(params: DemoParams): DemoScenario;
  /** Trains on the reader's CSV from now on; returns what is wrong with it (Korean, then English), or null. */
  useData(csv: string, source: string): string | null;
  /** Back to the simulated data. */
  useSimulatedData(): void;
}

/** The live half of a demo, created once its code has loaded. */
export interface DemoController {
  start(): Promise<void>;
  pause(): void;
  reset(): Promise<void>;
  /** Called when the demo leaves or re-enters the screen, or the tab is hidden or shown. */
  setVisible(visible: boolean): void;
  dispose(): void;
}

/** What a controller chunk exports: builds the live demo inside `host` for these parameters. */
export type ControllerFactory = (host: DemoHost, params: DemoParams) => DemoController;
