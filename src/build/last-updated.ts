// "마지막 수정" for a lecture: the date of the last commit that touched its MDX file.
// Returns null (and the page shows no date) when git is missing, the folder is not a
// repository, the file is not committed yet, or the clone is shallow — there the oldest
// commit stands in for the whole history and would show a wrong date for every file.
import { execFileSync } from 'node:child_process';

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const shallowByFolder = new Map<string, boolean>();

export function lastCommitDate(file: string, cwd: string = process.cwd()): Date | null {
  if (!shallowByFolder.has(cwd)) shallowByFolder.set(cwd, git(['rev-parse', '--is-shallow-repository'], cwd) !== 'false');
  if (shallowByFolder.get(cwd)) return null;
  const committed = git(['log', '-1', '--format=%cI', '--', file], cwd);
  if (!committed) return null;
  const date = new Date(committed);
  return Number.isNaN(date.getTime()) ? null : date;
}
