// The controls the training demos share beyond plain number fields: the optimizer, and the
// starting points the source lecture (05wk-1) compares. Each writes the demo's attributes, so a
// choice is a share link and an embed parameter like any other.
import type { DemoParams } from '../lib/params';
import type { DemoHost } from './demo-host';
import { formatParam, selectField } from './ui';

export function optimizerField(host: DemoHost, params: DemoParams): HTMLLabelElement {
  return selectField(
    '옵티마이저',
    [{ value: 'sgd', label: 'SGD' }, { value: 'adam', label: 'Adam' }],
    params.optimizer,
    (value) => host.setAttribute('optimizer', value),
    'optimizer',
  );
}

/** 05wk-1's 시각화 1–4 start from a good and a bad point; the lecture's own start is the seed's nn.Linear. */
export const START_PRESETS = [
  { name: 'good', label: '좋은 출발점 (−3, −1)', w0: -3, w1: -1 },
  { name: 'bad', label: '나쁜 출발점 (−10, −1)', w0: -10, w1: -1 },
] as const;

const pointText = (value: number | undefined) => (value === undefined ? '무작위' : formatParam(value));

/** Where training starts: the seed's nn.Linear(1, 1), one of the presets, or (shown only then) the author's own point. */
export function startPresetField(host: DemoHost, params: DemoParams): HTMLLabelElement {
  const { initW0, initW1 } = params;
  const preset = START_PRESETS.find((p) => p.w0 === initW0 && p.w1 === initW1);
  const custom = initW0 !== undefined || initW1 !== undefined;
  const current = preset?.name ?? (custom ? 'custom' : 'seed');
  const options = [
    { value: 'seed', label: '시드의 nn.Linear (무작위)' },
    ...START_PRESETS.map((p) => ({ value: p.name, label: p.label })),
    ...(current === 'custom' ? [{ value: 'custom', label: `지정한 점 (${pointText(initW0)}, ${pointText(initW1)})` }] : []),
  ];
  return selectField('출발점 (ŵ0, ŵ1)', options, current, (value) => {
    const chosen = START_PRESETS.find((p) => p.name === value);
    if (chosen) {
      host.setAttribute('init-w0', String(chosen.w0));
      host.setAttribute('init-w1', String(chosen.w1));
    } else if (value === 'seed') {
      host.removeAttribute('init-w0');
      host.removeAttribute('init-w1');
    }
  }, 'init-w0');
}
