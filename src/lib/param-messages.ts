// What the reader is told about a demo parameter: the allowed values (the guide's tables and the
// build's hints) and the Korean-then-English message for a value that cannot be used.

export interface NumberSpec {
  kind: 'integer' | 'number';
  default: number | undefined;
  min: number;
  max: number;
  /** True when `min` itself is not allowed (lr must be > 0). */
  minExclusive?: boolean;
  /** Korean label for controls and messages. */
  label: string;
}
export interface ChoiceSpec<T extends string> {
  kind: 'choice';
  default: T;
  choices: readonly T[];
  label: string;
}
export interface FlagSpec {
  kind: 'flag';
  default: false;
  label: string;
}
export interface TextSpec {
  kind: 'text';
  default: undefined;
  maxLength: number;
  label: string;
}
export type ParamSpec = NumberSpec | ChoiceSpec<string> | FlagSpec | TextSpec;

/** 1000000 reads better as 1e6; other numbers (e.g. the seed's 4294967295) are written out. */
const formatNumber = (value: number) => {
  const exponent = Math.log10(Math.abs(value));
  return Number.isInteger(exponent) && exponent >= 5 ? `1e${exponent}` : String(value);
};

/** "10 이상 1000000 이하의 정수 / an integer from 10 to 1000000" and the like. */
export function describeAllowed(spec: ParamSpec): { ko: string; en: string } {
  if (spec.kind === 'choice') return { ko: `${spec.choices.join(', ')} 중 하나`, en: `one of ${spec.choices.join(', ')}` };
  if (spec.kind === 'flag') return { ko: '있거나 없음 (값 없이, 또는 1/true/0/false)', en: 'present or absent (or 1/true/0/false)' };
  if (spec.kind === 'text') return { ko: `${spec.maxLength}자 이하의 주소(URL)`, en: `a URL of at most ${spec.maxLength} characters` };
  const lower = `${formatNumber(spec.min)} ${spec.minExclusive ? '초과' : '이상'}`;
  const kindKo = spec.kind === 'integer' ? '정수' : '수';
  const kindEn = spec.kind === 'integer' ? 'an integer' : 'a number';
  return {
    ko: `${lower} ${formatNumber(spec.max)} 이하의 ${kindKo}`,
    en: `${kindEn} ${spec.minExclusive ? 'greater than' : 'from'} ${formatNumber(spec.min)} ${spec.minExclusive ? 'and at most' : 'to'} ${formatNumber(spec.max)}`,
  };
}

/** "학습률 lr(lr) 값 "-1"은(는) 쓸 수 없습니다: … / Invalid lr "-1": expected …" (long values cut at 40 characters). */
export function invalidValueMessage(name: string, spec: ParamSpec, text: string): string {
  const allowed = describeAllowed(spec);
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `${spec.label}(${name}) 값 "${shown}"은(는) 쓸 수 없습니다: ${allowed.ko}여야 합니다. / Invalid ${name} "${shown}": expected ${allowed.en}.`;
}
