// <loss-compare-demo>: the homework. BCE and MSE from the same data and start (or MSE
// continuing from the BCE result, as the seed did), each with its loss landscape and training path (SGD or Adam, with presets for 05wk-1's starts).
import type { DemoParams } from '../../../lib/params';
import type { TrainerResult } from '../../../lib/train';
import { compareDoneDetail, progressDetail, type DemoProgressDetail } from '../../../lib/demo-events';
import { columnHeading } from '../../../lib/plot/training-column';
import type { ControllerFactory, DemoController, DemoHost } from '../../demo-host';
import { describeResult } from '../../run-status';
import { createTrainingDemo } from '../../training-demo';
import { TrainingPanel } from '../../training-panel';
import { TrainingRun } from '../../training-run';
import { resampleSeed, restoreAuthorSeed } from '../../seed';
import { createSharePanel } from '../../share-panel';
import { createUserDataPanel } from '../../user-data-panel';
import { button, element, paramField, selectField } from '../../ui';
import { optimizerField, startPresetField } from '../../training-fields';
import { visibilityHandler } from '../../visibility';

export const createController: ControllerFactory = (host: DemoHost, params: DemoParams): DemoController => {
  const scenario = host.scenario(params);
  const continueFromBce = params.mseStart === 'continue';
  const bcePanel = new TrainingPanel(scenario, 'bce', scenario.init, params.epochs, { landscape: true, heading: columnHeading('bce') });
  // When MSE continues from BCE, its start is only known after BCE finishes; the panel shows the shared start until then.
  const msePanel = new TrainingPanel(scenario, 'mse', scenario.init, params.epochs, {
    landscape: true,
    heading: columnHeading('mse', continueFromBce),
  });
  const totalEpochs = continueFromBce ? 2 * params.epochs : params.epochs;
  const training = createTrainingDemo(host, totalEpochs, () => {
    if (runs.bce.state === 'running' || runs.mse.state === 'running') controller.pause();
    else void play();
  });
  const { status, playButton } = training;
  const epochsSoFar = { bce: 0, mse: 0 };
  /** Each run's result once it has trained all its epochs. */
  const finished: Partial<Record<'bce' | 'mse', TrainerResult>> = {};
  let failed = false;
  const track = (name: 'bce' | 'mse') => ({
    onProgress: (detail: DemoProgressDetail) => {
      epochsSoFar[name] = detail.epoch;
      training.reportProgress(continueFromBce ? epochsSoFar.bce + epochsSoFar.mse : Math.min(epochsSoFar.bce, epochsSoFar.mse), progressDetail(detail, name));
    },
    onStateChange: () => reflectState(),
    onFinish: (result: TrainerResult) => finish(name, result),
  });
  const runs = { bce: new TrainingRun(bcePanel, params, track('bce')), mse: new TrainingRun(msePanel, params, track('mse')) };

  function reflectState(): void {
    const states = [runs.bce.state, runs.mse.state];
    const running = states.includes('running');
    if (running) host.setStatus('training');
    else if (states.includes('paused') && !failed) host.setStatus('paused');
    training.showRunning(running);
  }

  async function play(): Promise<void> {
    if (failed || (finished.bce && finished.mse)) await restart();
    await training.play(async () => {
      if (!continueFromBce) {
        const names = (['bce', 'mse'] as const).filter((name) => !finished[name]);
        // Both columns set up first: the second one's setup (shaders, upload) would otherwise be a
        // long task in the middle of the first one's training, and the two start together.
        await Promise.all(names.map((name) => runs[name].prepare()));
        await Promise.all(names.map((name) => runs[name].start()));
      }
      else if (finished.bce) await runs.mse.start({ w0: finished.bce.w0, w1: finished.bce.w1 });
      else await runs.bce.start(); // MSE follows from finish()
    });
  }

  /** Called as each run ends: a failure is reported at once, success when both have finished. */
  function finish(name: 'bce' | 'mse', result: TrainerResult): void {
    if (result.status === 'error') {
      failed = true;
      runs.bce.pause();
      runs.mse.pause();
      training.reportFailure(result);
      return;
    }
    if (result.status !== 'done' || result.epoch < params.epochs || failed) return;
    finished[name] = result;
    if (continueFromBce && name === 'bce') {
      void runs.mse.start({ w0: result.w0, w1: result.w1 }).catch(training.startFailed);
      return;
    }
    const { bce, mse } = finished;
    if (!bce || !mse) return;
    training.reportDone(`BCE — ${describeResult(bce)} MSE — ${describeResult(mse)}`, compareDoneDetail(bce, mse));
  }

  async function restart(): Promise<void> {
    await Promise.all([runs.bce.reset(), runs.mse.reset()]);
    if (continueFromBce) msePanel.rebase(scenario.init);
    delete finished.bce;
    delete finished.mse;
    failed = false;
    epochsSoFar.bce = 0;
    epochsSoFar.mse = 0;
    status.reset();
  }

  const controls = element('div', { class: 'll-controls', role: 'group', 'aria-label': 'BCE와 MSE 비교 조작' }, [
    playButton,
    button('처음으로', () => void controller.reset(), { title: '처음으로 되돌리기 / reset' }),
    startPresetField(host, params),
    optimizerField(host, params),
    paramField('lr', params.lr, (value) => host.setAttribute('lr', value)),
    paramField('epochs', params.epochs, (value) => host.setAttribute('epochs', value)),
    selectField(
      'MSE 시작점',
      [{ value: 'same', label: 'BCE와 같은 출발점' }, { value: 'continue', label: 'BCE 결과에서 이어서 (원본 숙제)' }],
      params.mseStart,
      (value) => host.setAttribute('mse-start', value),
      'mse-start',
    ),
    button('새 데이터', () => resampleSeed(host, params.seed), { title: '새 데이터 뽑기 (시드 바꾸기) / resample data', 'data-control': 'seed' }),
  ]);
  const columns = element('div', { class: 'll-columns' }, [bcePanel.root, msePanel.root]);
  host.render(controls, status.root, columns, createUserDataPanel(host, scenario), createSharePanel(host, params, 'BCE vs MSE 비교 데모'));
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
      await restart();
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
