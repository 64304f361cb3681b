// A new demo parameter is one entry in demoParamSpecs: the DemoParams type, the parsed object's
// keys and the share-link query all follow from it. These tests fail if one of them is written
// by hand again and misses a parameter.
import { describe, expect, it } from 'vitest';
import { demoParamSpecs, paramKey, parseDemoParams, readFromQuery, readFromRecord, toQueryString, type DemoParamName, type DemoParams } from '../../src/lib/params';

const names = Object.keys(demoParamSpecs) as DemoParamName[];

/** A valid value other than the default, as an author would write it. */
function nonDefault(name: DemoParamName): string {
  const spec = demoParamSpecs[name];
  if (spec.kind === 'choice') return spec.choices.find((choice) => choice !== spec.default)!;
  if (spec.kind === 'flag') return '1';
  if (spec.kind === 'text') return '/data/points.csv';
  const value = spec.default === undefined ? spec.max : spec.default === spec.max ? spec.max - 1 : spec.max;
  return String(value);
}

// Type-level checks: if one of these lines type-checks, `astro check` reports the unused directive.
const lectureDefaults: DemoParams = { n: 2000, w0: -1, w1: 5, seed: 43052, lr: 0.05, optimizer: 'sgd', epochs: 10000, loss: 'bce', initW0: undefined, initW1: undefined, backend: 'auto', speed: undefined, mseStart: 'same', autoplay: false, dataSrc: undefined };
// @ts-expect-error epochs is a number, not a word
const wordEpochs: DemoParams['epochs'] = 'many';
// @ts-expect-error loss is one of the table's choices
const unknownLoss: DemoParams['loss'] = 'hinge';
// @ts-expect-error a parameter with a default is never undefined
const missingN: DemoParams['n'] = undefined;
// @ts-expect-error the keys are camelCase: 'mse-start' is mseStart
const kebabKey: keyof DemoParams = 'mse-start';
void [wordEpochs, unknownLoss, missingN, kebabKey];

describe('DemoParams derived from demoParamSpecs', () => {
  it('has one camelCase key per spec entry and holds each default', () => {
    const parsed = parseDemoParams(readFromRecord({}));
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    expect(Object.keys(parsed.params).sort()).toEqual(names.map(paramKey).sort());
    expect(paramKey('init-w0')).toBe('initW0');
    expect(paramKey('data-src')).toBe('dataSrc');
    expect(parsed.params).toEqual(lectureDefaults);
  });

  it.each(names)('round-trips %s through parse -> toQueryString -> parse', (name) => {
    const raw = nonDefault(name);
    const parsed = parseDemoParams(readFromRecord({ [name]: raw }));
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    const query = toQueryString(parsed.params);
    expect(query).toBe(`?${new URLSearchParams({ [name]: raw })}`);
    const again = parseDemoParams(readFromQuery(new URLSearchParams(query)));
    expect(again).toEqual(parsed);
    expect(parsed.params[paramKey(name)]).not.toEqual(demoParamSpecs[name].default);
  });
});
