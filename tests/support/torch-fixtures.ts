// Reads the golden numbers scripts/torch-golden.py wrote from real PyTorch: the test goldens
// (tests/fixtures/torch) and the lecture's seeded runs, which the site ships and prints
// (src/data/torch/lecture.json). Float32 values are stored as the hex of their IEEE bits, so
// comparisons can be bit-exact.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/torch/', import.meta.url));
const LECTURE_RUNS = fileURLToPath(new URL('../../src/data/torch/lecture.json', import.meta.url));

/** Parses one fixture file (e.g. 'rand.json'). */
export function readTorchFixture<T>(name: string): T {
  return JSON.parse(readFileSync(FIXTURES + name, 'utf8')) as T;
}

/** The lecture's cells run by PyTorch for each seed and n, as the site prints them. */
export function readLectureRuns(): LectureFixture {
  return JSON.parse(readFileSync(LECTURE_RUNS, 'utf8')) as LectureFixture;
}

import { float32FromHex, float32ToHex } from '../../src/lib/torch/core/hex';

/** Float32 bit patterns ('3f800000') → values. */
export const fromHex = float32FromHex;

/** One float32 bit pattern → its value. */
export const hexValue = (hex: string): number => float32FromHex([hex])[0];

/** Values → float32 bit patterns, for bit-exact comparison with a fixture. */
export const toHex = float32ToHex;

/** 0/1 labels → the '0101…' string the fixtures store. */
export const toBits = (values: ArrayLike<number>): string => Array.from(values, (v) => (v ? '1' : '0')).join('');

export interface RandCase { seed: number; n: number; from?: number; to?: number; values: string[] }
export interface BernoulliCase { seed: number; p: string[]; y: string }
export interface RandnCase { seed: number; sizes: number[]; values: string[][] }
export interface LinspaceCase { start: number; end: number; steps: number; values: string[] }
export interface LinearInitCase { seed: number; in: number; out: number; weight: string[]; bias: string[] }
export interface Snapshot { epochs: number; w1: string; w0: string; loss: string }
interface LectureCase {
  seed: number; n: number; x: string[]; u: string[]; v: string[]; y: string; ySum: number;
  init: { w1: string; w0: string }; bce: Snapshot[]; mse: Snapshot[];
}
export interface Cases<T> { cases: T[] }
interface LectureFixture extends Cases<LectureCase> { w0: number; w1: number; lr: number }
