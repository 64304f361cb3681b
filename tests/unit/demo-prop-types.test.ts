// The demo components' Props are typed from the parameter table: `npm run check` (astro check,
// the first step of npm test) fails on a wrong prop in an .astro page, and the values the types
// admit are the ones the build-time validator accepts.
import { describe, expect, it } from 'vitest';
import type { DemoParamProps } from '../../components/support/demo-params';
import { parseDemoParams, readFromRecord } from '../../src/lib/params';

const accepted: DemoParamProps<'epochs' | 'lr' | 'loss' | 'backend' | 'autoplay' | 'data-src'>[] = [
  { epochs: 100, lr: 0.1, loss: 'mse', backend: 'wasm', autoplay: true, 'data-src': '/data/points.csv' },
  { epochs: '100', lr: '1e-3', loss: 'bce' },
];

// Each line below must be a type error; if one type-checks, `astro check` reports the unused directive.
// @ts-expect-error epochs is a number, not a word
const wordEpochs: DemoParamProps<'epochs'> = { epochs: 'many' };
// @ts-expect-error loss is one of the table's choices
const unknownLoss: DemoParamProps<'loss'> = { loss: 'hinge' };
// @ts-expect-error a prop that is not one of the component's parameters
const unknownProp: DemoParamProps<'epochs'> = { epoch: 100 };
void unknownProp; // checked by the type system only: components reject unknown props at build time (demo-props.ts)
// @ts-expect-error autoplay is a flag
const textFlag: DemoParamProps<'autoplay'> = { autoplay: 'yes' };

describe('typed demo props', () => {
  it('admit only values the parameter table accepts', () => {
    for (const props of accepted) expect(parseDemoParams(readFromRecord(props)).ok).toBe(true);
  });

  it('reject at build time what the types reject', () => {
    for (const props of [wordEpochs, unknownLoss, textFlag]) expect(parseDemoParams(readFromRecord(props)).ok).toBe(false);
  });
});
