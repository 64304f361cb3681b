// The lecture's "마지막 수정" date comes from git and disappears (rather than lying) when
// git cannot tell: no repository, an uncommitted file, or a shallow clone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDate } from '../../src/build/last-updated';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-03-04T05:06:07Z', GIT_COMMITTER_DATE: '2026-03-04T05:06:07Z' },
    stdio: 'ignore',
  });

function repositoryWithTwoCommits(): string {
  const folder = mkdtempSync(join(tmpdir(), 'last-updated-'));
  git(folder, 'init', '-q');
  git(folder, 'config', 'user.email', 'test@example.com');
  git(folder, 'config', 'user.name', 'test');
  writeFileSync(join(folder, 'a.mdx'), 'a');
  git(folder, 'add', 'a.mdx');
  git(folder, 'commit', '-q', '-m', 'a');
  writeFileSync(join(folder, 'b.mdx'), 'b');
  git(folder, 'add', 'b.mdx');
  execFileSync('git', ['commit', '-q', '-m', 'b'], {
    cwd: folder,
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-05-06T00:00:00Z', GIT_COMMITTER_DATE: '2026-05-06T00:00:00Z' },
  });
  return folder;
}

describe('lastCommitDate', () => {
  it('is the date of the last commit that touched the file', () => {
    const folder = repositoryWithTwoCommits();
    expect(lastCommitDate('a.mdx', folder)?.toISOString()).toBe('2026-03-04T05:06:07.000Z');
    expect(lastCommitDate('b.mdx', folder)?.toISOString()).toBe('2026-05-06T00:00:00.000Z');
  });

  it('is null for an uncommitted file and outside a repository', () => {
    const folder = repositoryWithTwoCommits();
    writeFileSync(join(folder, 'new.mdx'), 'new');
    expect(lastCommitDate('new.mdx', folder)).toBeNull();
    expect(lastCommitDate('a.mdx', mkdtempSync(join(tmpdir(), 'no-git-')))).toBeNull();
  });

  it('is null in a shallow clone, where git would report the clone date for every file', () => {
    const origin = repositoryWithTwoCommits();
    const clone = join(mkdtempSync(join(tmpdir(), 'shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { stdio: 'ignore' });
    expect(lastCommitDate('a.mdx', clone)).toBeNull();
  });
});
