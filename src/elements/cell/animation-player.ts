// The player of a cell's FuncAnimation (the 'animation' display item), like Jupyter's jshtml:
// the frames drawn by the same SVG code as static figures, play/pause/reverse, step, first/last,
// a slider, loop mode and speed. The frame logic is src/lib/animation-player.ts; this is the DOM.
// One frame is drawn per animation frame at most; a reader who prefers reduced motion gets no
// autoplay. Keys (on the player): Space/K play-pause, ←/→ step, Home/End first/last.
import {
  SPEEDS,
  changeSpeed,
  due,
  first,
  frameInterval,
  frameLabel,
  initialState,
  last,
  pause,
  play,
  seek,
  setMode,
  step,
  tick,
  togglePlay,
  type LoopMode,
  type PlayerState,
} from '../../lib/animation-player';
import type { AnimationSpec } from '../../lib/python/objects/display';
import { button, element } from '../ui';
import { FigureView } from './figure-view';

const MODES: { mode: LoopMode; label: string; title: string }[] = [
  { mode: 'once', label: '한 번', title: 'Once' },
  { mode: 'loop', label: '반복', title: 'Loop' },
  { mode: 'reflect', label: '왕복', title: 'Reflect' },
];

let playerCount = 0;

export function mountAnimationPlayer(holder: HTMLElement, animation: AnimationSpec): void {
  const id = `tc-anim-${++playerCount}`;
  let state: PlayerState = initialState(animation.frames.length, animation.mode);
  let drawnFrame = -1;
  let drawnWidth = 0;

  const picture = element('div', { class: 'tc-anim-frame' });
  // each frame redraws only what changed since the last one; a 3-D axes the reader turned stays turned
  const view = new FigureView(picture);
  const slider = element('input', {
    type: 'range', min: '0', max: String(state.count - 1), step: '1', value: '0',
    'aria-label': '프레임 / frame', class: 'tc-anim-slider',
  });
  const label = element('span', { class: 'tc-anim-label', 'aria-hidden': 'true' });
  const control = (text: string, title: string, action: () => PlayerState, extra: Record<string, string> = {}) =>
    button(text, () => update(action()), { title, 'aria-label': `${text} / ${title}`, ...extra });
  const playButton = control('재생', 'Play', () => play(state, 1), { class: 'tc-anim-play' });
  const reverseButton = control('거꾸로', 'Play backwards', () => play(state, -1));
  const pauseButton = control('일시정지', 'Pause', () => pause(state));
  const buttons = element('div', { class: 'tc-anim-buttons' }, [
    control('처음', 'First frame', () => first(state)),
    control('이전', 'Previous frame', () => step(state, -1)),
    reverseButton,
    pauseButton,
    playButton,
    control('다음', 'Next frame', () => step(state, 1)),
    control('끝', 'Last frame', () => last(state)),
  ]);
  const slower = control('느리게', 'Slower', () => changeSpeed(state, -1));
  const faster = control('빠르게', 'Faster', () => changeSpeed(state, 1));
  const speedText = element('span', { class: 'tc-anim-speed', 'aria-live': 'polite' });
  const modeRadios = MODES.map(({ mode, label: text, title }) => {
    const input = element('input', { type: 'radio', name: `${id}-mode`, value: mode });
    input.checked = mode === state.mode;
    input.addEventListener('change', () => input.checked && update(setMode(state, mode)));
    return element('label', { title }, [input, ` ${text}`]);
  });
  const modes = element('fieldset', { class: 'tc-anim-modes' }, [element('legend', {}, ['반복 방식 / Loop mode']), ...modeRadios]);
  const root = element('div', { class: 'tc-anim', role: 'group', 'aria-label': '애니메이션 플레이어', 'aria-roledescription': 'animation player', tabindex: '0' }, [
    picture,
    element('div', { class: 'tc-anim-controls' }, [slider, label, buttons, element('div', { class: 'tc-anim-options' }, [modes, slower, speedText, faster])]),
  ]);
  holder.replaceChildren(root);

  slider.addEventListener('input', () => update(seek(state, Number(slider.value))));
  root.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    // the slider and the radios keep their own arrow keys; buttons keep Space/Enter
    const own = target === slider || (target instanceof HTMLInputElement && target.type === 'radio');
    let next: PlayerState | null = null;
    if ((event.key === ' ' && target === root) || event.key === 'k') next = togglePlay(state);
    else if (!own && event.key === 'ArrowLeft') next = step(state, -1);
    else if (!own && event.key === 'ArrowRight') next = step(state, 1);
    else if (!own && event.key === 'Home') next = first(state);
    else if (!own && event.key === 'End') next = last(state);
    if (next) {
      event.preventDefault();
      update(next);
    }
  });

  let lastAdvance: number | null = null;
  let loopRunning = false;
  // A player off screen holds its frame: running a lecture's last cell also shows the players of
  // the cells above it, and drawing frames nobody sees would hold the page's main thread.
  let onScreen = true;
  if (typeof IntersectionObserver === 'function') {
    const watch = new IntersectionObserver(([entry]) => {
      if (!root.isConnected) return watch.disconnect();
      onScreen = entry.isIntersecting;
      if (onScreen) startLoop();
    });
    watch.observe(root);
  }
  const loop = (now: number) => {
    if (!root.isConnected || !state.playing || !onScreen) {
      loopRunning = false;
      lastAdvance = null;
      return;
    }
    if (due(lastAdvance, now, frameInterval(state, animation.intervalMs))) {
      if (lastAdvance !== null) state = tick(state);
      lastAdvance = now;
      render();
    }
    requestAnimationFrame(loop);
  };

  function startLoop(): void {
    if (state.playing && onScreen && !loopRunning) {
      loopRunning = true;
      lastAdvance = null;
      requestAnimationFrame(loop);
    }
  }

  function update(next: PlayerState): void {
    state = next;
    render();
    startLoop();
  }

  function render(): void {
    const w = picture.clientWidth;
    if (state.frame !== drawnFrame || w !== drawnWidth) {
      view.show(animation.frames[state.frame]);
      drawnFrame = state.frame;
      drawnWidth = w;
    }
    slider.value = String(state.frame);
    const text = frameLabel(state);
    slider.setAttribute('aria-valuetext', text);
    label.textContent = `${state.frame + 1} / ${state.count}`;
    speedText.textContent = `${state.speed}×`;
    slower.disabled = state.speed <= SPEEDS[0];
    faster.disabled = state.speed >= SPEEDS[SPEEDS.length - 1];
    playButton.setAttribute('aria-pressed', String(state.playing && state.direction === 1));
    reverseButton.setAttribute('aria-pressed', String(state.playing && state.direction === -1));
    pauseButton.disabled = !state.playing;
    for (const radio of modeRadios) {
      const input = radio.querySelector('input')!;
      input.checked = input.value === state.mode;
    }
  }

  render();
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (!reducedMotion && state.count > 1) update(play(state, 1));
}
