// The reader's own CSV: what is accepted, and what each mistake is told, Korean then English.
import { describe, expect, test } from 'vitest';
import { parseUserCsv } from '../../src/lib/user-data';

const rows = (count: number, separator = ',', end = '\n') =>
  Array.from({ length: count }, (_, i) => `${(i / count).toFixed(3)}${separator}${i % 2}`).join(end);

describe('accepted', () => {
  test.each([
    ['comma with header', `x,y\n${rows(12)}\n`, true],
    ['no header', `${rows(12)}\n`, false],
    ['tab', `x\ty\n${rows(12, '\t')}`, true],
    ['semicolon', `x;y\n${rows(12, ';')}`, true],
    ['BOM and CRLF', `\ufeffx,y\r\n${rows(12, ',', '\r\n')}\r\n`, true],
  ])('%s', (_name, text, header) => {
    const result = parseUserCsv(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.header).toBe(header);
    expect(result.data.x.length).toBe(12);
    expect(Array.from(result.data.y.slice(0, 4))).toEqual([0, 1, 0, 1]);
    expect(result.data.x[1]).toBeCloseTo(1 / 12, 3);
  });

  test('columns found by name, in any order; decimal commas with semicolons', () => {
    const result = parseUserCsv(`id;y;x\n${Array.from({ length: 10 }, (_, i) => `${i};${i % 2};0,${i}`).join('\n')}`);
    if (!result.ok) throw new Error(result.message);
    expect(result.data.x[3]).toBeCloseTo(0.3);
    expect(result.data.y[3]).toBe(1);
  });

  test('10^6 rows', () => {
    const text = `x,y\n${rows(1_000_000)}`;
    const result = parseUserCsv(text);
    expect(result.ok && result.data.x.length).toBe(1_000_000);
  });
});

describe('refused, naming the line and the value', () => {
  test.each([
    ['y not 0 or 1', `x,y\n0.1,0\n0.2,2\n${rows(12)}`, '3행: y 값 "2"는 0 또는 1이어야 합니다. / Line 3: y value "2" must be 0 or 1.'],
    ['x not a number', `x,y\n${rows(3)}\nabc,1\n${rows(12)}`, '5행: x 값 "abc"은(는) 유한한 수여야 합니다. / Line 5: x value "abc" must be a finite number.'],
    ['x infinite', `x,y\n1e999,1\n${rows(12)}`, '2행: x 값 "1e999"은(는) 유한한 수여야 합니다.'],
    ['one column', `x,y\n0.5\n${rows(12)}`, '2행: x와 y, 두 열이 필요합니다'],
    ['empty file', '', '파일이 비어 있습니다'],
    ['blank lines only', '\r\n\n  \n', '파일이 비어 있습니다'],
    ['too few rows', `x,y\n${rows(9)}`, '데이터가 9행뿐입니다: 10행 이상이어야 합니다.'],
    ['too many rows', `${rows(1_000_001)}`, '데이터가 너무 많습니다: 1,000,000행까지'],
  ])('%s', (_name, text, message) => {
    const result = parseUserCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.startsWith(message)).toBe(true);
  });
});
