// <logistic-train-demo>: the lecture's loop, live. Controls, progress with ETA, readouts,
// the fit moving towards the true curve, the loss curve, and CSV downloads.
import { demoParamSpecs, toQueryString, type DemoParams } from '../../../lib/params';
import { toCsv } from '../../../lib/csv';
import { progressDetail } from '../../../lib/demo-events';
import type { TrainerResult } from '../../../lib/train';
import type { ControllerFactory, DemoController, DemoHost } from '../../demo-host';
import { describeResult, statusFromTrainer } from '../../run-status';
import { createTrainingDemo } from '../../training-demo';
import { TrainingPanel } from '../../training-panel';
import { TrainingRun } from '../../training-run';
import { resampleSeed, restoreAuthorSeed } from '../../seed';
import { createSharePanel } from '../../share-panel';
import { createUserDataPanel } from '../../user-data-panel';
import { button, downloadLink, element, formatCount, paramField, selectField } from '../../ui';
import { optimizerField } from '../../training-fields';
import { visibilityHandler } from '../../visibility';

/**
 * A figure placed after the lecture's training loop (show="end") keeps showing the trained fit
 * that the build computed with the lecture's loop on the torch core (PyTorch's float32 numbers), until the reader presses play and watches
 * training from the start. Only while the parameters are still the ones it was computed for.
 */
function showPrecomputedResult(host: DemoHost, panel: TrainingPanel, params: DemoParams): void {
  const precomputed = host.dataset.precomputed;
  if (!precomputed) return;
  const result = JSON.parse(precomputed) as { params: string; epoch: number; loss: number; w0: number; w1: number };
  if (result.params !== toQueryString(params)) return;
  panel.show(result, '빌드 때 미리 학습한 결과 (PyTorch와 같은 float32 계산)', { record: false, now: true });
}

export const createController: ControllerFactory = (host: DemoHost, params: DemoParams): DemoController => {
  const scenario = host.scenario(params);
  const panel = new TrainingPanel(scenario, params.loss, scenario.init, params.epochs, { landscape: false });
  const training = createTrainingDemo(host, params.epochs, () => {
    if (run.state === 'running') run.pause();
    else void play();
  });
  const { status, playButton } = training;
  const run = new TrainingRun(panel, params, {
    onProgress: (detail) => training.reportProgress(detail.epoch, detail),
    onStateChange: (state) => {
      const next = statusFromTrainer(state);
      if (next) host.setStatus(next);
      training.showRunning(state === 'running');
    },
    onFinish: (result) => finish(result),
  });

  const play = () => training.play(() => run.start());

  function finish(result: TrainerResult): void {
    if (result.status === 'cancelled') return;
    if (result.status === 'error') {
      training.reportFailure(result);
      return;
    }
    if (result.epoch < params.epochs) return; // paused
    training.reportDone(describeResult(result), progressDetail(result));
  }

  const setParam = (name: keyof typeof demoParamSpecs) => (value: string) => host.setAttribute(name, value);
  const controls = element('div', { class: 'll-controls', role: 'group', 'aria-label': '학습 조작' }, [
    playButton,
    button('한 에폭', () => void run.step().catch((error) => host.fail('한 에폭을 실행하지 못했습니다. / Step failed.', [String(error)])), {
      title: '한 에폭만 학습 / train one epoch',
    }),
    button('처음으로', () => void controller.reset(), { title: '처음으로 되돌리기 / reset' }),
    selectField('손실함수', [{ value: 'bce', label: 'BCE' }, { value: 'mse', label: 'MSE' }], params.loss, setParam('loss'), 'loss'),
    optimizerField(host, params),
    paramField('lr', params.lr, setParam('lr')),
    paramField('epochs', params.epochs, setParam('epochs')),
    selectField(
      '속도 (에폭/프레임)',
      [{ value: '', label: '최대' }, ...[1, 10, 100, 1000].map((value) => ({ value: String(value), label: String(value) }))],
      params.speed === undefined ? '' : String(params.speed),
      (value) => (value === '' ? host.removeAttribute('speed') : host.setAttribute('speed', value)),
      'speed',
    ),
    button('새 데이터', () => resampleSeed(host, params.seed), { title: '새 데이터 뽑기 (시드 바꾸기) / resample data', 'data-control': 'seed' }),
  ]);
  const downloads = element('p', { class: 'll-downloads' }, [
    downloadLink('데이터 CSV', scenario.userSource ? 'my-data.csv' : `logistic-data-seed${params.seed}.csv`, () =>
      toCsv(scenario.data.v ? { x: scenario.data.x, v: scenario.data.v, y: scenario.data.y } : { x: scenario.data.x, y: scenario.data.y })),
    downloadLink('학습 기록 CSV', `training-${params.loss}-lr${params.lr}.csv`, () => panel.historyCsv()),
  ]);
  host.render(controls, status.root, panel.root, downloads, createUserDataPanel(host, scenario), createSharePanel(host, params, 'Linear(1,1) + Sigmoid 학습 데모'));
  host.setStatus('idle');
  status.announce(`준비됨: ${formatCount(params.epochs)} 에폭, ${params.loss.toUpperCase()}, lr ${params.lr}. ▶ 재생을 누르세요.`);
  showPrecomputedResult(host, panel, params);

  const controller: DemoController = {
    start: play,
    pause: () => run.pause(),
    async reset() {
      await run.reset();
      status.reset();
      host.setStatus('idle');
      restoreAuthorSeed(host);
    },
    setVisible: visibilityHandler([run], params.autoplay, play),
    dispose: () => run.dispose(),
  };
  return controller;
};
