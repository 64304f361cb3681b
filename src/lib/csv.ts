// CSV for the downloads: the simulated data and the training history, openable in Excel/pandas.

/** Columns in order; every column has one value per row. */
export function toCsv(columns: Record<string, ArrayLike<number>>): string {
  const names = Object.keys(columns);
  const rows = names.length === 0 ? 0 : columns[names[0]].length;
  const lines = [names.join(',')];
  for (let row = 0; row < rows; row++) lines.push(names.map((name) => formatCell(columns[name][row])).join(','));
  return `${lines.join('\n')}\n`;
}

/** Shortest text that reads back to the same float64; empty for NaN (no loss measured yet). */
function formatCell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}
