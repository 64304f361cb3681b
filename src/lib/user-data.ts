// The reader's own data: a CSV of x,y rows (y in {0, 1}) pasted, dropped, picked or fetched
// from data-src. Parsed here, in the browser; the data never leaves it. Every problem is
// reported Korean first, then English, naming the line and the value, and nothing is kept
// from a file that has one.

export const USER_DATA_MIN_ROWS = 10;
export const USER_DATA_MAX_ROWS = 1_000_000;

export interface UserData {
  x: Float64Array;
  y: Float64Array;
}

export type UserDataResult = { ok: true; data: UserData; header: boolean } | { ok: false; message: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function shown(value: string): string {
  return value.length > 30 ? `${value.slice(0, 30)}…` : value;
}

/** The delimiter of the first line: tab, then semicolon, then comma. */
function delimiterOf(line: string): string {
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  return ',';
}

/** A cell as a number, or NaN. With ';' as delimiter a decimal comma (1,5) is accepted. */
function toNumber(cell: string, delimiter: string): number {
  const text = (delimiter === ';' ? cell.replace(',', '.') : cell).trim();
  return NUMBER.test(text) ? Number(text) : Number.NaN;
}

export function parseUserCsv(text: string): UserDataResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex < 0) return { ok: false, message: '파일이 비어 있습니다: x,y 열이 있는 CSV가 필요합니다. / The file is empty: a CSV with x,y columns is needed.' };
  const delimiter = delimiterOf(lines[firstIndex]);
  const firstCells = lines[firstIndex].split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  const header = firstCells.some((cell) => cell !== '' && Number.isNaN(toNumber(cell, delimiter)));
  let xColumn = 0;
  let yColumn = 1;
  if (header) {
    const names = firstCells.map((cell) => cell.toLowerCase());
    if (names.includes('x') && names.includes('y')) {
      xColumn = names.indexOf('x');
      yColumn = names.indexOf('y');
    }
  }
  const rowCount = lines.length - firstIndex - (header ? 1 : 0);
  const x = new Float64Array(Math.max(0, rowCount));
  const y = new Float64Array(Math.max(0, rowCount));
  let rows = 0;
  for (let index = firstIndex + (header ? 1 : 0); index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') continue;
    const lineNumber = index + 1;
    if (rows >= USER_DATA_MAX_ROWS) {
      return { ok: false, message: `데이터가 너무 많습니다: ${USER_DATA_MAX_ROWS.toLocaleString('ko-KR')}행까지 쓸 수 있습니다. / Too many rows: at most ${USER_DATA_MAX_ROWS} are allowed.` };
    }
    const cells = line.split(delimiter);
    if (cells.length <= Math.max(xColumn, yColumn)) {
      return { ok: false, message: `${lineNumber}행: x와 y, 두 열이 필요합니다 ("${shown(line)}"). / Line ${lineNumber}: two columns, x and y, are needed ("${shown(line)}").` };
    }
    const rawX = cells[xColumn].trim();
    const rawY = cells[yColumn].trim();
    const valueX = toNumber(rawX, delimiter);
    if (!Number.isFinite(valueX)) {
      return { ok: false, message: `${lineNumber}행: x 값 "${shown(rawX)}"은(는) 유한한 수여야 합니다. / Line ${lineNumber}: x value "${shown(rawX)}" must be a finite number.` };
    }
    const valueY = toNumber(rawY, delimiter);
    if (valueY !== 0 && valueY !== 1) {
      return { ok: false, message: `${lineNumber}행: y 값 "${shown(rawY)}"는 0 또는 1이어야 합니다. / Line ${lineNumber}: y value "${shown(rawY)}" must be 0 or 1.` };
    }
    x[rows] = valueX;
    y[rows] = valueY;
    rows++;
  }
  if (rows < USER_DATA_MIN_ROWS) {
    return { ok: false, message: `데이터가 ${rows}행뿐입니다: ${USER_DATA_MIN_ROWS}행 이상이어야 합니다. / Only ${rows} data rows: at least ${USER_DATA_MIN_ROWS} are needed.` };
  }
  return { ok: true, data: { x: x.slice(0, rows), y: y.slice(0, rows) }, header };
}
