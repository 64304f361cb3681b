// The one table of demo parameters (TensorFlow Playground's state.ts, for our demos).
// Element attributes, URL queries of embed pages, MDX props and the controls all read it, so a
// new parameter is one entry here. Values arrive as strings and leave validated and typed.

interface NumberSpec {
  kind: 'integer' | 'number';
  default: number | undefined;
  min: number;
  max: number;
  /** True when `min` itself is not allowed (lr must be > 0). */
  minExclusive?: boolean;
  /** Korean label for controls and messages. */
  label: string;
}
interface ChoiceSpec<T extends string> {
  kind: 'choice';
  default: T;
  choices: readonly T[];
  label: string;
}
interface FlagSpec {
  kind: 'flag';
  default: false;
  label: string;
}
interface TextSpec {
  kind: 'text';
  default: undefined;
  maxLength: number;
  label: string;
}
type ParamSpec = NumberSpec | ChoiceSpec<string> | FlagSpec | TextSpec;

export const LOSS_NAMES = ['bce', 'mse'] as const;
export const BACKEND_CHOICES = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;
export const MSE_START_CHOICES = ['same', 'continue'] as const;

/** The lecture's defaults: X = linspace(-1, 1, 2000), w0 = -1, w1 = 5, SGD lr 0.05, 10000 epochs. */
export const demoParamSpecs = {
  /** Number of samples on linspace(-1, 1, n). */
  n: { kind: 'integer', default: 2000, min: 10, max: 1_000_000, label: '데이터 개수 n' },
  /** True intercept of the simulated data. */
  w0: { kind: 'number', default: -1, min: -20, max: 20, label: '참값 w0' },
  /** True slope of the simulated data. */
  w1: { kind: 'number', default: 5, min: -20, max: 20, label: '참값 w1' },
  /** Seed of the data and of the random start; 43052 is the seed the course uses. */
  seed: { kind: 'integer', default: 43052, min: 0, max: 4_294_967_295, label: '시드' },
  /** SGD learning rate; the top of the range is high on purpose, so students can watch training diverge. */
  lr: { kind: 'number', default: 0.05, min: 0, minExclusive: true, max: 10_000, label: '학습률 lr' },
  /** Full-batch epochs to train. */
  epochs: { kind: 'integer', default: 10_000, min: 1, max: 1_000_000, label: '에폭 수' },
  /** Loss function: binary cross-entropy (the lecture) or mean squared error (the homework). */
  loss: { kind: 'choice', default: 'bce', choices: LOSS_NAMES, label: '손실함수' },
  /** Starting intercept; absent means PyTorch-like U(-1, 1) from the seed. */
  'init-w0': { kind: 'number', default: undefined, min: -20, max: 20, label: '초기 ŵ0' },
  /** Starting slope; absent means PyTorch-like U(-1, 1) from the seed. */
  'init-w1': { kind: 'number', default: undefined, min: -20, max: 20, label: '초기 ŵ1' },
  /** tfjs backend; 'auto' tries webgpu, webgl, wasm, cpu in that order. */
  backend: { kind: 'choice', default: 'auto', choices: BACKEND_CHOICES, label: '백엔드' },
  /** Epochs per animation frame (training speed on screen); absent means as fast as the frame budget allows. */
  speed: { kind: 'integer', default: undefined, min: 1, max: 100_000, label: '속도 (에폭/프레임)' },
  /** Compare demo: MSE starts where BCE starts ('same') or where BCE ended ('continue', as the seed's homework did). */
  'mse-start': { kind: 'choice', default: 'same', choices: MSE_START_CHOICES, label: 'MSE 시작점' },
  /** Start training as soon as the demo is visible. */
  autoplay: { kind: 'flag', default: false, label: '자동 재생' },
  /** A CSV of x,y rows (y in {0, 1}) to train on instead of the simulated data: a URL, same-origin or CORS. */
  'data-src': { kind: 'text', default: undefined, maxLength: 2000, label: '데이터 CSV 주소' },
} as const satisfies Record<string, ParamSpec>;

export type DemoParamName = keyof typeof demoParamSpecs;

export interface DemoParams {
  n: number;
  w0: number;
  w1: number;
  seed: number;
  lr: number;
  epochs: number;
  loss: (typeof LOSS_NAMES)[number];
  initW0: number | undefined;
  initW1: number | undefined;
  backend: (typeof BACKEND_CHOICES)[number];
  speed: number | undefined;
  mseStart: (typeof MSE_START_CHOICES)[number];
  autoplay: boolean;
  dataSrc: string | undefined;
}

