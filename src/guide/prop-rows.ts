// Prop tables for the authoring guide. Demo props come from the parameter table itself
// (lib/params.ts), so the guide always states the ranges the build and the elements enforce.
import { demoParamSpecs, describeAllowed, type DemoParamName } from '../lib/params';
import { COMPARE_DEMO_PARAMS, DATA_DEMO_PARAMS, TRAIN_DEMO_PARAMS } from '../../components/support/demo-params';

/** One row of a props table. */
export interface PropRow {
  name: string;
  defaultValue: string;
  allowed: string;
  description: string;
}

const frameRows: PropRow[] = [
  { name: 'title', defaultValue: '데모별 제목', allowed: '문자열', description: '그림 위 제목' },
  { name: 'caption', defaultValue: '데모별 설명', allowed: '문자열', description: '그림 아래 설명' },
  { name: 'id', defaultValue: '자동 (예: logistic-train-1)', allowed: '문자열', description: '공유 링크가 가리키는 데모 (#id)' },
];

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
    { name: 'show', defaultValue: 'start', allowed: 'start, end 중 하나', description: '정적 그림: 학습 전 또는 학습 후' },
    ...frameRows,
  ],
  LossCompareDemo: [...parameterRows(COMPARE_DEMO_PARAMS), ...frameRows],
};

export const authorPropRows: Record<string, PropRow[]> = {
  Answer: [
    { name: 'summary', defaultValue: '정답 보기', allowed: '문자열', description: '눌러서 펼치는 줄의 글' },
  ],
  Callout: [
    { name: 'kind', defaultValue: '(필수)', allowed: 'memorise/외우세요, homework/숙제, warning/주의, note/참고', description: '상자의 종류' },
    { name: 'title', defaultValue: '종류 이름', allowed: '문자열', description: '상자 제목' },
  ],
  Graphviz: [
    { name: 'gv', defaultValue: '—', allowed: 'DOT 본문', description: "강의의 gv(s)처럼 'digraph G{ rankdir=\"LR\"' + gv + '; }'로 감쌈" },
    { name: 'dot', defaultValue: '—', allowed: 'DOT 전체', description: 'gv와 dot 중 정확히 하나' },
    { name: 'caption', defaultValue: '—', allowed: '문자열', description: '그림 설명' },
    { name: 'alt', defaultValue: 'caption', allowed: '문자열', description: '화면 낭독기용 설명' },
  ],
  BarChart: [
    { name: 'bars', defaultValue: '(필수)', allowed: '{ label, value, note?, highlight? }[]', description: '막대들 (value ≥ 0)' },
    { name: 'valueLabel', defaultValue: '(필수)', allowed: '문자열', description: '값 축의 이름' },
    { name: 'unit', defaultValue: "''", allowed: '문자열', description: '값 뒤의 단위' },
    { name: 'caption', defaultValue: '(필수)', allowed: '문자열', description: '그림 설명' },
  ],
};
