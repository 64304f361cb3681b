// DataFrame.query's expressions as the course writes them: comparisons of columns with numbers,
// strings, True/False or other columns, joined by and/&, or/| and parentheses ('y==0',
// 'x > 0 and s == "a"'). Anything else is NotImplementedError, never a guess.
import { notSupportedYet, pyError, type CompareOp } from '../../objects/host';
import { numericColumn, type Column } from './column';
import { compareColumns, type Operand } from './ops';

const COMPARISONS: Record<string, CompareOp> = { '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
const TOKEN = /\s*(?:(\d+\.\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)|(\d+)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(==|!=|<=|>=|<|>|&|\||\(|\))|(`[^`]+`|[A-Za-z_][A-Za-z_0-9]*))/y;

type Token = { kind: 'float' | 'int' | 'str' | 'op' | 'name'; text: string };

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(expr);
    if (!m) throw notSupportedYet(`이 query 식 (${expr})`);
    const [, float, int, string, op, name] = m;
    if (float) tokens.push({ kind: 'float', text: float });
    else if (int) tokens.push({ kind: 'int', text: int });
    else if (string) tokens.push({ kind: 'str', text: string.slice(1, -1) });
    else if (op) tokens.push({ kind: 'op', text: op });
    else tokens.push({ kind: 'name', text: name.replace(/`/g, '') });
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/** The rows where `expr` holds, as a bool column; `column(name)` is the column of that name, undefined when there is none. */
export function queryMask(expr: string, column: (name: string) => Column | undefined): Column {
  const tokens = tokenize(expr);
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (t: Token | undefined, ...words: string[]) => t !== undefined && (t.kind === 'op' || t.kind === 'name') && words.includes(t.text);

  const operand = (): Operand => {
    const t = tokens[i++];
    if (!t) throw notSupportedYet(`이 query 식 (${expr})`);
    if (t.kind === 'float') return { scalar: Number(t.text) };
    if (t.kind === 'int') return { scalar: BigInt(t.text) };
    if (t.kind === 'str') return { scalar: t.text };
    if (t.kind === 'name') {
      if (t.text === 'True' || t.text === 'False') return { scalar: t.text === 'True' };
      const c = column(t.text);
      if (!c) throw pyError('UndefinedVariableError', `name '${t.text}' is not defined`);
      return { column: c };
    }
    throw notSupportedYet(`이 query 식 (${expr})`);
  };

  const comparison = (): Column => {
    if (isWord(peek(), '(')) {
      i++;
      const inner = disjunction();
      if (!isWord(tokens[i++], ')')) throw notSupportedYet(`이 query 식 (${expr})`);
      return inner;
    }
    const left = operand();
    const op = tokens[i++];
    if (!op || op.kind !== 'op' || !(op.text in COMPARISONS)) throw notSupportedYet(`이 query 식 (${expr})`);
    const right = operand();
    if ('column' in left) return compareColumns(COMPARISONS[op.text], left.column, right);
    if ('column' in right) return compareColumns(FLIPPED[COMPARISONS[op.text]], right.column, left);
    throw notSupportedYet(`열이 없는 query 식 (${expr})`);
  };

  const combine = (next: () => Column, words: string[], f: (a: number, b: number) => boolean) => (): Column => {
    let result = next();
    while (isWord(peek(), ...words)) {
      i++;
      const right = next();
      const a = (result as { data: Float64Array }).data;
      const b = (right as { data: Float64Array }).data;
      result = numericColumn('bool', Float64Array.from(a, (v, k) => (f(v, b[k]) ? 1 : 0)));
    }
    return result;
  };
  const conjunction = combine(comparison, ['and', '&'], (a, b) => a !== 0 && b !== 0);
  const disjunction: () => Column = combine(conjunction, ['or', '|'], (a, b) => a !== 0 || b !== 0);

  const result = disjunction();
  if (i !== tokens.length) throw notSupportedYet(`이 query 식 (${expr})`);
  return result;
}

const FLIPPED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };
