// pandas.read_csv with the C parser's behaviour (pandas 1.5.3): quoted fields, blank lines
// skipped, the header row (duplicate names get .1, empty ones Unnamed: i), missing values from the
// default na_values, and each column's type tried as int64, then float64 (pandas' own
// precise_xstrtod, which is not always the correctly rounded double), then bool, else strings.
import { notSupportedYet, pyError, type PyValue } from '../../objects/host';
import { columnFromValues, numericColumn, objectColumn, type Column } from './column';

const NA_VALUES = new Set([
  '', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'n/a', 'nan', 'null',
]);
const TRUE_VALUES = new Set(['True', 'TRUE', 'true']);
const FALSE_VALUES = new Set(['False', 'FALSE', 'false']);

export interface CsvOptions {
  /** One character, or null for runs of whitespace (sep='\s+'). */
  sep: string | null;
  /** The header row's number, or null for none. */
  header: number | null;
  names: PyValue[] | null;
  nrows: number | null;
}

export interface ParsedCsv {
  labels: PyValue[];
  columns: Column[];
  /** Whether the labels are generated numbers (header=None): an Int64Index. */
  numberedColumns: boolean;
}

/** The records of the text: fields split at `sep` outside double quotes, blank lines skipped. */
function records(text: string, sep: string | null): string[][] {
  const out: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let started = false;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    if (started) {
      endField();
      const blank = fields.length === 1 && !quoted && /^[ \t]*$/.test(fields[0]);
      if (!blank) out.push(fields);
    }
    fields = [];
    field = '';
    quoted = false;
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      continue;
    }
    started = true;
    if (ch === '"' && field === '') {
      inQuotes = true;
      quoted = true;
    } else if (sep === null ? ch === ' ' || ch === '\t' : ch === sep) {
      if (sep === null) {
        while (text[i + 1] === ' ' || text[i + 1] === '\t') i++;
        if (fields.length === 0 && field === '') continue; // leading whitespace
      }
      endField();
    } else field += ch;
  }
  endRecord();
  return out;
}

const POWERS = Array.from({ length: 309 }, (_, i) => Number(`1e${i}`));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

/**
 * pandas' precise_xstrtod: at most 17 significant digits accumulated in a double, then one
 * multiply or divide by a power of ten (two below 1e-308). null when the text is not a number
 * (no digits, characters left over, or out of range).
 */
export function preciseXstrtod(text: string): number | null {
  let p = 0;
  while (isSpace(text[p])) p++;
  let negative = false;
  if (text[p] === '-' || text[p] === '+') negative = text[p++] === '-';
  let number = 0;
  let exponent = 0;
  let digits = 0;
  let decimals = 0;
  while (isDigit(text[p])) {
    if (digits < 17) {
      number = number * 10 + (text.charCodeAt(p) - 48);
      digits++;
    } else exponent++;
    p++;
  }
  if (text[p] === '.') {
    p++;
    while (digits < 17 && isDigit(text[p])) {
      number = number * 10 + (text.charCodeAt(p) - 48);
      p++;
      digits++;
      decimals++;
    }
    if (digits >= 17) while (isDigit(text[p])) p++;
    exponent -= decimals;
  }
  if (digits === 0) return null;
  if (negative) number = -number;
  if (text[p] === 'e' || text[p] === 'E') {
    let expNegative = false;
    p++;
    if (text[p] === '-' || text[p] === '+') expNegative = text[p++] === '-';
    let n = 0;
    let expDigits = 0;
    while (expDigits < 17 && isDigit(text[p])) {
      n = n * 10 + (text.charCodeAt(p) - 48);
      expDigits++;
      p++;
    }
    exponent += expNegative ? -n : n;
    if (expDigits === 0) p--;
  }
  if (exponent > 308) return null;
  if (exponent > 0) number *= POWERS[exponent];
  else if (exponent < -308) {
    if (exponent < -616) number = 0;
    else {
      number /= POWERS[-308 - exponent];
      number /= POWERS[308];
    }
  } else number /= POWERS[-exponent];
  if (Math.abs(number) === Infinity) return null;
  while (isSpace(text[p])) p++;
  return p === text.length ? number : null;
}

