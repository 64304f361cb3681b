// A pandas DataFrame a cell shows (the 'table' display item: Jupyter's `_repr_html_` as cells)
// built as DOM nodes. Every label and value goes in as text, never as HTML, so a string in the
// data cannot become markup. The table scrolls sideways inside its own focusable region, so a
// wide frame stays readable on a 360 px screen without widening the page.
import type { TableSpec } from '../../lib/python/objects/display';
import { element } from '../ui';

export function renderDataTable(table: TableSpec): HTMLElement {
  const header = element('tr', {}, [element('th', {}, []), ...table.columns.map((label) => element('th', { scope: 'col' }, [label]))]);
  const rows = table.rows.map((row) =>
    element('tr', {}, [element('th', { scope: 'row' }, [row.index]), ...row.cells.map((cell) => element('td', {}, [cell]))]),
  );
  const scroller = element('div', { class: 'tc-table-scroll', tabindex: '0', role: 'region', 'aria-label': 'DataFrame 표 / DataFrame table' }, [
    element('table', { class: 'tc-dataframe' }, [element('thead', {}, [header]), element('tbody', {}, rows)]),
  ]);
  const parts: HTMLElement[] = [scroller];
  if (table.dimensions) parts.push(element('p', { class: 'tc-table-size' }, [table.dimensions]));
  return element('div', { class: 'tc-table' }, parts);
}
