// Numbers a lecture's prose quotes from runs of real PyTorch (src/data/runs/<lecture>.json,
// written by scripts/lecture-runs.py), looked up by name and printed as the text says them:
// `runValue(runs, '02-bce-vs-mse/sgd', 'bce_bad.w0', 2)` is "−0.86", and a point (an object with
// w0 and w1) is "(−0.86, 3.93)". A name or field the runs lack throws, naming what exists.
import { formatFloat } from './python/objects/format';

export interface RunFile {
  runs: Record<string, { program: string; results: unknown }>;
}

/** Run files by lecture id ('02-bce-vs-mse' for src/data/runs/02-bce-vs-mse.json). */
export type RunFiles = Record<string, RunFile>;

/** Every run file the site ships (bundled at build time). */
export const lectureRuns: RunFiles = Object.fromEntries(
  Object.entries(import.meta.glob<RunFile>('../data/runs/*.json', { eager: true, import: 'default' })).map(([path, file]) => [
    path.replace(/^.*\/|\.json$/g, ''),
    file,
  ]),
);

/** A number with `digits` decimals, rounded as Python's f'{x:.{digits}f}' (half to even), with a typographic minus. */
export function formatQuoted(value: number, digits: number): string {
  return formatFloat(value, `.${digits}f`).replace(/^-/, '−');
}

/** The text of the value at `path` (dotted; '' for the whole results) in run `run` ('<lecture>/<name>'). */
export function runValue(run: string, path: string, digits: number, files: RunFiles = lectureRuns): string {
  const [lecture, name] = run.split('/');
  const file = files[lecture];
  if (!file) throw new RangeError(`no runs for lecture "${lecture}"; known: ${Object.keys(files).join(', ')}`);
  const entry = file.runs[name ?? ''];
  if (!entry) throw new RangeError(`no run "${name}" in ${lecture}; known: ${Object.keys(file.runs).join(', ')}`);
  let value: unknown = entry.results;
  for (const key of path ? path.split('.') : []) {
    if (!value || typeof value !== 'object' || !(key in value)) {
      const known = value && typeof value === 'object' ? Object.keys(value).join(', ') : 'none';
      throw new RangeError(`run ${run} has no "${path}" (no "${key}" here; fields: ${known})`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value === 'number') return formatQuoted(value, digits);
  if (value && typeof value === 'object' && 'w0' in value && 'w1' in value) {
    const { w0, w1 } = value as { w0: number; w1: number };
    return `(${formatQuoted(w0, digits)}, ${formatQuoted(w1, digits)})`;
  }
  throw new RangeError(`run ${run} "${path}" is not a number or a point (w0, w1)`);
}