/** str_to_int64: an optional sign, digits, spaces around; null when not an int or past int64. */
function parseInt64(text: string): bigint | null {
  const m = /^[ \t\n\r\f\v]*([+-]?)(\d+)[ \t\n\r\f\v]*$/.exec(text);
  if (!m) return null;
  const value = BigInt(m[1] + m[2]);
  return value > 0x7fffffffffffffffn || value < -0x8000000000000000n ? null : value;
}

/** The double of an 'inf' spelling (to_double's fallback), else null. */
function infinity(text: string): number | null {
  const lower = text.toLowerCase();
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity' || lower === '+infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  return null;
}

/** One column's fields with the C parser's type inference. */
function convert(fields: readonly string[]): Column {
  const missing = fields.map((f) => NA_VALUES.has(f));
  const naCount = missing.filter(Boolean).length;
  if (fields.length === 0) return objectColumn([]);
  if (naCount === 0) {
    const ints = fields.map(parseInt64);
    if (ints.every((v) => v !== null)) return columnFromValues(ints);
    // integers past int64: pandas keeps the text
    if (fields.every((f) => /^[ \t]*[+-]?\d+[ \t]*$/.test(f))) return objectColumn([...fields]);
  }
  const floats = fields.map((f, i) => (missing[i] ? NaN : preciseXstrtod(f) ?? infinity(f)));
  if (floats.every((v) => v !== null)) return numericColumn('float64', Float64Array.from(floats as number[]));
  const bools = fields.map((f, i) => (missing[i] ? null : TRUE_VALUES.has(f) ? true : FALSE_VALUES.has(f) ? false : undefined));
  if (bools.every((v) => v !== undefined)) {
    return naCount === 0 ? columnFromValues(bools as boolean[]) : objectColumn(bools.map((v) => (v === null ? NaN : (v as boolean))));
  }
  return objectColumn(fields.map((f, i) => (missing[i] ? NaN : f)));
}

/** Header names as pandas makes them unique: a repeat gets .1, .2, an empty one Unnamed: i. */
function mangle(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    let name = raw === '' ? `Unnamed: ${i}` : raw;
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    if (count > 0) {
      let candidate = `${name}.${count}`;
      while (seen.has(candidate)) candidate = `${name}.${seen.get(name)!}`;
      seen.set(candidate, 1);
      name = candidate;
    }
    return name;
  });
}

export function parseCsv(text: string, options: CsvOptions): ParsedCsv {
  const rows = records(text.replace(/^\ufeff/, ''), options.sep);
  if (options.header !== null && options.header > 0) throw notSupportedYet('read_csv(header=1 이상)');
  let labels: PyValue[];
  let body: string[][];
  let numbered = false;
  if (options.header === 0) {
    if (rows.length === 0) throw pyError('EmptyDataError', 'No columns to parse from file');
    labels = mangle(rows[0]);
    body = rows.slice(1);
    if (options.names) labels = options.names;
  } else {
    if (rows.length === 0 && !options.names) throw pyError('EmptyDataError', 'No columns to parse from file');
    body = rows;
    labels = options.names ?? Array.from({ length: rows[0].length }, (_, i) => BigInt(i));
    numbered = !options.names;
  }
  if (options.nrows !== null) body = body.slice(0, options.nrows);
  const width = labels.length;
  if (body.length > 0 && body[0].length > width) throw notSupportedYet('머리줄보다 열이 많은 CSV (첫 열들이 인덱스가 되는 경우)');
  body.forEach((row, i) => {
    if (row.length > width) {
      const line = i + 1 + (options.header === 0 ? 1 : 0);
      throw pyError('ParserError', `Error tokenizing data. C error: Expected ${width} fields in line ${line}, saw ${row.length}\n`);
    }
  });
  const columns = labels.map((_, j) => convert(body.map((row) => row[j] ?? '')));
  return { labels, columns, numberedColumns: numbered };
}