export interface ParamError {
  name: DemoParamName;
  value: string;
  /** Korean first, then English. */
  message: string;
}

export type ParseResult = { ok: true; params: DemoParams } | { ok: false; errors: ParamError[] };

/** Reads a raw value (attribute, query or prop as string); null when it is absent. */
export type RawParamReader = (name: DemoParamName) => string | null;

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

/** Validates one raw value (a control's text, an attribute); absent (null) means its default. */
export function parseParam(name: DemoParamName, raw: string | null): { value: unknown } | { error: ParamError } {
  const spec: ParamSpec = demoParamSpecs[name];
  if (raw === null) return { value: spec.default };
  const text = raw.trim();
  const fail = (): { error: ParamError } => {
    const allowed = describeAllowed(spec);
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return {
      error: {
        name,
        value: raw,
        message: `${spec.label}(${name}) 값 "${shown}"은(는) 쓸 수 없습니다: ${allowed.ko}여야 합니다. / Invalid ${name} "${shown}": expected ${allowed.en}.`,
      },
    };
  };
  if (spec.kind === 'flag') {
    if (['', '1', 'true', name].includes(text.toLowerCase())) return { value: true };
    if (['0', 'false'].includes(text.toLowerCase())) return { value: false };
    return fail();
  }
  if (spec.kind === 'text') {
    // eslint-disable-next-line no-control-regex
    return text !== '' && text.length <= spec.maxLength && !/[\u0000-\u001f]/.test(text) ? { value: text } : fail();
  }
  if (spec.kind === 'choice') {
    const lower = text.toLowerCase();
    return spec.choices.includes(lower) ? { value: lower } : fail();
  }
  // Number(...) accepts '', '0x10' and ' 1e3 '; only plain decimal notation is a demo parameter.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return fail();
  const value = Number(text);
  if (!Number.isFinite(value)) return fail();
  if (spec.kind === 'integer' && !Number.isInteger(value)) return fail();
  const tooLow = spec.minExclusive ? value <= spec.min : value < spec.min;
  if (tooLow || value > spec.max) return fail();
  return { value };
}

/** Validates every parameter; collects all errors so the reader can fix them at once. */
export function parseDemoParams(read: RawParamReader): ParseResult {
  const values: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const name of Object.keys(demoParamSpecs) as DemoParamName[]) {
    const parsed = parseParam(name, read(name));
    if ('error' in parsed) errors.push(parsed.error);
    else values[name] = parsed.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    params: {
      n: values.n as number,
      w0: values.w0 as number,
      w1: values.w1 as number,
      seed: values.seed as number,
      lr: values.lr as number,
      epochs: values.epochs as number,
      loss: values.loss as DemoParams['loss'],
      initW0: values['init-w0'] as number | undefined,
      initW1: values['init-w1'] as number | undefined,
      backend: values.backend as DemoParams['backend'],
      speed: values.speed as number | undefined,
      mseStart: values['mse-start'] as DemoParams['mseStart'],
      autoplay: values.autoplay as boolean,
      dataSrc: values['data-src'] as string | undefined,
    },
  };
}

/** Reader over a plain record (MDX props, tests); numbers and booleans are stringified. */
export function readFromRecord(record: Record<string, unknown>): RawParamReader {
  return (name) => {
    const value = record[name];
    if (value === undefined || value === null || value === false) return null;
    return value === true ? '' : String(value);
  };
}

/** Reader over URLSearchParams (embed pages): `?autoplay` alone counts as present. */
export function readFromQuery(query: URLSearchParams): RawParamReader {
  return (name) => query.get(name);
}

/** The non-default parameters as a query string, for share links: '?loss=mse&lr=0.1'. */
export function toQueryString(params: DemoParams): string {
  const query = new URLSearchParams();
  const byName: Record<DemoParamName, unknown> = {
    n: params.n, w0: params.w0, w1: params.w1, seed: params.seed, lr: params.lr, epochs: params.epochs,
    loss: params.loss, 'init-w0': params.initW0, 'init-w1': params.initW1, backend: params.backend,
    speed: params.speed, 'mse-start': params.mseStart, autoplay: params.autoplay, 'data-src': params.dataSrc,
  };
  for (const name of Object.keys(demoParamSpecs) as DemoParamName[]) {
    const value = byName[name];
    if (value === undefined || value === demoParamSpecs[name].default) continue;
    query.set(name, value === true ? '1' : String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
