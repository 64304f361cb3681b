// The one list of demos. Everything that needs to know which demos exist reads it: the element
// definitions (register.ts, also in the embed bundle), the /embed/<slug>/ iframe pages and the
// embed guide, the authoring guide's prop tables, and the author components (their parameters;
// components/support/demo-params.ts). It loads with the element definitions when a demo nears
// the viewport, so it holds only words and one dynamic import per demo: a controller and what it
// draws with (d3, the figures) load when that demo's element is defined.
// tests/unit/demo-list.test.ts checks that each entry has its component, guide example and
// controller; tests/build/demo-list.test.ts that the built site has its pages and tags.
import type { DemoParamName } from '../lib/params';
import type { ControllerFactory } from './demo-host';

export interface DemoEntry {
  /** The custom element (and the embed API): <logistic-train-demo>. */
  readonly tag: `${string}-demo`;
  /** The iframe page /embed/<slug>/, the share links to it, and the demo's ids on a page (logistic-train-2). */
  readonly slug: string;
  /** The iframe page's title. */
  readonly title: string;
  /** components/<component>.astro: validates the MDX props and prints the static figure inside the tag. */
  readonly component: string;
  /** The parameters (src/lib/params.ts) the component takes as props, in the order the guide lists them. */
  readonly params: readonly DemoParamName[];
  /** Imports the demo's controller chunk, demos/<slug>/controller.ts. */
  readonly loadController: () => Promise<{ createController: ControllerFactory }>;
}

/** In the order the embed guide lists them. */
export const demos = [
  {
    tag: 'logistic-data-demo',
    slug: 'logistic-data',
    title: '로지스틱 회귀 데이터',
    component: 'LogisticDataDemo',
    params: ['n', 'w0', 'w1', 'seed'],
    loadController: () => import('./demos/logistic-data/controller'),
  },
  {
    tag: 'logistic-train-demo',
    slug: 'logistic-train',
    title: 'Linear + Sigmoid 학습',
    component: 'LogisticTrainDemo',
    params: ['n', 'w0', 'w1', 'seed', 'lr', 'optimizer', 'epochs', 'loss', 'init-w0', 'init-w1', 'backend', 'speed', 'autoplay', 'data-src'],
    loadController: () => import('./demos/logistic-train/controller'),
  },
  {
    tag: 'loss-compare-demo',
    slug: 'loss-compare',
    title: 'BCE vs MSE 비교',
    component: 'LossCompareDemo',
    params: ['n', 'w0', 'w1', 'seed', 'lr', 'optimizer', 'epochs', 'init-w0', 'init-w1', 'backend', 'speed', 'mse-start', 'autoplay', 'data-src'],
    loadController: () => import('./demos/loss-compare/controller'),
  },
] as const satisfies readonly DemoEntry[];
