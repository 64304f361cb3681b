// <logistic-data-demo>: the simulated data and the true curve, with new samples on request.
import type { DemoParams } from '../../../lib/params';
import { toCsv } from '../../../lib/csv';
import { prepareScenario } from '../../../lib/scenario';
import { renderFitFigure } from '../../../lib/plot/fit-figure';
import type { ControllerFactory, DemoController, DemoHost } from '../../demo-host';
import { createSharePanel } from '../../share-panel';
import { button, downloadLink, element } from '../../ui';
import { resampleSeed, restoreAuthorSeed } from '../../seed';

export const createController: ControllerFactory = (host: DemoHost, params: DemoParams): DemoController => {
  const { data, truth } = prepareScenario(params);
  const ones = data.y.reduce((total, value) => total + value, 0);
  const figure = element('div', { class: 'll-figure-slot' });
  figure.innerHTML = renderFitFigure({
    x: data.x,
    y: data.y,
    truth,
    label: `산점도: x가 -1에서 1까지 ${params.n}개, y=1인 점 ${ones}개. 빨간 점선은 참 확률 σ(${params.w0} + ${params.w1}x).`,
  });
  const controls = element('div', { class: 'll-controls' }, [
    button('새 데이터 뽑기', () => resampleSeed(host, params.seed), {
      title: '새 데이터 뽑기 (시드 바꾸기) / resample data with a new seed',
      'data-control': 'seed',
    }),
  ]);
  const summary = element('p', { class: 'll-readout' }, [`시드 ${params.seed} · n = ${params.n} · y = 1인 점 ${ones}개`]);
  const downloads = element('p', { class: 'll-downloads' }, [
    downloadLink('데이터 CSV 내려받기', `logistic-data-seed${params.seed}.csv`, () => toCsv({ x: data.x, v: data.v, y: data.y })),
  ]);
  host.render(controls, figure, summary, downloads, createSharePanel(host, params, '로지스틱 시뮬레이션 데이터'));
  host.setStatus('done');

  return {
    async start() {},
    pause() {},
    async reset() {
      restoreAuthorSeed(host);
    },
    setVisible() {},
    dispose() {},
  };
};
