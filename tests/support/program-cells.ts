// Notebook cells of a program: split at lines '# %%', as the golden scripts do. Free of Node
// APIs, so the bench's browser workers (bench/harness/net-case.ts) split programs with it too.
export function cellsOf(source: string): string[] {
  const cells: string[][] = [[]];
  for (const line of source.split('\n')) {
    if (line.trim() === '# %%') cells.push([]);
    else cells[cells.length - 1].push(line);
  }
  return cells.map((c) => c.join('\n'));
}
