// Prop tables for the authoring guide. Demo props come from the parameter table itself
// (lib/params.ts), so the guide always states the ranges the build and the elements enforce.
import { demoParamSpecs, type DemoParamName } from '../lib/params';
import { describeAllowed } from '../lib/param-messages';
import {
  COMPARE_DEMO_PARAMS, DATA_DEMO_PARAMS, FRAME_PROP_DOCS, TRAIN_DEMO_OWN_PROP_DOCS, TRAIN_DEMO_PARAMS, type PropDoc,
} from '../../components/support/demo-params';

/** One row of a props table. */
export interface PropRow {
  name: string;
  defaultValue: string;
  allowed: string;
  description: string;
}

const docRows = (docs: Record<string, PropDoc>): PropRow[] => Object.entries(docs).map(([name, doc]) => ({ name, ...doc }));
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
  TorchCell: [
    { name: 'code', defaultValue: '—', allowed: '파이썬 코드', description: '셀의 코드 (편집·실행 가능, 되돌리기로 원래 코드). ```python run 블록으로 쓰면 필요 없습니다' },
    { name: 'note', defaultValue: '—', allowed: '문자열', description: '셀 위의 안내 문장' },
  ],
  BarChart: [
    { name: 'bars', defaultValue: '(필수)', allowed: '{ label, value, note?, highlight? }[]', description: '막대들 (value ≥ 0)' },
    { name: 'valueLabel', defaultValue: '(필수)', allowed: '문자열', description: '값 축의 이름' },
    { name: 'unit', defaultValue: "''", allowed: '문자열', description: '값 뒤의 단위' },
    { name: 'caption', defaultValue: '(필수)', allowed: '문자열', description: '그림 설명' },
  ],
  SeededTorchRun: [
    { name: 'part', defaultValue: '(필수)', allowed: 'bce, mse 중 하나', description: 'BCE 학습 셀, 또는 그 뒤에 이어 실행하는 MSE 숙제 셀' },
    { name: 'seed', defaultValue: '43052', allowed: 'lecture.json에 있는 시드 (43052, 7, 0, 2022)', description: 'torch.manual_seed의 시드' },
    { name: 'n', defaultValue: '2000', allowed: '2000 또는 100', description: '데이터 개수' },
  ],
};
