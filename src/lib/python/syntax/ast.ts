// The syntax tree, named after CPython's `ast` module (Module, Assign, For, Call, Attribute,
// Subscript, ...) so that anyone who knows Python's AST can read the interpreter.

/** Binary operators, named as CPython's ast names them (Add -> 'add', ...). */
export type BinaryOp =
  | 'add' | 'sub' | 'mul' | 'truediv' | 'floordiv' | 'mod' | 'pow' | 'matmul'
  | 'lshift' | 'rshift' | 'and' | 'or' | 'xor';
export type UnaryOp = 'neg' | 'pos' | 'invert';
export type CompareOp = 'lt' | 'le' | 'eq' | 'ne' | 'gt' | 'ge';

/** Python spelling of each operator, for error messages ("unsupported operand type(s) for +"). */
export const BINARY_OP_SYMBOL: Record<BinaryOp, string> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '** or pow()',
  matmul: '@', lshift: '<<', rshift: '>>', and: '&', or: '|', xor: '^',
};
export const UNARY_OP_SYMBOL: Record<UnaryOp, string> = { neg: '-', pos: '+', invert: '~' };
export const COMPARE_OP_SYMBOL: Record<CompareOp, string> = {
  lt: '<', le: '<=', eq: '==', ne: '!=', gt: '>', ge: '>=',
};

export interface Position {
  lineno: number;
  col_offset: number;
}

export type Expr =
  | (Position & { type: 'Constant'; value: bigint | number | boolean | string | null | 'Ellipsis'; kind?: 'Ellipsis' })
  | (Position & { type: 'Name'; id: string })
  | (Position & { type: 'JoinedStr'; values: Expr[] })
  | (Position & { type: 'FormattedValue'; value: Expr; conversion: string | null; format_spec: Expr | null })
  | (Position & { type: 'List'; elts: Expr[] })
  | (Position & { type: 'Tuple'; elts: Expr[] })
  | (Position & { type: 'Dict'; keys: (Expr | null)[]; values: Expr[] })
  | (Position & { type: 'Set'; elts: Expr[] })
  | (Position & { type: 'BinOp'; left: Expr; op: BinaryOp; right: Expr })
  | (Position & { type: 'UnaryOp'; op: UnaryOp | 'not'; operand: Expr })
  | (Position & { type: 'BoolOp'; op: 'and' | 'or'; values: Expr[] })
  | (Position & { type: 'Compare'; left: Expr; ops: CompareOrMembership[]; comparators: Expr[] })
  | (Position & { type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] })
  | (Position & { type: 'Attribute'; value: Expr; attr: string })
  | (Position & { type: 'Subscript'; value: Expr; slice: Expr })
  | (Position & { type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null })
  | (Position & { type: 'Starred'; value: Expr })
  | (Position & { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr })
  | (Position & { type: 'Lambda'; args: Arguments; body: Expr })
  | (Position & { type: 'ListComp'; elt: Expr; generators: Comprehension[] })
  | (Position & { type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] })
  | (Position & { type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] })
  | (Position & { type: 'SetComp'; elt: Expr; generators: Comprehension[] });

export type CompareOrMembership = CompareOp | 'in' | 'not in' | 'is' | 'is not';

/** `name=value` in a call; arg null means `**mapping`. */
export interface Keyword {
  arg: string | null;
  value: Expr;
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export interface Arg {
  arg: string;
}
/** Parameters of def/lambda: positional ones with trailing defaults, *args, keyword-only, **kwargs. */
export interface Arguments {
  args: Arg[];
  defaults: Expr[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
}

export interface Alias {
  name: string;
  asname: string | null;
}

export interface WithItem {
  context_expr: Expr;
  optional_vars: Expr | null;
}

export type Stmt =
  | (Position & { type: 'Expr'; value: Expr; /** ended with ';' (hides a cell's last value) */ semicolon?: boolean })
  | (Position & { type: 'Assign'; targets: Expr[]; value: Expr })
  | (Position & { type: 'AugAssign'; target: Expr; op: BinaryOp; value: Expr })
  | (Position & { type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Position & { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Position & { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] })
  | (Position & { type: 'With'; items: WithItem[]; body: Stmt[] })
  | (Position & { type: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[] })
  | (Position & { type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[] })
  | (Position & { type: 'Return'; value: Expr | null })
  | (Position & { type: 'Delete'; targets: Expr[] })
  | (Position & { type: 'Pass' })
  | (Position & { type: 'Break' })
  | (Position & { type: 'Continue' })
  | (Position & { type: 'Import'; names: Alias[] })
  | (Position & { type: 'ImportFrom'; module: string; names: Alias[] })
  | (Position & { type: 'Global'; names: string[] })
  | (Position & { type: 'Nonlocal'; names: string[] })
  | (Position & { type: 'Assert'; test: Expr; msg: Expr | null })
  | (Position & { type: 'Raise'; exc: Expr | null })
  | (Position & { type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] });

export interface ExceptHandler extends Position {
  /** Exception class names to match (`except (ValueError, TypeError) as e`); empty for bare except. */
  names: string[];
  name: string | null;
  body: Stmt[];
}

export interface Module {
  type: 'Module';
  body: Stmt[];
}
