// The animation player's frame logic (src/lib/animation-player.ts): what play, the step buttons,
// first/last, the slider, the loop modes and the speed buttons do, without a DOM.
import { describe, expect, it } from 'vitest';
import {
  changeSpeed, due, first, frameInterval, frameLabel, initialState, last, pause, play, seek, setMode, step, tick, togglePlay,
  type PlayerState,
} from '../../src/lib/animation-player';

const run = (state: PlayerState, ticks: number) => {
  const frames: number[] = [];
  for (let i = 0; i < ticks; i++) {
    state = tick(state);
    frames.push(state.frame);
  }
  return { frames, state };
};

describe('animation player', () => {
  it('starts paused at the first frame, in the animation\'s mode', () => {
    expect(initialState(30, 'once')).toEqual({ frame: 0, count: 30, playing: false, direction: 1, mode: 'once', speed: 1 });
    expect(tick(initialState(3))).toEqual(initialState(3));
  });

  it('loop: plays to the end and starts again; backwards it wraps to the end', () => {
    expect(run(play(initialState(3, 'loop')), 5).frames).toEqual([1, 2, 0, 1, 2]);
    expect(run(play(initialState(3, 'loop'), -1), 4).frames).toEqual([2, 1, 0, 2]);
  });

  it('once: stops on the last frame; play from there starts over', () => {
    const { frames, state } = run(play(initialState(3, 'once')), 4);
    expect(frames).toEqual([1, 2, 2, 2]);
    expect(state.playing).toBe(false);
    expect(play(state).frame).toBe(0);
    expect(play(first(state), -1).frame).toBe(2);
  });

  it('reflect: turns at each end', () => {
    const { frames, state } = run(play(initialState(3, 'reflect')), 7);
    expect(frames).toEqual([1, 2, 1, 0, 1, 2, 1]);
    expect(state.direction).toBe(-1);
    expect(run(play(initialState(1, 'reflect')), 3).frames).toEqual([0, 0, 0]);
  });

  it('a single frame never plays', () => {
    expect(play(initialState(1)).playing).toBe(false);
  });

  it('step pauses and moves one frame; it wraps in loop mode and stops at the ends otherwise', () => {
    const playing = play(initialState(4, 'loop'));
    expect(step(playing, 1)).toMatchObject({ frame: 1, playing: false });
    expect(step(initialState(4, 'loop'), -1).frame).toBe(3);
    expect(step(last(initialState(4, 'loop')), 1).frame).toBe(0);
    expect(step(initialState(4, 'once'), -1).frame).toBe(0);
    expect(step(last(initialState(4, 'reflect')), 1).frame).toBe(3);
  });

  it('first/last pause; the slider seeks (clamped, rounded) and keeps playing', () => {
    const playing = play(initialState(10));
    expect(first(seek(playing, 5))).toMatchObject({ frame: 0, playing: false });
    expect(last(playing)).toMatchObject({ frame: 9, playing: false });
    expect(seek(playing, 4.6)).toMatchObject({ frame: 5, playing: true });
    expect(seek(playing, 99).frame).toBe(9);
    expect(seek(playing, -3).frame).toBe(0);
  });

  it('toggles play and pause, keeping the direction', () => {
    const backwards = play(initialState(5), -1);
    expect(togglePlay(backwards).playing).toBe(false);
    expect(togglePlay(pause(backwards))).toMatchObject({ playing: true, direction: -1 });
  });

  it('changes the loop mode without moving', () => {
    const state = seek(initialState(5, 'loop'), 3);
    expect(setMode(state, 'reflect')).toMatchObject({ frame: 3, mode: 'reflect' });
  });

  it('speed: steps through 0.25×–4× and divides the interval', () => {
    let state = initialState(5);
    expect(frameInterval(state, 200)).toBe(200);
    state = changeSpeed(state, 1);
    expect(state.speed).toBe(2);
    expect(frameInterval(state, 200)).toBe(100);
    state = changeSpeed(changeSpeed(changeSpeed(state, 1), 1), 1);
    expect(state.speed).toBe(4);
    state = changeSpeed(changeSpeed(changeSpeed(changeSpeed(changeSpeed(state, -1), -1), -1), -1), -1);
    expect(state.speed).toBe(0.25);
    expect(frameInterval(state, 0)).toBe(4);
  });

  it('advances at most once per display frame, when the interval has passed', () => {
    expect(due(null, 0, 200)).toBe(true);
    expect(due(0, 16, 200)).toBe(false);
    expect(due(0, 200, 200)).toBe(true);
    // after a stall of a second it is due once, not five times: the caller keeps the new time
    expect(due(0, 1000, 200)).toBe(true);
  });

  it('says which frame it shows, Korean first', () => {
    expect(frameLabel(seek(initialState(30), 2))).toBe('프레임 3 / 30 (frame 3 of 30)');
  });
});
