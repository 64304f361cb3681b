// What the training demos (<logistic-train-demo>, <loss-compare-demo>) do the same way, written
// once: the play button, starting to train (a failure to start replaces the demo with its
// message), and how a run's progress, failure and end reach the status line, the status
// attribute and the demo-* events.
import type { DemoProgressDetail } from '../lib/demo-events';
import type { TrainerResult } from '../lib/train';
import type { DemoHost } from './demo-host';
import { createStatusLine } from './run-status';
import { button } from './ui';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `togglePlay` runs when the play button is pressed: pause while training, otherwise play. */
export function createTrainingDemo(host: DemoHost, totalEpochs: number, togglePlay: () => void) {
  const status = createStatusLine(totalEpochs);
  const playButton = button('▶ 재생', togglePlay, { class: 'll-primary', 'aria-pressed': 'false' });
  const startFailed = (error: unknown) => host.fail('학습을 시작하지 못했습니다. / Training could not start.', [errorText(error)]);

  return {
    status,
    playButton,
    /** The play button says pause while training runs. */
    showRunning(running: boolean): void {
      playButton.textContent = running ? '❚❚ 일시정지' : '▶ 재생';
      playButton.setAttribute('aria-pressed', String(running));
    },
    /** Starts training with `begin` (which resolves when training stops). */
    async play(begin: () => Promise<unknown>): Promise<void> {
      host.setStatus('loading');
      status.announce('학습을 준비하는 중… (tfjs 백엔드 시작)');
      try {
        await begin();
      } catch (error) {
        startFailed(error);
      }
    },
    /** A run that could not start (its backend, its device): the demo is replaced by the message. */
    startFailed,
    /** `epoch` is the demo's own count of epochs so far (the progress bar); the event carries `detail`. */
    reportProgress(epoch: number, detail: DemoProgressDetail): void {
      status.progress(epoch, detail.elapsedMs);
      host.emit('demo-progress', detail);
    },
    /** A run that failed while training (diverged, lost its device): said above the figure, which keeps the last finite fit. */
    reportFailure(result: TrainerResult): void {
      status.error(result.error?.message ?? '알 수 없는 오류 / unknown error', result);
      host.setStatus('error');
      host.emit('demo-error', { message: result.error?.message ?? 'unknown error' });
    },
    /** Training ended: `sentence` for screen readers, `detail` for demo-done. */
    reportDone(sentence: string, detail: DemoProgressDetail): void {
      status.announce(sentence);
      host.setStatus('done');
      host.emit('demo-done', detail);
    },
  };
}
