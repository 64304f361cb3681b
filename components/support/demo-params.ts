// Which parameters (lib/params.ts) each demo component takes as props, in the order the
// authoring guide lists them, and the TypeScript types of those props, derived from the same
// table. Attributes of the elements and the embed URL query use the same names.
import type { DemoParamName, demoParamSpecs } from '../../src/lib/params';
import { optional, type PropsOf } from './prop-docs';

export const DATA_DEMO_PARAMS = ['n', 'w0', 'w1', 'seed'] as const;
export const TRAIN_DEMO_PARAMS = ['n', 'w0', 'w1', 'seed', 'lr', 'epochs', 'loss', 'init-w0', 'init-w1', 'backend', 'speed', 'autoplay', 'data-src'] as const;
export const COMPARE_DEMO_PARAMS = ['n', 'w0', 'w1', 'seed', 'lr', 'epochs', 'init-w0', 'init-w1', 'backend', 'speed', 'mse-start', 'autoplay', 'data-src'] as const;

/** Props every demo component takes besides its parameters (the guide's rows come from here). */
export const FRAME_PROP_DOCS = {
  title: optional<string>({ defaultValue: '데모별 제목', allowed: '문자열', description: '그림 위 제목' }),
  caption: optional<string>({ defaultValue: '데모별 설명', allowed: '문자열', description: '그림 아래 설명' }),
  id: optional<string>({ defaultValue: '자동 (예: logistic-train-1)', allowed: '문자열', description: '공유 링크가 가리키는 데모 (#id)' }),
};

/** <LogisticTrainDemo>'s own prop: which state the build-time figure shows. */
export const TRAIN_DEMO_OWN_PROP_DOCS = {
  show: optional<'start' | 'end'>({ defaultValue: 'start', allowed: 'start, end 중 하나', description: '정적 그림: 학습 전 또는 학습 후' }),
};

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
