// Validates a demo component's MDX props with the same table the elements use (lib/params),
// so a typo in a lecture fails the build instead of showing an error box to students.
import { demoParamSpecs, parseDemoParams, readFromRecord, type DemoParams } from '../../src/lib/params';
import { describeAllowed } from '../../src/lib/param-messages';
import { authoringError } from './authoring-error';
import { FRAME_PROP_DOCS, ownPropDocsOf, type DemoComponentName } from './demo-params';

interface RenderContext {
  locals: App.Locals;
  url: URL;
}

/** Props every demo component takes besides the parameters (pageQuery: read the URL query, embed pages). */
const FRAME_PROPS = [...Object.keys(FRAME_PROP_DOCS), 'pageQuery'];

export interface ValidatedDemoProps {
  params: DemoParams;
  /** The parameters the author gave, as element attributes (the element re-validates them). */
  attributes: Record<string, string>;
}

/** `demo` is the component's entry in the demo list: its name and the parameters it takes. */
export function validateDemoProps(
  context: RenderContext,
  demo: { component: DemoComponentName; params: readonly (keyof typeof demoParamSpecs)[] },
  componentProps: object,
): ValidatedDemoProps {
  const { component, params: allowedParams } = demo;
  const props = componentProps as Record<string, unknown>;
  const allowed = new Set<string>([...allowedParams, ...FRAME_PROPS, ...Object.keys(ownPropDocsOf(component))]);
  const unknown = Object.keys(props).filter((name) => !allowed.has(name));
  if (unknown.length > 0) {
    throw authoringError(
      context,
      component,
      `알 수 없는 prop: ${unknown.join(', ')} / unknown prop(s): ${unknown.join(', ')}.`,
      `Allowed props: ${[...allowed].join(', ')}.`,
    );
  }
  const given = Object.fromEntries(allowedParams.filter((name) => props[name] !== undefined).map((name) => [name, props[name]]));
  const parsed = parseDemoParams(readFromRecord(given));
  if (!parsed.ok) {
    const [first] = parsed.errors;
    throw authoringError(
      context,
      component,
      parsed.errors.map((error) => `prop ${error.name}: ${error.message}`).join('\n'),
      `Allowed values of ${first.name}: ${describeAllowed(demoParamSpecs[first.name]).en}.`,
    );
  }
  const attributes: Record<string, string> = Object.fromEntries(
    Object.entries(given).map(([name, value]) => [name, value === true ? '' : String(value)]),
  );
  if (props.pageQuery) attributes['data-page-query'] = '';
  return { params: parsed.params, attributes };
}
