#!/usr/bin/env node
// npm run check:cycles [-- <root>]
// House rules: no import cycles in src/ and components/, type-only imports included (a type cycle
// still ties two modules together: neither can move or be read alone), and nothing there imports
// from tests/, scripts/ or bench/. Reads what TypeScript and Astro read: .ts/.js/.mjs files whole,
// an .astro file's frontmatter and <script> tags, an .mdx file's top-level import/export lines.
// Imports are found by TypeScript's parser and relative paths resolved by TypeScript with the
// root's tsconfig.json, so `./foo` finds foo.ts or foo/index.ts exactly as `astro check` does.
// Bare packages and astro:* virtual modules are outside the graph. Exit code 1 on any finding.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const SCANNED_DIRS = ['src', 'components'];
const FORBIDDEN_DIRS = ['tests', 'scripts', 'bench'];
const SOURCE_EXTENSIONS = new Set(['.ts', '.mts', '.js', '.mjs', '.astro', '.mdx']);

function listSourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listSourceFiles(path);
      return entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name)) ? [path] : [];
    })
    .sort();
}

/** The parts of a file that hold imports, each as `{ code, firstLine, kind }` (firstLine counts from 0). */
function codeBlocks(path, text) {
  const ext = extname(path);
  if (ext === '.astro') return astroScriptBlocks(text);
  if (ext === '.mdx') return mdxEsmBlocks(text);
  const kind = ext === '.js' || ext === '.mjs' ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return [{ code: text, firstLine: 0, kind }];
}

// Astro runs the frontmatter (between the first two `---` lines) and bundles each <script> of
// the template below it; a `<script>` written inside the frontmatter is only a string.
function astroScriptBlocks(text) {
  const lines = text.split('\n');
  const end = lines[0].trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
  const blocks = end > 0 ? [{ code: lines.slice(1, end).join('\n'), firstLine: 1, kind: ts.ScriptKind.TS }] : [];
  const templateStart = end > 0 ? lines.slice(0, end + 1).join('\n').length : 0;
  for (const script of text.slice(templateStart).matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const codeStart = templateStart + script.index + script[0].indexOf('>') + 1;
    blocks.push({ code: script[1], firstLine: lineOf(text, codeStart), kind: ts.ScriptKind.TS });
  }
  return blocks;
}

// MDX reads a paragraph that starts with `import` or `export`, outside code fences, as ESM.
function mdxEsmBlocks(text) {
  const blocks = [];
  let fence = null;
  let block = null;
  text.split('\n').forEach((line, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker?.startsWith(fence)) fence = null;
    } else if (marker) {
      fence = marker;
    } else if (block && line.trim() !== '') {
      block.code += `\n${line}`;
      return;
    } else if (/^(import|export)\b/.test(line)) {
      block = { code: line, firstLine: index, kind: ts.ScriptKind.TS };
      blocks.push(block);
      return;
    }
    block = null;
  });
  return blocks;
}

function lineOf(text, offset) {
  return text.slice(0, offset).split('\n').length - 1;
}

const marked = (typeOnly, name) => (typeOnly ? `type ${name}` : name);
const elementNames = (elements) => elements.map((element) => marked(element.isTypeOnly, (element.propertyName ?? element.name).text));

/** Every module a block refers to, as `{ specifier, line, names }` (line counts from 0 in the block). */
function importsOf(sourceFile) {
  const found = [];
  const add = (literal, names) => {
    const line = sourceFile.getLineAndCharacterOfPosition(literal.getStart(sourceFile)).line;
    found.push({ specifier: literal.text, line, names });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const { name, namedBindings, phaseModifier } = node.importClause ?? {};
      const isTypeOnly = phaseModifier === ts.SyntaxKind.TypeKeyword;
      const names = name ? ['default'] : [];
      if (namedBindings && ts.isNamespaceImport(namedBindings)) names.push(`* as ${namedBindings.name.text}`);
      if (namedBindings && ts.isNamedImports(namedBindings)) names.push(...elementNames(namedBindings.elements));
      add(node.moduleSpecifier, names.map((imported) => marked(isTypeOnly, imported)));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const clause = node.exportClause;
      const names = !clause ? ['*'] : ts.isNamespaceExport(clause) ? [`* as ${clause.name.text}`] : elementNames(clause.elements);
      add(node.moduleSpecifier, names.map((exported) => marked(node.isTypeOnly, exported)));
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, [`type ${node.qualifier ? node.qualifier.getText(sourceFile) : '*'}`]);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) add(argument, ['import()']); // not import(`${base}x.js`)
    }
    // A .js/.mjs file writes its type imports in JSDoc: /** @param {import('./x').Y} y */
    if (sourceFile.scriptKind === ts.ScriptKind.JS) node.jsDoc?.forEach(visit);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function compilerOptions(root) {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) {
    throw new Error(`tsconfig.json을 읽을 수 없습니다 / cannot read ${configPath}: ${ts.flattenDiagnosticMessageText(config.error.messageText, '\n')}`);
  }
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/** The file a relative specifier names: TypeScript's answer, or (for .astro, .css…) the path itself. */
function resolveRelative(specifier, fromFile, options) {
  const path = specifier.replace(/\?.*$/, '');
  const resolved = ts.resolveModuleName(path, fromFile, options, ts.sys).resolvedModule;
  return resolved ? resolve(resolved.resolvedFileName) : resolve(dirname(fromFile), path);
}

