// The frame logic of a cell's animation player (matplotlib's jshtml player: play forwards or
// backwards, step, first/last, scrub, loop mode once/loop/reflect, speed), as pure functions of a
// state, so Node tests cover it; src/elements/cell/animation-player.ts is the DOM around it.

export type LoopMode = 'once' | 'loop' | 'reflect';

export interface PlayerState {
  /** The frame shown, 0 … count - 1. */
  frame: number;
  count: number;
  playing: boolean;
  /** 1 forwards, -1 backwards (jshtml's reverse play, and reflect's way back). */
  direction: 1 | -1;
  mode: LoopMode;
  /** Multiplies the frame rate: 2 plays twice as fast. */
  speed: number;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

export function initialState(count: number, mode: LoopMode = 'loop'): PlayerState {
  return { frame: 0, count: Math.max(count, 1), playing: false, direction: 1, mode, speed: 1 };
}

const clamp = (state: PlayerState, frame: number) => Math.min(Math.max(Math.round(frame), 0), state.count - 1);

/** One frame of play: on at the ends as the loop mode says (once: stop; loop: wrap; reflect: turn). */
export function tick(state: PlayerState): PlayerState {
  if (!state.playing) return state;
  const next = state.frame + state.direction;
  if (next >= 0 && next < state.count) return { ...state, frame: next };
  switch (state.mode) {
    case 'once':
      return { ...state, playing: false };
    case 'loop':
      return { ...state, frame: state.direction === 1 ? 0 : state.count - 1 };
    case 'reflect': {
      if (state.count === 1) return state;
      const direction = state.direction === 1 ? -1 : 1;
      return { ...state, direction, frame: state.frame + direction };
    }
  }
}

/**
 * Play forwards (1) or backwards (-1). In 'once' mode, playing from the end it would leave starts
 * again at the other end (jshtml would do nothing, which reads as a broken button).
 */
export function play(state: PlayerState, direction: 1 | -1 = 1): PlayerState {
  let frame = state.frame;
  if (state.mode === 'once' && direction === 1 && frame === state.count - 1) frame = 0;
  if (state.mode === 'once' && direction === -1 && frame === 0) frame = state.count - 1;
  return { ...state, frame, direction, playing: state.count > 1 };
}

export const pause = (state: PlayerState): PlayerState => ({ ...state, playing: false });

export const togglePlay = (state: PlayerState): PlayerState => (state.playing ? pause(state) : play(state, state.direction));

/** The step buttons (and ←/→): one frame, pausing, wrapping round in loop mode as jshtml's do. */
export function step(state: PlayerState, by: 1 | -1): PlayerState {
  let frame = state.frame + by;
  if (state.mode === 'loop') frame = (frame + state.count) % state.count;
  return { ...state, playing: false, frame: clamp(state, frame) };
}

/** The slider: any frame, playing or not. */
export const seek = (state: PlayerState, frame: number): PlayerState => ({ ...state, frame: clamp(state, frame) });

export const first = (state: PlayerState): PlayerState => ({ ...state, playing: false, frame: 0 });
export const last = (state: PlayerState): PlayerState => ({ ...state, playing: false, frame: state.count - 1 });

export const setMode = (state: PlayerState, mode: LoopMode): PlayerState => ({ ...state, mode });

/** Next of SPEEDS up (1) or down (-1) from the current speed; stays at the ends. */
export function changeSpeed(state: PlayerState, by: 1 | -1): PlayerState {
  const index = SPEEDS.findIndex((s) => s >= state.speed);
  const at = index < 0 ? SPEEDS.length - 1 : index;
  return { ...state, speed: SPEEDS[Math.min(Math.max(at + by, 0), SPEEDS.length - 1)] };
}

/** Milliseconds between frames at this speed (FuncAnimation's interval over the speed). */
export const frameInterval = (state: PlayerState, intervalMs: number): number => Math.max(intervalMs, 1) / state.speed;

/**
 * Whether a play loop called once per display frame should advance now. It advances at most one
 * frame per call (one draw per animation frame, never a burst after a stall), and keeps the time
 * of the last advance.
 */
export function due(lastAdvance: number | null, now: number, interval: number): boolean {
  return lastAdvance === null || now - lastAdvance >= interval;
}

/** What the player says of itself ("프레임 3 / 30"), for its status line and the slider's aria-valuetext. */
export const frameLabel = (state: PlayerState): string => `프레임 ${state.frame + 1} / ${state.count} (frame ${state.frame + 1} of ${state.count})`;
