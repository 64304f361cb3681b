// What a training demo does when it enters or leaves the screen (or the tab is hidden): its
// runs pause and resume, and the first time it is seen an autoplay demo starts, unless the
// reader prefers reduced motion.
import type { TrainingRun } from './training-run';
import { prefersReducedMotion } from './ui';

export function visibilityHandler(runs: TrainingRun[], autoplay: boolean, play: () => Promise<void>): (visible: boolean) => void {
  let seen = false;
  return (visible) => {
    const firstSight = visible && !seen;
    if (visible) seen = true;
    for (const run of runs) run.setVisible(visible);
    if (firstSight && autoplay && runs.every((run) => run.state === 'idle') && !prefersReducedMotion()) void play();
  };
}
