// Prop tables for the authoring guide. Each demo in the demo list (elements/demo-list.ts) gets
// rows for the parameters it takes, from the parameter table itself (lib/params.ts), so the guide
// always states the ranges the build and the elements enforce; the other components' rows come
// from components/support/author-props.ts, where their Props are typed.
import { demoParamSpecs, type DemoParamName } from '../lib/params';
import { describeAllowed } from '../lib/param-messages';
import { demos } from '../elements/demo-list';
import { FRAME_PROP_DOCS, ownPropDocsOf } from '../../components/support/demo-params';
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

/** Each demo component's rows: its parameters, its own props, then the frame's. */
export const demoPropRows: Record<string, PropRow[]> = Object.fromEntries(
  demos.map((demo) => [demo.component, [...parameterRows(demo.params), ...docRows(ownPropDocsOf(demo.component)), ...frameRows]]),
);

/** The other components' rows, from the same docs their `Props` types are derived from. */
export const authorPropRows: Record<string, PropRow[]> = Object.fromEntries(
  Object.entries(authorPropDocs).map(([component, docs]) => [component, docRows(docs)]),
);
