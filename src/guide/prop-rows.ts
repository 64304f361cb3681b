// Prop tables for the authoring guide. Demo props come from the parameter table itself
// (lib/params.ts), so the guide always states the ranges the build and the elements enforce;
// the other components' rows come from components/support/author-props.ts, where their Props are typed.
import { demoParamSpecs, type DemoParamName } from '../lib/params';
import { describeAllowed } from '../lib/param-messages';
import { COMPARE_DEMO_PARAMS, DATA_DEMO_PARAMS, FRAME_PROP_DOCS, TRAIN_DEMO_OWN_PROP_DOCS, TRAIN_DEMO_PARAMS } from '../../components/support/demo-params';
import { authorPropDocs } from '../../components/support/author-props';
import type { PropDoc } from '../../components/support/prop-docs';

/** One row of a props table. */
export interface PropRow {
  name: string;
  defaultValue: string;
  allowed: string;
  description: string;
}

const docRows = (docs: Record<string, PropDoc>): PropRow[] =>
  Object.entries(docs).map(([name, { defaultValue, allowed, description }]) => ({ name, defaultValue, allowed, description }));
const frameRows = docRows(FRAME_PROP_DOCS);

function parameterRows(names: readonly DemoParamName[]): PropRow[] {
  return names.map((name) => {
    const spec = demoParamSpecs[name];
    return {
      name,
      defaultValue: spec.default === undefined ? '—' : String(spec.default),
      allowed: describeAllowed(spec).ko,
      description: spec.label,
    };
  });
}

export const demoPropRows: Record<string, PropRow[]> = {
  LogisticDataDemo: [...parameterRows(DATA_DEMO_PARAMS), ...frameRows],
  LogisticTrainDemo: [
    ...parameterRows(TRAIN_DEMO_PARAMS),
    ...docRows(TRAIN_DEMO_OWN_PROP_DOCS),
    ...frameRows,
  ],
  LossCompareDemo: [...parameterRows(COMPARE_DEMO_PARAMS), ...frameRows],
};

/** The other components' rows, from the same docs their `Props` types are derived from. */
export const authorPropRows: Record<string, PropRow[]> = Object.fromEntries(
  Object.entries(authorPropDocs).map(([component, docs]) => [component, docRows(docs)]),
);
