// The demo components' props besides the parameters, and the TypeScript types of all their props.
// Which parameters (lib/params.ts) each demo component takes comes from the demo list
// (src/elements/demo-list.ts), so the elements, the embed pages and the guide agree with the
// component; attributes of the elements and the embed URL query use the same names.
import { demos } from '../../src/elements/demo-list';
import type { DemoParamName, demoParamSpecs } from '../../src/lib/params';
import { optional, type PropDoc, type PropsOf } from './prop-docs';

/** The demo list's entries, by their author component's name. */
type DemoEntryOf<Name> = Extract<(typeof demos)[number], { component: Name }>;
export type DemoComponentName = (typeof demos)[number]['component'];
/** The parameters a demo component takes as props. */
export type ParamsOf<Name extends DemoComponentName> = DemoEntryOf<Name>['params'][number];

/** A demo component's entry in the demo list (the component names itself, as in its build errors). */
export function demoEntryOf<Name extends DemoComponentName>(component: Name): DemoEntryOf<Name> {
  return demos.find((demo): demo is DemoEntryOf<Name> => demo.component === component)!;
}

/** Props every demo component takes besides its parameters (the guide's rows come from here). */
export const FRAME_PROP_DOCS = {
  title: optional<string>({ defaultValue: '데모별 제목', allowed: '문자열', description: '그림 위 제목' }),
  caption: optional<string>({ defaultValue: '데모별 설명', allowed: '문자열', description: '그림 아래 설명' }),
  id: optional<string>({ defaultValue: '자동 (예: logistic-train-1)', allowed: '문자열', description: '공유 링크가 가리키는 데모 (#id)' }),
};

/** Props a demo component takes besides its parameters and the frame's, by component (the guide's rows come from here). */
export const demoOwnPropDocs = {
  LogisticTrainDemo: {
    show: optional<'start' | 'end'>({ defaultValue: 'start', allowed: 'start, end 중 하나', description: '정적 그림: 학습 전 또는 학습 후' }),
  },
} satisfies { [Name in DemoComponentName]?: Record<string, PropDoc> };

/** A demo component's own props (none for most). */
export function ownPropDocsOf(component: DemoComponentName): Record<string, PropDoc> {
  const byComponent: { [Name in DemoComponentName]?: Record<string, PropDoc> } = demoOwnPropDocs;
  return byComponent[component] ?? {};
}

export interface DemoFrameProps extends PropsOf<typeof FRAME_PROP_DOCS> {
  /** Embed pages only: read the parameters from the page's URL query too. */
  pageQuery?: boolean;
}

/** What a prop may hold for a parameter: one of the choices, a flag, a text, or a number (or its decimal text). */
type PropValue<Spec> = Spec extends { kind: 'choice'; choices: readonly (infer Choice)[] }
  ? Choice
  : Spec extends { kind: 'flag' }
    ? boolean
    : Spec extends { kind: 'text' }
      ? string
      : number | `${number}`;

/** The props for some parameters, typed from the parameter table, so `epochs="many"` fails `astro check`. */
export type DemoParamProps<Names extends DemoParamName> = { [Name in Names]?: PropValue<(typeof demoParamSpecs)[Name]> };
