// The text of `df._repr_html_()` (pandas 1.5.3's NotebookFormatter), written from the same table
// spec the page draws: the scoped style, `<table border="1" class="dataframe">`, a header row,
// the index as <th> cells (bold_rows), each value escaped (&, <, >) and indented as pandas indents.
import type { TableSpec } from '../../objects/display';

const STYLE = `<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function tableHtml(table: TableSpec): string {
  const lines = ['<div>', STYLE, '<table border="1" class="dataframe">', '  <thead>', '    <tr style="text-align: right;">'];
  for (const label of ['', ...table.columns]) lines.push(`      <th>${escapeHtml(label)}</th>`);
  lines.push('    </tr>', '  </thead>', '  <tbody>');
  for (const row of table.rows) {
    lines.push('    <tr>', `      <th>${escapeHtml(row.index)}</th>`);
    for (const cell of row.cells) lines.push(`      <td>${escapeHtml(cell)}</td>`);
    lines.push('    </tr>');
  }
  lines.push('  </tbody>', '</table>');
  if (table.dimensions) lines.push(`<p>${table.dimensions}</p>`);
  lines.push('</div>');
  return lines.join('\n');
}
