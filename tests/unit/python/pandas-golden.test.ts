// pandas against pandas 1.5.3 itself: tests/fixtures/pandas/golden.json, written by
// scripts/pandas-golden.py. Each program runs in the page's kernel (with torch, and the course's
// CSV files as the kernel's files); its stdout, its error, and what the cell shows for its last
// expression (a DataFrame's HTML table, or the text of anything else) must be pandas'.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DisplayItem } from '../../../src/lib/python/objects/host';
import { tableHtml } from '../../../src/lib/python/modules/pandas/html';
import { PANDAS_FIXTURES, runPandas } from './pandas-kernel';

interface Program {
  source: string;
  stdout: string;
  error?: { type: string; message: string };
  html?: string;
  text?: string;
}
const golden = JSON.parse(readFileSync(new URL('golden.json', PANDAS_FIXTURES), 'utf8')) as { programs: Program[] };

describe('pandas against pandas 1.5.3 (golden)', () => {
  it.each(golden.programs.map((p) => [p.source.replace(/\n/g, ' ⏎ ').slice(0, 100), p] as const))('%s', (_name, program) => {
    const r = runPandas(program.source);
    if (program.error) expect(r.error).toMatchObject(program.error);
    else expect(r.error).toBeNull();
    expect(r.stdout).toBe(program.stdout);
    if (program.html !== undefined) {
      const tables = r.displays.filter((d) => d.kind === 'table');
      expect(tables).toHaveLength(1);
      expect(tableHtml((tables[0] as Extract<DisplayItem, { kind: 'table' }>).table)).toBe(program.html);
      expect(r.shown).toBeNull();
    }
    if (program.text !== undefined) expect(r.shown).toBe(program.text);
  });
});
