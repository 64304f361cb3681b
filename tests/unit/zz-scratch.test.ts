import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { folderFiles, runProgram } from './python/run-program';
it('run', () => {
  const dir = new URL('file:///work/wt-data-files/tests/unit/python/golden/');
  const src = readFileSync(process.env.PROG!, 'utf8');
  const r = runProgram(src, undefined, folderFiles(new URL('files/', dir)));
  console.log(r.stdout.split('\n').slice(-8).join('\n'), r.traceback);
});
