// Which expressions CPython 3.11's AST optimizer (Python/ast_opt.c) turns into constants before
// compiling: literals, unary and binary operators on constants (within its size limits), and
// tuples of constants. A set display of more than two of them is built from a frozenset
// constant, and `for x in {...}` of constants iterates a frozenset: both orders differ from
// adding the elements one by one, so the evaluator asks this (eval/interpreter.ts).
import type { Expr } from './ast';

const MAX_INT_BITS = 128;

const bits = (n: bigint) => (n < 0n ? -n : n).toString(2).length;

/** A literal number's value, for the size checks of `*`, `**` and `<<`. */
function literal(e: Expr): bigint | number | boolean | string | null | undefined {
  if (e.type === 'Constant' && e.kind !== 'Ellipsis') return e.value as bigint | number | boolean | string | null;
  if (e.type === 'UnaryOp' && e.op === 'neg' && e.operand.type === 'Constant') {
    const v = e.operand.value;
    return typeof v === 'bigint' ? -v : typeof v === 'number' ? -v : undefined;
  }
  return undefined;
}

/** safe_multiply, safe_power, safe_lshift: an int result past 128 bits stays unfolded. */
function withinLimits(e: Extract<Expr, { type: 'BinOp' }>): boolean {
  if (e.op !== 'mul' && e.op !== 'pow' && e.op !== 'lshift') return true;
  const v = literal(e.left);
  const w = literal(e.right);
  if (typeof v !== 'bigint' || typeof w !== 'bigint') return e.op !== 'mul' || typeof v !== 'string';
  if (e.op === 'mul') return v === 0n || w === 0n || bits(v) + bits(w) <= MAX_INT_BITS;
  if (e.op === 'pow') return w < 0n || v === 0n || bits(v) * Number(w) <= MAX_INT_BITS;
  return w < 0n || v === 0n || bits(v) + Number(w) <= MAX_INT_BITS;
}

export function isFoldedConstant(e: Expr): boolean {
  switch (e.type) {
    case 'Constant':
      return true;
    case 'UnaryOp':
      return isFoldedConstant(e.operand);
    case 'BinOp':
      return isFoldedConstant(e.left) && isFoldedConstant(e.right) && withinLimits(e);
    case 'Tuple':
      return e.elts.every(isFoldedConstant);
  }
  return false;
}
