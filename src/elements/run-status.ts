// The progress bar, the ETA and the screen-reader announcements of a training demo.
// Announcements go to an aria-live region on state changes only, never every frame.
import type { TrainerResult, TrainerState } from '../lib/train';
import { MAX_ABS_PARAM, type TrainingDivergedError } from '../lib/divergence';
import type { DemoStatus } from './demo-host';
import { element, formatCount, formatParam } from './ui';

export function statusFromTrainer(state: TrainerState): DemoStatus | null {
  switch (state) {
    case 'running': return 'training';
    case 'paused': return 'paused';
    case 'done': return 'done';
    case 'error': return 'error';
    case 'idle': return 'idle';
    default: return null;
  }
}

export function describeResult(result: TrainerResult): string {
  return `학습 완료: ${formatCount(result.epoch)} 에폭, ŵ0 = ${formatParam(result.w0)}, ŵ1 = ${formatParam(result.w1)}, loss = ${result.loss.toFixed(4)} (${result.backend}, ${(result.elapsedMs / 1000).toFixed(1)}초).`;
}

export function createStatusLine(totalEpochs: number) {
  const bar = element('progress', { max: String(totalEpochs), value: '0', 'aria-label': '학습 진행률' });
  const text = element('span', {}, [`0 / ${formatCount(totalEpochs)} 에폭`]);
  const live = element('p', { class: 'll-live', 'aria-live': 'polite' });
  const message = element('div', { class: 'll-message', role: 'alert', hidden: '' });
  const root = element('div', {}, [element('div', { class: 'll-progress' }, [bar, text]), message, live]);

  return {
    root,
    progress(epoch: number, elapsedMs: number) {
      bar.value = epoch;
      const remaining = epoch > 0 ? ((totalEpochs - epoch) * elapsedMs) / epoch / 1000 : NaN;
      const eta = Number.isFinite(remaining) && epoch < totalEpochs ? ` · 남은 시간 약 ${remaining < 1 ? '1초 미만' : `${Math.ceil(remaining)}초`}` : '';
      text.textContent = `${formatCount(epoch)} / ${formatCount(totalEpochs)} 에폭${eta}`;
    },
    announce(sentence: string) {
      live.textContent = sentence;
    },
    /** Divergence and other run errors: shown above the figure, which keeps the last finite fit. */
    error(messageText: string, result: TrainerResult) {
      const diverged = result.error?.name === 'TrainingDivergedError' ? (result.error as TrainingDivergedError) : null;
      const lines = diverged
        ? [
            `발산: 에폭 ${formatCount(diverged.epoch)}에서 학습이 발산했습니다(NaN, 무한대 또는 |ŵ| > ${MAX_ABS_PARAM}). 마지막 유한한 값 ŵ0 = ${formatParam(diverged.lastFinite.w0)}, ŵ1 = ${formatParam(diverged.lastFinite.w1)}.`,
            messageText,
          ]
        : [messageText];
      message.replaceChildren(...lines.map((line) => element('p', {}, [line])));
      message.hidden = false;
      live.textContent = lines[0];
    },
    reset() {
      bar.value = 0;
      text.textContent = `0 / ${formatCount(totalEpochs)} 에폭`;
      message.hidden = true;
      live.textContent = '';
    },
  };
}
