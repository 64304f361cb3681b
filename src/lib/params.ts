// The one table of demo parameters (TensorFlow Playground's state.ts, for our demos).
// Element attributes, URL queries of embed pages, MDX props and the controls all read it, so a
// new parameter is one entry here. Values arrive as strings and leave validated and typed.

import { invalidValueMessage, type ParamSpec } from './param-messages';

export const LOSS_NAMES = ['bce', 'mse'] as const;
export const BACKEND_CHOICES = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;
export const MSE_START_CHOICES = ['same', 'continue'] as const;
export const OPTIMIZER_NAMES = ['sgd', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

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
  /** Learning rate; the top of the range is high on purpose, so students can watch training diverge. */
  lr: { kind: 'number', default: 0.05, min: 0, minExclusive: true, max: 10_000, label: '학습률 lr' },
  /** torch.optim.SGD (the lecture) or torch.optim.Adam (05wk-1's homework), PyTorch's defaults but lr. */
  optimizer: { kind: 'choice', default: 'sgd', choices: OPTIMIZER_NAMES, label: '옵티마이저' },
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

/** 'init-w0' -> 'initW0': the spec's attribute names as TypeScript property names. */
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

/** The validated value of a parameter: a choice, a flag, a text or a number; undefined where the default is. */
type ParamValue<Spec> = Spec extends { kind: 'choice'; choices: readonly (infer Choice)[] }
  ? Choice
  : Spec extends { kind: 'flag' }
    ? boolean
    : (Spec extends { kind: 'text' } ? string : number) | (Spec extends { default: undefined } ? undefined : never);

/** The validated parameters, derived from the table: `init-w0: { kind: 'number', default: undefined }` is `initW0: number | undefined`. */
export type DemoParams = { [Name in DemoParamName as CamelCase<Name>]: ParamValue<(typeof demoParamSpecs)[Name]> };

/** The property of DemoParams that holds a parameter ('mse-start' -> 'mseStart'). */
export const paramKey = <Name extends DemoParamName>(name: Name) =>
  name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<Name>;

export interface ParamError {
  name: DemoParamName;
  value: string;
  /** Korean first, then English. */
  message: string;
}

export type ParseResult = { ok: true; params: DemoParams } | { ok: false; errors: ParamError[] };

/** Reads a raw value (attribute, query or prop as string); null when it is absent. */
export type RawParamReader = (name: DemoParamName) => string | null;

/** Validates one raw value (a control's text, an attribute); absent (null) means its default. */
export function parseParam(name: DemoParamName, raw: string | null): { value: unknown } | { error: ParamError } {
  const spec: ParamSpec = demoParamSpecs[name];
  if (raw === null) return { value: spec.default };
  const text = raw.trim();
  const fail = (): { error: ParamError } => ({ error: { name, value: raw, message: invalidValueMessage(name, spec, text) } });
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
  const params = Object.fromEntries(Object.entries(values).map(([name, value]) => [paramKey(name as DemoParamName), value]));
  return { ok: true, params: params as DemoParams };
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
  for (const name of Object.keys(demoParamSpecs) as DemoParamName[]) {
    const value: unknown = params[paramKey(name)];
    if (value === undefined || value === demoParamSpecs[name].default) continue;
    query.set(name, value === true ? '1' : String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