/** @typedef {{ from: string, to: string, line: number, names: string[] }} ImportEdge paths relative to root, line from 1 */

/**
 * The import graph of `root`'s src/ and components/, and what is wrong with it: each cycle as
 * its list of imports, and each import from tests/, scripts/ or bench/.
 * @param {string} root
 * @returns {{ fileCount: number, cycles: ImportEdge[][], forbidden: ImportEdge[] }}
 */
export function checkImports(root) {
  root = realpathSync(root);
  const options = compilerOptions(root);
  const files = SCANNED_DIRS.flatMap((dir) => listSourceFiles(join(root, dir)));
  const name = (path) => relative(root, path).split(sep).join('/');
  const edges = new Map(files.map((file) => [name(file), new Map()])); // from → to → edge
  const forbidden = [];

  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const { code, firstLine, kind } of codeBlocks(file, text)) {
      const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
      for (const { specifier, line, names } of importsOf(sourceFile)) {
        if (!specifier.startsWith('.')) continue; // bare packages, node:*, astro:*
        const edge = { from: name(file), to: name(resolveRelative(specifier, file, options)), line: firstLine + line + 1, names };
        if (FORBIDDEN_DIRS.some((dir) => edge.to.startsWith(`${dir}/`))) forbidden.push(edge);
        if (!edges.has(edge.to)) continue;
        const known = edges.get(edge.from).get(edge.to);
        if (known) known.names.push(...names.filter((n) => !known.names.includes(n)));
        else edges.get(edge.from).set(edge.to, edge);
      }
    }
  }
  return { fileCount: files.length, cycles: findCycles(edges), forbidden };
}

// Tarjan's strongly connected components: the groups of files that all reach one another.
function stronglyConnected(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (file) => {
    index.set(file, index.size);
    low.set(file, index.get(file));
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file).keys()) {
      if (!index.has(next)) visit(next);
      if (onStack.has(next)) low.set(file, Math.min(low.get(file), low.get(next)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = new Set();
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.add(member);
    } while (member !== file);
    components.push(component);
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return components;
}

// For every import that lies on a cycle, the shortest cycle through it, so that each import to
// break is named at least once without listing every one of the (possibly very many) cycles.
function findCycles(edges) {
  const cycles = new Map();
  for (const component of stronglyConnected(edges)) {
    for (const from of component) {
      for (const [to, edge] of edges.get(from)) {
        if (!component.has(to)) continue;
        const cycle = [edge, ...shortestPath(edges, component, to, from)];
        const start = cycle.reduce((best, e, i) => (e.from < cycle[best].from ? i : best), 0);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.map((e) => e.from).join(' '), rotated);
      }
    }
  }
  return [...cycles.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, cycle]) => cycle);
}

/** The edges of a shortest path from `start` to `goal` inside one component (empty when equal). */
function shortestPath(edges, component, start, goal) {
  const cameBy = new Map([[start, null]]);
  const queue = [start];
  while (!cameBy.has(goal)) {
    const file = queue.shift();
    for (const [next, edge] of edges.get(file)) {
      if (component.has(next) && !cameBy.has(next)) {
        cameBy.set(next, edge);
        queue.push(next);
      }
    }
  }
  const path = [];
  for (let edge = cameBy.get(goal); edge; edge = cameBy.get(edge.from)) path.unshift(edge);
  return path;
}

/**
 * The report as printed, and the exit code.
 * @param {ReturnType<typeof checkImports>} result
 */
export function formatReport({ fileCount, cycles, forbidden }) {
  const lines = [];
  const describe = (edge) => {
    const what = edge.names.length > 0 ? `{ ${edge.names.join(', ')} }` : '(for its side effects)';
    return `${edge.from}:${edge.line} imports ${what} from ${edge.to}`;
  };
  for (const cycle of cycles) {
    lines.push(`import cycle: ${[...cycle.map((edge) => edge.from), cycle[0].from].join(' -> ')}`);
    for (const edge of cycle) lines.push(`  ${describe(edge)}`);
  }
  for (const edge of forbidden) {
    lines.push(`${edge.from}:${edge.line} imports ${edge.to}: src/와 components/는 tests/, scripts/, bench/에서 import하지 않습니다 / src/ and components/ must not import from tests/, scripts/ or bench/`);
  }
  const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const summary = `${plural(cycles.length, 'import cycle')} in ${fileCount} files`;
  if (forbidden.length === 0) lines.push(`순환 import ${cycles.length}개 (파일 ${fileCount}개) / ${summary}`);
  else lines.push(`순환 import ${cycles.length}개, 금지된 import ${forbidden.length}개 (파일 ${fileCount}개) / ${summary}, ${plural(forbidden.length, 'import')} from tests/, scripts/ or bench/`);
  return { text: lines.join('\n'), exitCode: cycles.length + forbidden.length > 0 ? 1 : 0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  try {
    const { text, exitCode } = formatReport(checkImports(resolve(process.argv[2] ?? '.')));
    (exitCode ? console.error : console.log)(text);
    process.exit(exitCode);
  } catch (error) {
    console.error(`오류 / Error: ${error.message}`);
    process.exit(2);
  }
}
