// <loss-compare-demo>: the homework. BCE and MSE from the same data and start (or MSE
// continuing from the BCE result, as the seed did), each with its loss landscape and SGD path.
import type { DemoParams } from '../lib/params';
import { prepareScenario } from '../lib/scenario';
import type { TrainerResult } from '../lib/train';
import type { ControllerFactory, DemoController, DemoElement, DemoProgressDetail } from './demo-element';
import { createStatusLine, describeResult } from './run-status';
import { TrainingPanel } from './training-panel';
import { TrainingRun } from './training-run';
import { resampleSeed, restoreAuthorSeed } from './seed';
import { createSharePanel } from './share-panel';
import { button, element, numberField, selectField } from './ui';
import { visibilityHandler } from './visibility';

export const createCompareDemo: ControllerFactory = (host: DemoElement, params: DemoParams): DemoController => {
  const scenario = prepareScenario(params);
  const continueFromBce = params.mseStart === 'continue';
  const bcePanel = new TrainingPanel(scenario, 'bce', scenario.init, params.epochs, { landscape: true, heading: 'BCE' });
  // When MSE continues from BCE, its start is only known after BCE finishes; the panel shows the shared start until then.
  const msePanel = new TrainingPanel(scenario, 'mse', scenario.init, params.epochs, {
    landscape: true,
    heading: continueFromBce ? 'MSE (BCE 결과에서 이어서)' : 'MSE',
  });
  const totalEpochs = continueFromBce ? 2 * params.epochs : params.epochs;
  const status = createStatusLine(totalEpochs);
  const epochsSoFar = { bce: 0, mse: 0 };
  const track = (name: 'bce' | 'mse') => ({
    onProgress: (detail: DemoProgressDetail) => {
      epochsSoFar[name] = detail.epoch;
      status.progress(continueFromBce ? epochsSoFar.bce + epochsSoFar.mse : Math.min(epochsSoFar.bce, epochsSoFar.mse), detail.elapsedMs);
      host.emit('demo-progress', { ...detail, lossName: name });
    },
    onStateChange: () => reflectState(),
  });
  const runs = { bce: new TrainingRun(bcePanel, params, track('bce')), mse: new TrainingRun(msePanel, params, track('mse')) };

  function reflectState(): void {
    const states = [runs.bce.state, runs.mse.state];
    const running = states.includes('running');
    if (running) host.setStatus('training');
    else if (states.includes('paused')) host.setStatus('paused');
    playButton.textContent = running ? '❚❚ 일시정지' : '▶ 재생';
    playButton.setAttribute('aria-pressed', String(running));
  }

  async function play(): Promise<void> {
    host.setStatus('loading');
    status.announce('학습을 준비하는 중… (tfjs 백엔드 시작)');
    let results: TrainerResult[];
    try {
      if (continueFromBce) {
        const bce = await runs.bce.start();
        if (bce.status !== 'done' || bce.epoch < params.epochs) return finish([bce]);
        results = [bce, await runs.mse.start({ w0: bce.w0, w1: bce.w1 })];
      } else {
        results = await Promise.all([runs.bce.start(), runs.mse.start()]);
      }
    } catch (error) {
      host.fail('학습을 시작하지 못했습니다. / Training could not start.', [error instanceof Error ? error.message : String(error)]);
      return;
    }
    finish(results);
  }

  function finish(results: TrainerResult[]): void {
    const failed = results.find((result) => result.status === 'error');
    if (failed) {
      runs.bce.pause();
      runs.mse.pause();
      status.error(failed.error?.message ?? 'unknown error', failed);
      host.setStatus('error');
      host.emit('demo-error', { message: failed.error?.message ?? 'unknown error' });
      return;
    }
    if (results.length < 2 || results.some((result) => result.status !== 'done' || result.epoch < params.epochs)) return;
    const [bce, mse] = results;
    status.announce(`BCE — ${describeResult(bce)} MSE — ${describeResult(mse)}`);
    host.setStatus('done');
    const detail = (result: TrainerResult) => ({ epoch: result.epoch, loss: result.loss, w0: result.w0, w1: result.w1, backend: result.backend, elapsedMs: result.elapsedMs });
    host.emit('demo-done', { ...detail(mse), lossName: 'mse', runs: { bce: detail(bce), mse: detail(mse) } });
  }

  const playButton = button('▶ 재생', () => {
    if (runs.bce.state === 'running' || runs.mse.state === 'running') controller.pause();
    else void play();
  }, { class: 'll-primary', 'aria-pressed': 'false' });
  const controls = element('div', { class: 'll-controls', role: 'group', 'aria-label': 'BCE와 MSE 비교 조작' }, [
    playButton,
    button('처음으로', () => void controller.reset(), { title: '처음으로 되돌리기 / reset' }),
    numberField('학습률 lr', params.lr, { min: 0.0001, max: 10_000, step: 'any' }, (value) => host.setAttribute('lr', value)),
    numberField('에폭 수', params.epochs, { min: 1, max: 1_000_000, step: '1' }, (value) => host.setAttribute('epochs', value)),
    selectField(
      'MSE 시작점',
      [{ value: 'same', label: '같은 무작위 초기값' }, { value: 'continue', label: 'BCE 결과에서 이어서 (원본 숙제)' }],
      params.mseStart,
      (value) => host.setAttribute('mse-start', value),
    ),
    button('새 데이터', () => resampleSeed(host, params.seed), { title: '새 데이터 뽑기 (시드 바꾸기) / resample data' }),
  ]);
  const columns = element('div', { class: 'll-columns' }, [bcePanel.root, msePanel.root]);
  host.render(controls, status.root, columns, createSharePanel(host, params, 'BCE vs MSE 비교 데모'));
  host.setStatus('idle');
  // The landscapes cost a few tens of ms each: draw them one per frame, after the controls are up.
  requestAnimationFrame(() => {
    bcePanel.drawLandscape();
    requestAnimationFrame(() => msePanel.drawLandscape());
  });

  const controller: DemoController = {
    start: play,
    pause() {
      runs.bce.pause();
      runs.mse.pause();
    },
    async reset() {
      await Promise.all([runs.bce.reset(), runs.mse.reset()]);
      if (continueFromBce) msePanel.rebase(scenario.init);
      epochsSoFar.bce = 0;
      epochsSoFar.mse = 0;
      status.reset();
      host.setStatus('idle');
      restoreAuthorSeed(host);
    },
    setVisible: visibilityHandler([runs.bce, runs.mse], params.autoplay, play),
    dispose() {
      runs.bce.dispose();
      runs.mse.dispose();
    },
  };
  return controller;
};
