// Which part of a `for` body a loop trace may replay. The body splits into a straight-line
// prefix the recording can follow (`name = expr` and expression statements built from names,
// constants, attributes, subscripts, calls and arithmetic, without the loop variable) and an
// optional suffix the interpreter keeps running every iteration — the lecture's
// `if epoch % 1000 == 0: print(...)`. The suffix may only print, append plain numbers to
// lists, test and break: nothing in it can keep a tensor (the replay overwrites the prefix's
// tensors in place each iteration) or rebind what the prefix reads.
import type { Expr, Stmt } from '../syntax/ast';

export interface LoopPlan {
  readonly prefix: readonly Stmt[];
  readonly suffix: readonly Stmt[];
  /** Names the prefix assigns (they must end each iteration bound to the same op's output). */
  readonly assigned: readonly string[];
  /** Names the prefix reads; the suffix must leave them bound as they were. */
  readonly reads: readonly string[];
  /** Names the suffix calls (must be the builtins) or appends to (must be lists). */
  readonly builtinCalls: readonly string[];
  readonly appendTargets: readonly string[];
}

const PREFIX_EXPR = new Set(['Name', 'Constant', 'Attribute', 'Call', 'BinOp', 'UnaryOp', 'Subscript']);

function prefixExpr(e: Expr, loopVar: string, reads: Set<string>): boolean {
  if (!PREFIX_EXPR.has(e.type)) return false;
  switch (e.type) {
    case 'Name':
      reads.add(e.id);
      return e.id !== loopVar;
    case 'Constant':
      return true;
    case 'Attribute':
      return prefixExpr(e.value, loopVar, reads);
    case 'Subscript':
      return prefixExpr(e.value, loopVar, reads) && prefixExpr(e.slice, loopVar, reads);
    case 'BinOp':
      return prefixExpr(e.left, loopVar, reads) && prefixExpr(e.right, loopVar, reads);
    case 'UnaryOp':
      return e.op !== 'not' && prefixExpr(e.operand, loopVar, reads);
    case 'Call':
      return prefixExpr(e.func, loopVar, reads) && e.args.every((a) => prefixExpr(a, loopVar, reads)) && e.keywords.every((k) => k.arg !== null && prefixExpr(k.value, loopVar, reads));
  }
  return false;
}

// Not min/max: they can return the tensor itself, which a list must not keep.
const SCALAR_BUILTINS = new Set(['float', 'int', 'round', 'abs', 'str', 'len', 'bool']);
const READ_BACK_METHODS = new Set(['item', 'tolist']);

class SuffixCheck {
  readonly builtins = new Set<string>();
  readonly lists = new Set<string>();

  /** An expression whose value cannot be (or hold) a tensor: numbers, strings, booleans. */
  scalar(e: Expr): boolean {
    switch (e.type) {
      case 'Constant':
        return true;
      case 'BinOp':
        return this.scalar(e.left) && this.scalar(e.right);
      case 'UnaryOp':
        return this.scalar(e.operand);
      case 'Compare':
        return this.readable(e.left) && e.comparators.every((c) => this.readable(c));
      case 'BoolOp':
        return e.values.every((v) => this.scalar(v));
      case 'JoinedStr':
        return e.values.every((v) => this.readable(v));
      case 'FormattedValue':
        return this.readable(e.value) && (e.format_spec === null || this.readable(e.format_spec));
      case 'Call':
        return this.scalarCall(e);
      case 'Name':
        // Only the loop variable is known to be a plain number here.
        return false;
    }
    return false;
  }

  private scalarCall(e: Extract<Expr, { type: 'Call' }>): boolean {
    if (e.keywords.length > 0) return false;
    if (e.func.type === 'Attribute' && READ_BACK_METHODS.has(e.func.attr)) return e.args.length === 0 && this.readable(e.func.value);
    if (e.func.type === 'Name' && SCALAR_BUILTINS.has(e.func.id)) {
      this.builtins.add(e.func.id);
      return e.args.every((a) => this.readable(a));
    }
    return false;
  }

