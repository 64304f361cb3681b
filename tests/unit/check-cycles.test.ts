// `npm run check:cycles` (src/cli/check-cycles.mjs): the import cycles and the imports into
// tests/, scripts/ or bench/ that it reports, on small trees written to a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkImports, formatReport } from '../../src/cli/check-cycles.mjs';

const script = fileURLToPath(new URL('../../src/cli/check-cycles.mjs', import.meta.url));

// The module resolution settings of astro/tsconfigs/base, which the repository's tsconfig extends.
const tsconfig = JSON.stringify({
  compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', allowJs: true, resolveJsonModule: true, allowImportingTsExtensions: true },
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'check-cycles-'));
  for (const [path, text] of Object.entries({ 'tsconfig.json': tsconfig, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Each cycle as the report's `a -> b -> a` line. */
function cyclesIn(root: string): string[] {
  return checkImports(root).cycles.map((cycle) => [...cycle.map((edge) => edge.from), cycle[0].from].join(' -> '));
}

function runCli(root: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(process.execPath, [script, root], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('check-cycles', () => {
  it('reports a two-file cycle with the line and the names of each import, and exits 1', () => {
    const root = tree({
      'src/a.ts': "export const a = 1;\nimport { b } from './b';\nexport const ab = a + b;\n",
      'src/b.ts': "import { a } from './a';\nexport const b = a;\n",
    });
    const { status, output } = runCli(root);
    expect(status).toBe(1);
    expect(output).toContain('import cycle: src/a.ts -> src/b.ts -> src/a.ts');
    expect(output).toContain('src/a.ts:2 imports { b } from src/b.ts');
    expect(output).toContain('src/b.ts:1 imports { a } from src/a.ts');
    expect(output).toContain('1 import cycle in 2 files');
  });

  it('counts type-only imports in every spelling as edges of a cycle', () => {
    const spellings = [
      ['import type', 'src/a.ts', "import type { B } from './b';"],
      ['import { type X }', 'src/a.ts', "import { type B } from './b';"],
      ['export type … from', 'src/a.ts', "export type { B } from './b';"],
      ["import('…') type", 'src/a.ts', "export let b: import('./b').B;"],
      ['JSDoc import in .mjs', 'src/a.mjs', "/** @param {import('./b').B} b */\nexport function use(b) {}"],
    ];
    for (const [spelling, a, aImportsB] of spellings) {
      const root = tree({ [a]: `${aImportsB}\n`, 'src/b.ts': `import type { A } from './${a.slice(4)}';\nexport type B = A;\n` });
      expect(cyclesIn(root), spelling).toEqual([`${a} -> src/b.ts -> ${a}`]);
      expect(checkImports(root).cycles[0][0].names, spelling).toEqual(['type B']);
    }
  });

  it('follows a three-file cycle through an extensionless path, a folder index and a .js suffix', () => {
    const root = tree({
      'src/a.ts': "import { b } from './lib';\nexport const a = b;\n",
      'src/lib/index.ts': "export { b } from './b.js';\n",
      'src/lib/b.ts': "import { a } from '../a';\nexport const b = () => a;\n",
    });
    expect(cyclesIn(root)).toEqual(['src/a.ts -> src/lib/index.ts -> src/lib/b.ts -> src/a.ts']);
    const report = formatReport(checkImports(root));
    expect(report.text).toContain('src/lib/index.ts:1 imports { b } from src/lib/b.ts');
  });

  it("reads an .astro file's frontmatter and <script> tags, not a <script> written in a frontmatter string", () => {
    const root = tree({
      'components/Card.astro': [
        '---',
        "import { cardTitle } from './card-title';",
        "const snippet = `<script>import '../tests/not-an-import.ts';</script>`;",
        '---',
        '<h2>{cardTitle}</h2>',
        '<script>',
        "  import { mountCard } from '../src/mount-card';",
        '  mountCard();',
        '</script>',
      ].join('\n'),
      'components/card-title.ts': "import type Card from './Card.astro';\nexport type CardProps = Parameters<typeof Card>[0];\nexport const cardTitle = 'x';\n",
      'src/mount-card.ts': "import '../tests/fixtures/card.css';\nexport function mountCard() {}\n",
    });
    const { cycles, forbidden } = checkImports(root);
    expect(cycles.map((cycle) => cycle.map((edge) => `${edge.from}:${edge.line} { ${edge.names.join(', ')} }`))).toEqual([
      ['components/Card.astro:2 { cardTitle }', 'components/card-title.ts:1 { type default }'],
    ]);
    expect(forbidden.map((edge) => `${edge.from}:${edge.line} ${edge.to}`)).toEqual(['src/mount-card.ts:1 tests/fixtures/card.css']);
    const templateOnly = tree({
      'components/Badge.astro': '<span>badge</span>\n<script>\n  import "./badge";\n</script>\n',
      'components/badge.ts': "import './Badge.astro';\n",
    });
    expect(checkImports(templateOnly).cycles.map((cycle) => cycle.map((edge) => `${edge.from}:${edge.line}`))).toEqual([
      ['components/Badge.astro:3', 'components/badge.ts:1'],
    ]);
  });

  it('counts a dynamic import() as an edge', () => {
    const root = tree({
      'src/register.ts': "export async function load() {\n  return (await import('./demo')).demo;\n}\n",
      'src/demo.ts': "import { load } from './register';\nexport const demo = load;\n",
    });
    const [cycle] = checkImports(root).cycles;
    expect(cycle.map((edge) => [edge.from, edge.line, edge.names])).toEqual([
      ['src/demo.ts', 1, ['load']],
      ['src/register.ts', 2, ['import()']],
    ]);
  });

  it('reports imports from tests/, scripts/ and bench/ with file and line, but not from src/scripts/', () => {
    const root = tree({
      'components/Seeded.astro': "---\n// numbers from tests/\nimport lecture from '../tests/fixtures/lecture.json';\n---\n",
      'src/lib/golden.ts': "export { golden } from '../../scripts/golden.mjs';\n",
      'src/lib/speed.mdx': "import { speed } from '../../bench/speed.mjs';\n\n# Speed\n",
      'src/layouts/Page.astro': "<script>\n  import { installCopyButtons } from '../scripts/copy-code';\n</script>\n",
      'src/scripts/copy-code.ts': 'export function installCopyButtons() {}\n',
      'tests/fixtures/lecture.json': '{}',
      'scripts/golden.mjs': 'export const golden = 1;\n',
      'bench/speed.mjs': 'export const speed = 1;\n',
    });
    const { status, output } = runCli(root);
    expect(status).toBe(1);
    expect(output).toContain('components/Seeded.astro:3 imports tests/fixtures/lecture.json');
    expect(output).toContain('src/lib/golden.ts:1 imports scripts/golden.mjs');
    expect(output).toContain('src/lib/speed.mdx:1 imports bench/speed.mjs');
    expect(output).not.toContain('src/layouts/Page.astro');
    expect(output).toContain('0 import cycles in 5 files, 3 imports from tests/, scripts/ or bench/');
  });

  it('passes a clean tree with one summary line, ignoring packages, astro: modules and imports inside .mdx code blocks', () => {
    const root = tree({
      'src/a.ts': "import * as d3 from 'd3';\nimport { readFileSync } from 'node:fs';\nimport { b } from './b';\nexport const a = [d3, readFileSync, b];\n",
      'src/b.ts': "import type { CollectionEntry } from 'astro:content';\nexport const b: CollectionEntry<'lectures'> | null = null;\n",
      'src/guide/example.mdx': [
        "import { a } from '../a';",
        '',
        '```python run',
        'import torch',
        '```',
        '',
        '````mdx', // a ``` line inside a ```` block leaves the block open
        '```python run',
        "import Demo from '../../tests/Demo.astro';",
        '````',
        '',
        '{a}',
      ].join('\n'),
      'src/site.mjs': "import { a } from './a';\nexport const site = a;\n",
    });
    expect(runCli(root)).toEqual({ status: 0, output: '순환 import 0개 (파일 4개) / 0 import cycles in 4 files\n' });
  });
});
