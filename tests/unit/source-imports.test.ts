// What the site ships imports nothing from tests/ or scripts/: data it prints lives in src/data/
// (written there by scripts/), and the tests read it from there. Every quoted relative path in
// src/ and components/ is checked, so imports, dynamic imports, import.meta.glob patterns and
// new URL(…, import.meta.url) are all covered, in .ts, .mjs, .astro and .mdx files alike.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OFF_LIMITS = ['tests', 'scripts'];
const SOURCE_FILE = /\.(astro|mdx?|[cm]?[jt]sx?)$/;
// './x', "../x", `../x/${name}`, and Vite's root-relative glob form '/tests/…'.
const QUOTED_PATH = /(['"`])(\.{1,2}\/[^'"`\s]*|\/(?:tests|scripts)\/[^'"`\s]*)\1/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

/** The paths written in `text` (the file `file`) that lead into tests/ or scripts/. */
function pathsOffLimits(file: string, text: string): string[] {
  return [...text.matchAll(QUOTED_PATH)].map((match) => match[2]).filter((path) => {
    const target = path.startsWith('/') ? join(ROOT, path) : resolve(dirname(file), path);
    return OFF_LIMITS.includes(relative(ROOT, target).split(sep)[0]);
  });
}

describe('src/ and components/', () => {
  const files = ['src', 'components'].flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('import nothing from tests/ or scripts/', () => {
    expect(files).toContain(join(ROOT, 'components', 'SeededTorchRun.astro'));
    const offending = files.flatMap((file) => pathsOffLimits(file, readFileSync(file, 'utf8')).map((path) => `${relative(ROOT, file)}: ${path}`));
    expect(offending).toEqual([]);
  });

  it('would be caught importing from there in any of the ways a file can', () => {
    const component = join(ROOT, 'components', 'Example.astro');
    const text = `import a from '../tests/fixtures/a.json';
      import { b } from "./support/b"; import c from '../src/data/torch/lecture.json';
      const d = await import("../scripts/d.mjs");
      const e = import.meta.glob(['../src/guide/*.mdx', '/tests/fixtures/*.json']);
      const f = new URL(\`../scripts/\${name}.py\`, import.meta.url);`;
    expect(pathsOffLimits(component, text)).toEqual(['../tests/fixtures/a.json', '../scripts/d.mjs', '/tests/fixtures/*.json', '../scripts/${name}.py']);
    expect(pathsOffLimits(join(ROOT, 'src', 'layouts', 'Base.astro'), `import { t } from '../scripts/theme-toggle';`)).toEqual([]);
  });
});
