// The props of the components that are not demos (the demos' come from the parameter table, see
// demo-params.ts). Each component's `Props` and its rows in the authoring guide come from here.
import { optional, required } from './prop-docs';

export const answerProps = {
  summary: optional<string>({ defaultValue: '정답 보기', allowed: '문자열', description: '눌러서 펼치는 줄의 글' }),
};

/** The kinds of aside; authors may write the Korean label instead: <Callout kind="외우세요">. */
export const CALLOUT_KINDS = {
  memorise: { label: '외우세요', icon: '★' },
  homework: { label: '숙제', icon: '✎' },
  warning: { label: '주의', icon: '!' },
  note: { label: '참고', icon: 'i' },
} as const;
export type CalloutKind = keyof typeof CALLOUT_KINDS;
type CalloutLabel = (typeof CALLOUT_KINDS)[CalloutKind]['label'];

export const calloutProps = {
  kind: required<CalloutKind | CalloutLabel>({
    allowed: Object.entries(CALLOUT_KINDS).map(([kind, { label }]) => `${kind}/${label}`).join(', '),
    description: '상자의 종류',
  }),
  title: optional<string>({ defaultValue: '종류 이름', allowed: '문자열', description: '상자 제목' }),
};

export const graphvizProps = {
  gv: optional<string>({ defaultValue: '—', allowed: 'DOT 본문', description: "강의의 gv(s)처럼 'digraph G{ rankdir=\"LR\"' + gv + '; }'로 감쌈" }),
  dot: optional<string>({ defaultValue: '—', allowed: 'DOT 전체', description: 'gv와 dot 중 정확히 하나' }),
  caption: optional<string>({ defaultValue: '—', allowed: '문자열', description: '그림 설명' }),
  alt: optional<string>({ defaultValue: 'caption', allowed: '문자열', description: '화면 낭독기용 설명' }),
};

export const runValueProps = {
  run: required<string>({ allowed: '"강의/실행" (src/data/runs/강의.json의 실행 이름)', description: 'PyTorch로 돌린 실행 (scripts/lecture-runs.py)' }),
  of: optional<string>({ defaultValue: '실행의 결과 전체', allowed: '점으로 이은 필드 경로', description: '수 하나, 또는 w0·w1을 가진 점이면 "(w0, w1)"' }),
  digits: optional<number>({ defaultValue: '4', allowed: '0 이상의 정수', description: '소수점 아래 자릿수 (파이썬처럼 짝수 쪽 반올림)' }),
};

export const torchCellProps = {
  code: optional<string>({ defaultValue: '—', allowed: '파이썬 코드', description: '셀의 코드 (편집·실행 가능, 되돌리기로 원래 코드). ```python run 블록으로 쓰면 필요 없습니다' }),
  note: optional<string>({ defaultValue: '—', allowed: '문자열', description: '셀 위의 안내 문장' }),
};

export interface Bar {
  label: string;
  value: number;
  /** Second line under the label, e.g. the team name. */
  note?: string;
  highlight?: boolean;
}

export const barChartProps = {
  bars: required<Bar[]>({ allowed: '{ label, value, note?, highlight? }[]', description: '막대들 (value ≥ 0)' }),
  valueLabel: required<string>({ allowed: '문자열', description: '값 축의 이름' }),
  unit: optional<string>({ defaultValue: "''", allowed: '문자열', description: '값 뒤의 단위' }),
  caption: required<string>({ allowed: '문자열', description: '그림 설명' }),
};

export const seededTorchRunProps = {
  part: required<'bce' | 'mse'>({ allowed: 'bce, mse 중 하나', description: 'BCE 학습 셀, 또는 그 뒤에 이어 실행하는 MSE 숙제 셀' }),
  seed: optional<number>({ defaultValue: '43052', allowed: 'lecture.json에 있는 시드 (43052, 7, 0, 2022)', description: 'torch.manual_seed의 시드' }),
  n: optional<number>({ defaultValue: '2000', allowed: '2000 또는 100', description: '데이터 개수' }),
};

/** Every non-demo component's props, by component name (the guide's tables). */
export const authorPropDocs = {
  Answer: answerProps,
  Callout: calloutProps,
  Graphviz: graphvizProps,
  TorchCell: torchCellProps,
  BarChart: barChartProps,
  SeededTorchRun: seededTorchRunProps,
  RunValue: runValueProps,
};
