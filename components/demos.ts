// The author component of each demo in the demo list (src/elements/demo-list.ts names it), for the
// /embed/<slug>/ pages and the lectures. Keyed by the list's names, so `astro check` fails when the
// list names a component missing here, or this names one the list lacks.
import type { DemoComponentName } from './support/demo-params';
import LogisticDataDemo from './LogisticDataDemo.astro';
import LogisticTrainDemo from './LogisticTrainDemo.astro';
import LossCompareDemo from './LossCompareDemo.astro';

export const demoComponents = { LogisticDataDemo, LogisticTrainDemo, LossCompareDemo } satisfies Record<DemoComponentName, unknown>;