  /** An expression that may read a tensor but neither changes nor keeps one. */
  readable(e: Expr): boolean {
    switch (e.type) {
      case 'Name':
      case 'Constant':
        return true;
      case 'Attribute':
        return this.readable(e.value);
      case 'Subscript':
        return this.readable(e.value) && this.readable(e.slice);
      case 'Slice':
        return [e.lower, e.upper, e.step].every((x) => x === null || this.readable(x));
      case 'Tuple':
        return e.elts.every((x) => this.readable(x));
      case 'BinOp':
        return this.readable(e.left) && this.readable(e.right);
      case 'UnaryOp':
        return this.readable(e.operand);
    }
    return this.scalar(e);
  }

  stmt(s: Stmt, loopVar: string): boolean {
    switch (s.type) {
      case 'Pass':
      case 'Break':
      case 'Continue':
        return true;
      case 'If':
        return this.readable(s.test) && s.body.every((b) => this.stmt(b, loopVar)) && s.orelse.every((b) => this.stmt(b, loopVar));
      case 'Expr': {
        const call = s.value;
        if (call.type !== 'Call') return false;
        if (call.func.type === 'Name' && call.func.id === 'print') {
          this.builtins.add('print');
          return call.args.every((a) => this.readable(a)) && call.keywords.every((k) => k.arg !== null && this.readable(k.value));
        }
        if (call.func.type === 'Attribute' && call.func.attr === 'append' && call.func.value.type === 'Name' && call.args.length === 1 && call.keywords.length === 0) {
          this.lists.add(call.func.value.id);
          const arg = call.args[0];
          return (arg.type === 'Name' && arg.id === loopVar) || this.scalar(arg);
        }
        return false;
      }
    }
    return false;
  }
}

function prefixStatement(s: Stmt, loopVar: string, reads: Set<string>): boolean {
  if (s.type === 'Expr') return prefixExpr(s.value, loopVar, reads);
  return s.type === 'Assign' && s.targets.length === 1 && s.targets[0].type === 'Name' && s.targets[0].id !== loopVar && prefixExpr(s.value, loopVar, reads);
}

const plans = new WeakMap<Stmt, LoopPlan | null>();

export function loopPlan(loop: Extract<Stmt, { type: 'For' }>): LoopPlan | null {
  if (plans.has(loop)) return plans.get(loop)!;
  const plan = makePlan(loop);
  plans.set(loop, plan);
  return plan;
}

function makePlan(loop: Extract<Stmt, { type: 'For' }>): LoopPlan | null {
  if (loop.target.type !== 'Name') return null;
  const loopVar = loop.target.id;
  // The longest straight-line prefix; then the shortest one whose rest is a valid suffix, so
  // that trailing prints and appends are interpreted rather than spoiling the recording.
  let longest = 0;
  for (const s of loop.body) {
    if (!prefixStatement(s, loopVar, new Set())) break;
    longest++;
  }
  let split = 0;
  let check = new SuffixCheck();
  for (let k = 1; k <= longest && split === 0; k++) {
    check = new SuffixCheck();
    if (loop.body.slice(k).every((s) => check.stmt(s, loopVar))) split = k;
  }
  if (split === 0) return null;
  const prefix = loop.body.slice(0, split);
  const suffix = loop.body.slice(split);
  const reads = new Set<string>();
  const assigned: string[] = [];
  for (const s of prefix) {
    prefixStatement(s, loopVar, reads);
    if (s.type === 'Assign' && s.targets[0].type === 'Name') assigned.push(s.targets[0].id);
  }
  for (const name of [...check.builtins, ...check.lists]) {
    if (assigned.includes(name) || name === loopVar) return null;
  }
  return {
    prefix,
    suffix,
    assigned,
    reads: [...new Set([...reads, ...assigned])],
    builtinCalls: [...check.builtins],
    appendTargets: [...check.lists],
  };
}
