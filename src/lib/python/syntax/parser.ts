// Tokens -> AST (ast.ts), a recursive-descent parser following the order of Python's grammar.
// Unsupported syntax raises SyntaxError or NotImplementedError naming the construct and line.
import type { Arguments, Comprehension, CompareOrMembership, Expr, Keyword, Module, Position, Stmt } from './ast';
import type { BinaryOp } from './ast';
import { PyNotImplemented, PySyntaxError } from './errors';
import { decodeStringEscapes, tokenize, type CompileWarning, type Token } from './tokenizer';

const AUGMENTED: Record<string, BinaryOp> = {
  '+=': 'add', '-=': 'sub', '*=': 'mul', '/=': 'truediv', '//=': 'floordiv', '%=': 'mod', '**=': 'pow',
  '@=': 'matmul', '&=': 'and', '|=': 'or', '^=': 'xor', '<<=': 'lshift', '>>=': 'rshift',
};
const COMPARISONS: Record<string, CompareOrMembership> = {
  '<': 'lt', '<=': 'le', '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'ge',
};
const UNSUPPORTED_KEYWORDS: Record<string, string> = {
  yield: "'yield' (generators)",
  async: "'async'",
  await: "'await'",
  match: "'match' statements",
};
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export function parse(source: string, warn?: CompileWarning): Module {
  return new Parser(tokenize(source, warn)).parseModule();
}

/** Parses one expression (used for f-string replacement fields). */
function parseExpression(source: string, line: number, col: number): Expr {
  const tokens = tokenize(source).map((t) => ({ ...t, line: t.line + line - 1, col: t.line === 1 ? t.col + col : t.col }));
  const parser = new Parser(tokens);
  return parser.parseStandaloneExpression();
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  // ── token helpers ──
  private get token(): Token {
    return this.tokens[this.index];
  }
  private peek(offset = 1): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }
  private next(): Token {
    return this.tokens[this.index++];
  }
  private isOp(value: string): boolean {
    return this.token.type === 'op' && this.token.value === value;
  }
  private isName(value: string): boolean {
    return this.token.type === 'name' && this.token.value === value;
  }
  private acceptOp(value: string): boolean {
    if (!this.isOp(value)) return false;
    this.index++;
    return true;
  }
  private acceptName(value: string): boolean {
    if (!this.isName(value)) return false;
    this.index++;
    return true;
  }
  private expectOp(value: string, message?: string): Token {
    if (!this.isOp(value)) this.fail(message ?? (value === ':' ? "expected ':'" : `expected '${value}'`));
    return this.next();
  }
  private expectName(value: string): Token {
    if (!this.isName(value)) this.fail(`expected '${value}'`);
    return this.next();
  }
  private identifier(): string {
    const token = this.token;
    if (token.type !== 'name' || KEYWORDS.has(token.value)) this.fail('invalid syntax');
    this.index++;
    return token.value;
  }
  private fail(message = 'invalid syntax', token = this.token): never {
    if (token.type === 'indent') throw new PySyntaxError('unexpected indent', token.line, token.col, 'IndentationError');
    if (token.type === 'eof' && message === 'invalid syntax') {
      throw new PySyntaxError('unexpected EOF while parsing', token.line, token.col);
    }
    throw new PySyntaxError(message, token.line, token.col);
  }
  private pos(token = this.token): Position {
    return { lineno: token.line, col_offset: token.col };
  }

  // ── statements ──
  parseModule(): Module {
    const body: Stmt[] = [];
    while (this.token.type !== 'eof') {
      if (this.token.type === 'newline') {
        this.index++;
        continue;
      }
      body.push(...this.statement());
    }
    return { type: 'Module', body };
  }

  parseStandaloneExpression(): Expr {
    const expr = this.testListStarExpr();
    while (this.token.type === 'newline') this.index++;
    if (this.token.type !== 'eof') this.fail('f-string: invalid syntax');
    return expr;
  }

  private statement(): Stmt[] {
    const token = this.token;
    if (token.type === 'indent') this.fail();
    if (token.type === 'name') {
      switch (token.value) {
        case 'if':
          return [this.ifStatement()];
        case 'while':
          return [this.whileStatement()];
        case 'for':
          return [this.forStatement()];
        case 'def':
          return [this.functionDef([])];
        case 'class':
          return [this.classDef([])];
        case 'with':
          return [this.withStatement()];
        case 'try':
          return [this.tryStatement()];
      }
      if (Object.hasOwn(UNSUPPORTED_KEYWORDS, token.value) && (token.value !== 'match' || this.peek().type === 'name')) {
        throw new PyNotImplemented(UNSUPPORTED_KEYWORDS[token.value], token.line);
      }
    }
    if (this.isOp('@')) return [this.decorated()];
    return this.simpleStatements();
  }

  private block(): Stmt[] {
    this.expectOp(':');
    if (this.token.type !== 'newline') return this.simpleStatements();
    this.index++;
    if ((this.token as Token).type !== 'indent') {
      const previous = this.tokens[this.index - 2];
      throw new PySyntaxError(
        `expected an indented block after ${describeBlockOwner(this.tokens, this.index)} on line ${previous?.line ?? this.token.line}`,
        this.token.line,
        this.token.col,
        'IndentationError',
      );
    }
    this.index++;
    const body: Stmt[] = [];
    for (let t = this.token; t.type !== 'dedent' && t.type !== 'eof'; t = this.token) {
      if (t.type === 'newline') {
        this.index++;
        continue;
      }
      body.push(...this.statement());
    }
    if ((this.token as Token).type === 'dedent') this.index++;
    return body;
  }

  /** `if x = 1:` gets CPython's hint instead of a bare "expected ':'". */
  private blockTest(): Expr {
    const test = this.namedExpression();
    if (this.isOp('=')) this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.tokens[this.index - 1]);
    return test;
  }

  private ifStatement(): Stmt {
    const start = this.next(); // 'if' or 'elif'
    const test = this.blockTest();
    const body = this.block();
    let orelse: Stmt[] = [];
    if (this.isName('elif')) orelse = [this.ifStatement()];
    else if (this.acceptName('else')) orelse = this.block();
    return { type: 'If', ...this.pos(start), test, body, orelse };
  }

  private whileStatement(): Stmt {
    const start = this.next();
    const test = this.blockTest();
    const body = this.block();
    const orelse = this.acceptName('else') ? this.block() : [];
    return { type: 'While', ...this.pos(start), test, body, orelse };
  }

  private forStatement(): Stmt {
    const start = this.next();
    const target = this.targetList();
    this.expectName('in');
    const iter = this.testListStarExpr();
    const body = this.block();
    const orelse = this.acceptName('else') ? this.block() : [];
    return { type: 'For', ...this.pos(start), target, iter, body, orelse };
  }

  private withStatement(): Stmt {
    const start = this.next();
    const items = [];
    do {
      const context_expr = this.expression();
      const optional_vars = this.acceptName('as') ? this.target() : null;
      items.push({ context_expr, optional_vars });
    } while (this.acceptOp(','));
    const body = this.block();
    return { type: 'With', ...this.pos(start), items, body };
  }

  private tryStatement(): Stmt {
    const start = this.next();
    const body = this.block();
    const handlers = [];
    while (this.isName('except')) {
      const at = this.next();
      const names: string[] = [];
      let name: string | null = null;
      if (!this.isOp(':')) {
        if (this.acceptOp('(')) {
          do names.push(this.dottedName()); while (this.acceptOp(',') && !this.isOp(')'));
          this.expectOp(')');
        } else {
          names.push(this.dottedName());
        }
        if (this.acceptName('as')) name = this.identifier();
      }
      handlers.push({ ...this.pos(at), names, name, body: this.block() });
    }
    const orelse = handlers.length > 0 && this.acceptName('else') ? this.block() : [];
    const finalbody = this.acceptName('finally') ? this.block() : [];
    if (handlers.length === 0 && finalbody.length === 0) this.fail("expected 'except' or 'finally' block");
    return { type: 'Try', ...this.pos(start), body, handlers, orelse, finalbody };
  }

  /** `@decorator` lines, then the def or class they decorate. */
  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.acceptOp('@')) {
      decorators.push(this.namedExpression());
      if (this.token.type !== 'newline') this.fail();
      this.index++;
    }
    if (this.isName('def')) return this.functionDef(decorators);
    if (this.isName('class')) return this.classDef(decorators);
    return this.fail();
  }

  private functionDef(decorator_list: Expr[]): Stmt {
    const start = this.next();
    const name = this.identifier();
    this.expectOp('(');
    const args = this.parameters(')');
    this.expectOp(')');
    if (this.acceptOp('->')) this.expression();
    const body = this.block();
    return { type: 'FunctionDef', ...this.pos(start), name, args, body, decorator_list };
  }

  private classDef(decorator_list: Expr[]): Stmt {
    const start = this.next();
    const name = this.identifier();
    const bases: Expr[] = [];
    const keywords: Keyword[] = [];
    if (this.acceptOp('(')) {
      while (!this.isOp(')')) {
        if (this.token.type === 'name' && this.peek().type === 'op' && this.peek().value === '=') {
          const arg = this.identifier();
          this.index++;
          keywords.push({ arg, value: this.expression() });
        } else if (this.acceptOp('**')) {
          keywords.push({ arg: null, value: this.expression() });
        } else {
          if (this.isOp('*')) throw new PyNotImplemented("'*' in a class's bases", this.token.line);
          bases.push(this.expression());
        }
        if (!this.acceptOp(',')) break;
      }
      this.expectOp(')');
    }
    const body = this.block();
    return { type: 'ClassDef', ...this.pos(start), name, bases, keywords, body, decorator_list };
  }

  /** def/lambda parameters up to (not including) `closer`. Annotations only for def. */
  private parameters(closer: string): Arguments {
    const args: Arguments = { args: [], defaults: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null };
    const seen = new Set<string>();
    const addName = (name: string) => {
      if (seen.has(name)) this.fail(`duplicate argument '${name}' in function definition`);
      seen.add(name);
    };
    let keywordOnly = false;
    while (!this.isOp(closer)) {
      if (this.acceptOp('**')) {
        const name = this.identifier();
        addName(name);
        if (closer === ')' && this.acceptOp(':')) this.expression();
        args.kwarg = { arg: name };
      } else if (this.acceptOp('*')) {
        if (keywordOnly) this.fail('* argument may appear only once');
        keywordOnly = true;
        if (this.token.type === 'name') {
          const name = this.identifier();
          addName(name);
          if (closer === ')' && this.acceptOp(':')) this.expression();
          args.vararg = { arg: name };
        }
      } else if (this.isOp('/')) {
        throw new PyNotImplemented("positional-only parameters ('/')", this.token.line);
      } else {
        const name = this.identifier();
        addName(name);
        if (closer === ')' && this.acceptOp(':')) this.expression();
        const defaultValue = this.acceptOp('=') ? this.expression() : null;
        if (keywordOnly) {
          args.kwonlyargs.push({ arg: name });
          args.kw_defaults.push(defaultValue);
        } else {
          if (defaultValue) args.defaults.push(defaultValue);
          else if (args.defaults.length > 0) this.fail('non-default argument follows default argument');
          args.args.push({ arg: name });
        }
      }
      if (!this.acceptOp(',')) break;
      if (args.kwarg && !this.isOp(closer)) this.fail('arguments cannot follow var-keyword argument');
    }
    return args;
  }

  private simpleStatements(): Stmt[] {
    const statements: Stmt[] = [this.simpleStatement()];
    let semicolon = false;
    while (this.acceptOp(';')) {
      semicolon = true;
      if (this.token.type === 'newline' || this.token.type === 'eof') break;
      statements.push(this.simpleStatement());
      semicolon = false;
    }
    if (this.token.type !== 'newline' && this.token.type !== 'eof') this.fail();
    if (this.token.type === 'newline') this.index++;
    const last = statements[statements.length - 1];
    if (semicolon && last.type === 'Expr') last.semicolon = true;
    return statements;
  }

  private simpleStatement(): Stmt {
    const token = this.token;
    const at = this.pos();
    if (token.type === 'name') {
      switch (token.value) {
        case 'pass':
          this.index++;
          return { type: 'Pass', ...at };
        case 'break':
          this.index++;
          return { type: 'Break', ...at };
        case 'continue':
          this.index++;
          return { type: 'Continue', ...at };
        case 'return': {
          this.index++;
          const value = this.atStatementEnd() ? null : this.testListStarExpr();
          return { type: 'Return', ...at, value };
        }
        case 'import':
          return this.importStatement();
        case 'from':
          return this.fromImport();
        case 'global':
        case 'nonlocal': {
          this.index++;
          const names = [this.identifier()];
          while (this.acceptOp(',')) names.push(this.identifier());
          return { type: token.value === 'global' ? 'Global' : 'Nonlocal', ...at, names };
        }
        case 'del': {
          this.index++;
          const targets = [this.target()];
          while (this.acceptOp(',') && !this.atStatementEnd()) targets.push(this.target());
          return { type: 'Delete', ...at, targets };
        }
        case 'assert': {
          this.index++;
          const test = this.expression();
          const msg = this.acceptOp(',') ? this.expression() : null;
          return { type: 'Assert', ...at, test, msg };
        }
        case 'raise': {
          this.index++;
          const exc = this.atStatementEnd() ? null : this.expression();
          if (this.isName('from')) throw new PyNotImplemented("'raise ... from'", token.line);
          return { type: 'Raise', ...at, exc };
        }
      }
      if (Object.hasOwn(UNSUPPORTED_KEYWORDS, token.value) && token.value !== 'match') {
        throw new PyNotImplemented(UNSUPPORTED_KEYWORDS[token.value], token.line);
      }
    }

    if (token.type === 'name' && (token.value === 'print' || token.value === 'exec') && ['name', 'number', 'string'].includes(this.peek().type)) {
      this.fail(`Missing parentheses in call to '${token.value}'. Did you mean ${token.value}(...)?`, token);
    }
    const first = this.testListStarExpr();
    if (this.token.type === 'op' && Object.hasOwn(AUGMENTED, this.token.value)) {
      const op = AUGMENTED[this.next().value];
      this.checkTarget(first, 'augmented assignment', true);
      const value = this.testListStarExpr();
      return { type: 'AugAssign', ...at, target: first, op, value };
    }
    if (this.isOp(':') && first.type !== 'Tuple') {
      // An annotated assignment `x: int = 3`: the annotation is ignored, as at run time.
      this.index++;
      this.expression();
      this.checkTarget(first, 'annotated assignment');
      if (!this.acceptOp('=')) return { type: 'Pass', ...at };
      return { type: 'Assign', ...at, targets: [first], value: this.testListStarExpr() };
    }
    if (this.isOp('=')) {
      const targets = [first];
      let value = first;
      while (this.acceptOp('=')) {
        value = this.testListStarExpr();
        targets.push(value);
      }
      targets.pop();
      for (const target of targets) this.checkTarget(target, 'assignment');
      return { type: 'Assign', ...at, targets, value };
    }
    return { type: 'Expr', ...at, value: first };
  }

  private atStatementEnd(): boolean {
    return this.token.type === 'newline' || this.token.type === 'eof' || this.isOp(';');
  }

  private checkTarget(target: Expr, what: string, single = false): void {
    switch (target.type) {
      case 'Name':
      case 'Attribute':
      case 'Subscript':
        return;
      case 'Tuple':
      case 'List':
        if (single) throw new PySyntaxError(`'${target.type.toLowerCase()}' is an illegal expression for ${what}`, target.lineno, target.col_offset);
        for (const element of target.elts) this.checkTarget(element.type === 'Starred' ? element.value : element, what);
        return;
    }
    const described = describeExpression(target);
    throw new PySyntaxError(
      single ? `'${described}' is an illegal expression for ${what}` : `cannot assign to ${described}${described === 'literal' || described === 'function call' ? " here. Maybe you meant '==' instead of '='?" : ''}`,
      target.lineno,
      target.col_offset,
    );
  }

  private dottedName(): string {
    let name = this.identifier();
    while (this.acceptOp('.')) name += '.' + this.identifier();
    return name;
  }

  private importStatement(): Stmt {
    const at = this.pos(this.next());
    const names = [];
    do {
      const name = this.dottedName();
      const asname = this.acceptName('as') ? this.identifier() : null;
      names.push({ name, asname });
    } while (this.acceptOp(','));
    return { type: 'Import', ...at, names };
  }

  private fromImport(): Stmt {
    const start = this.next();
    if (this.isOp('.') || this.isOp('...')) throw new PyNotImplemented('relative imports', start.line);
    const module = this.dottedName();
    this.expectName('import');
    if (this.isOp('*')) throw new PyNotImplemented("'from ... import *'", start.line);
    const parenthesized = this.acceptOp('(');
    const names = [];
    do {
      if (parenthesized && this.isOp(')')) break;
      const name = this.identifier();
      const asname = this.acceptName('as') ? this.identifier() : null;
      names.push({ name, asname });
    } while (this.acceptOp(','));
    if (parenthesized) this.expectOp(')');
    return { type: 'ImportFrom', ...this.pos(start), module, names };
  }

  // ── expressions ──

  /** Comma-separated expressions that form a tuple when there is a comma (`a, b = 1, 2`). */
  private testListStarExpr(): Expr {
    const at = this.pos();
    const first = this.starOrExpression();
    if (!this.isOp(',')) {
      if (first.type === 'Starred') this.fail("can't use starred expression here", this.tokens[this.index - 1]);
      return first;
    }
    const elts = [first];
    while (this.acceptOp(',')) {
      if (this.atExpressionListEnd()) break;
      elts.push(this.starOrExpression());
    }
    return { type: 'Tuple', ...at, elts };
  }

  private atExpressionListEnd(): boolean {
    const t = this.token;
    if (t.type === 'newline' || t.type === 'eof') return true;
    return t.type === 'op' && ['=', ')', ']', '}', ';', ':'].includes(t.value) || (t.type === 'op' && Object.hasOwn(AUGMENTED, t.value));
  }

  private starOrExpression(): Expr {
    if (this.isOp('*')) {
      const at = this.pos(this.next());
      return { type: 'Starred', ...at, value: this.bitOr() };
    }
    return this.namedExpression();
  }

  /** Target list of a for loop: `i`, `i, x`, `(a, b), c`. */
  private targetList(): Expr {
    const at = this.pos();
    const first = this.target();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.acceptOp(',')) {
      if (this.isName('in')) break;
      elts.push(this.target());
    }
    return { type: 'Tuple', ...at, elts };
  }

  private target(): Expr {
    const at = this.pos();
    if (this.isOp('*')) {
      this.index++;
      return { type: 'Starred', ...at, value: this.target() };
    }
    const expr = this.bitOr();
    this.checkTarget(expr, 'assignment');
    return expr;
  }

  private namedExpression(): Expr {
    const expr = this.expression();
    if (this.isOp(':=')) throw new PyNotImplemented("assignment expressions (':=')", this.token.line);
    return expr;
  }

  expression(): Expr {
    if (this.isName('lambda')) return this.lambda();
    const at = this.pos();
    const body = this.orTest();
    if (this.isName('if') ) {
      this.index++;
      const test = this.orTest();
      this.expectName('else');
      const orelse = this.expression();
      return { type: 'IfExp', ...at, test, body, orelse };
    }
    return body;
  }

  private expressionNoCond(): Expr {
    return this.isName('lambda') ? this.lambda() : this.orTest();
  }

  private lambda(): Expr {
    const at = this.pos(this.next());
    const args = this.parameters(':');
    this.expectOp(':');
    const body = this.expression();
    return { type: 'Lambda', ...at, args, body };
  }

  private orTest(): Expr {
    const at = this.pos();
    const first = this.andTest();
    if (!this.isName('or')) return first;
    const values = [first];
    while (this.acceptName('or')) values.push(this.andTest());
    return { type: 'BoolOp', ...at, op: 'or', values };
  }

  private andTest(): Expr {
    const at = this.pos();
    const first = this.notTest();
    if (!this.isName('and')) return first;
    const values = [first];
    while (this.acceptName('and')) values.push(this.notTest());
    return { type: 'BoolOp', ...at, op: 'and', values };
  }

  private notTest(): Expr {
    if (this.isName('not')) {
      const at = this.pos(this.next());
      return { type: 'UnaryOp', ...at, op: 'not', operand: this.notTest() };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const at = this.pos();
    const left = this.bitOr();
    const ops: CompareOrMembership[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const t = this.token;
      let op: CompareOrMembership | undefined;
      if (t.type === 'op' && Object.hasOwn(COMPARISONS, t.value)) {
        op = COMPARISONS[t.value];
        this.index++;
      } else if (this.isName('in')) {
        op = 'in';
        this.index++;
      } else if (this.isName('not') && this.peek().type === 'name' && this.peek().value === 'in') {
        op = 'not in';
        this.index += 2;
      } else if (this.isName('is')) {
        this.index++;
        op = this.acceptName('not') ? 'is not' : 'is';
      }
      if (!op) break;
      ops.push(op);
      comparators.push(this.bitOr());
    }
    return ops.length === 0 ? left : { type: 'Compare', ...at, left, ops, comparators };
  }

  private binaryLevel(next: () => Expr, operators: Record<string, BinaryOp>): Expr {
    const at = this.pos();
    let left = next();
    while (this.token.type === 'op' && Object.hasOwn(operators, this.token.value)) {
      const op = operators[this.next().value];
      const right = next();
      left = { type: 'BinOp', ...at, left, op, right };
    }
    return left;
  }

  private bitOr = (): Expr => this.binaryLevel(this.bitXor, { '|': 'or' });
  private bitXor = (): Expr => this.binaryLevel(this.bitAnd, { '^': 'xor' });
  private bitAnd = (): Expr => this.binaryLevel(this.shift, { '&': 'and' });
  private shift = (): Expr => this.binaryLevel(this.arith, { '<<': 'lshift', '>>': 'rshift' });
  private arith = (): Expr => this.binaryLevel(this.term, { '+': 'add', '-': 'sub' });
  private term = (): Expr =>
    this.binaryLevel(this.factor, { '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '@': 'matmul' });

  private factor = (): Expr => {
    const t = this.token;
    if (t.type === 'op' && (t.value === '-' || t.value === '+' || t.value === '~')) {
      this.index++;
      const operand = this.factor();
      const op = t.value === '-' ? 'neg' : t.value === '+' ? 'pos' : 'invert';
      return { type: 'UnaryOp', ...this.pos(t), op, operand };
    }
    return this.power();
  };

  private power(): Expr {
    const at = this.pos();
    const base = this.primary();
    if (this.acceptOp('**')) {
      const exponent = this.factor();
      return { type: 'BinOp', ...at, left: base, op: 'pow', right: exponent };
    }
    return base;
  }

  private primary(): Expr {
    let expr = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.index++;
        const nameToken = this.token;
        if (nameToken.type !== 'name') this.fail('invalid syntax');
        this.index++;
        expr = { type: 'Attribute', ...this.pos(nameToken), value: expr, attr: nameToken.value };
        // CPython reports an attribute at the start of the whole expression; keep the name's line.
        expr.col_offset = nameToken.col;
      } else if (this.isOp('(')) {
        const open = this.next();
        const { args, keywords } = this.callArguments();
        this.expectOp(')');
        expr = { type: 'Call', lineno: open.line, col_offset: open.col, func: expr, args, keywords };
      } else if (this.isOp('[')) {
        const open = this.next();
        const slice = this.subscriptList();
        this.expectOp(']');
        expr = { type: 'Subscript', lineno: open.line, col_offset: open.col, value: expr, slice };
      } else {
        return expr;
      }
    }
  }

  private callArguments(): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    while (!this.isOp(')')) {
      if (this.acceptOp('**')) {
        keywords.push({ arg: null, value: this.expression() });
      } else if (this.isOp('*')) {
        const at = this.pos(this.next());
        args.push({ type: 'Starred', ...at, value: this.expression() });
      } else if (this.token.type === 'name' && this.peek().type === 'op' && this.peek().value === '=') {
        const nameToken = this.next();
        if (KEYWORDS.has(nameToken.value)) this.fail('expression cannot contain assignment, perhaps you meant "=="?', nameToken);
        this.index++;
        if (keywords.some((k) => k.arg === nameToken.value)) {
          this.fail(`keyword argument repeated: ${nameToken.value}`, nameToken);
        }
        keywords.push({ arg: nameToken.value, value: this.expression() });
      } else {
        const at = this.pos();
        const value = this.namedExpression();
        if (this.isName('for')) {
          args.push({ type: 'GeneratorExp', ...at, elt: value, generators: this.comprehensions() });
          // Only a sole argument may be a bare generator expression (no comma, even trailing).
          if (args.length > 1 || keywords.length > 0 || this.isOp(',')) {
            throw new PySyntaxError('Generator expression must be parenthesized', at.lineno, at.col_offset);
          }
        } else {
          if (keywords.length > 0) {
            this.fail(
              keywords.some((k) => k.arg === null)
                ? 'positional argument follows keyword argument unpacking'
                : 'positional argument follows keyword argument',
              this.tokens[this.index - 1],
            );
          }
          args.push(value);
        }
      }
      if (!this.acceptOp(',')) break;
    }
    return { args, keywords };
  }

  private subscriptList(): Expr {
    const at = this.pos();
    const first = this.subscriptItem();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.acceptOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.subscriptItem());
    }
    return { type: 'Tuple', ...at, elts };
  }

  private subscriptItem(): Expr {
    const at = this.pos();
    let lower: Expr | null = null;
    if (!this.isOp(':')) {
      lower = this.isOp('*') ? this.starOrExpression() : this.expression();
      if (!this.isOp(':')) return lower;
    }
    this.expectOp(':');
    const upper = this.isOp(':') || this.isOp(']') || this.isOp(',') ? null : this.expression();
    let step: Expr | null = null;
    if (this.acceptOp(':')) step = this.isOp(']') || this.isOp(',') ? null : this.expression();
    return { type: 'Slice', ...at, lower, upper, step };
  }

  private comprehensions(): Comprehension[] {
    const generators: Comprehension[] = [];
    while (this.isName('for')) {
      this.index++;
      const target = this.targetList();
      this.expectName('in');
      const iter = this.orTest();
      const ifs: Expr[] = [];
      while (this.acceptName('if')) ifs.push(this.expressionNoCond());
      generators.push({ target, iter, ifs });
    }
    if (this.isName('async')) throw new PyNotImplemented("'async for'", this.token.line);
    return generators;
  }

  private atom(): Expr {
    const t = this.token;
    const at = this.pos(t);
    switch (t.type) {
      case 'number':
        this.index++;
        return { type: 'Constant', ...at, value: parseNumber(t) };
      case 'string':
        return this.strings();
      case 'name': {
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          this.index++;
          return { type: 'Constant', ...at, value: t.value === 'None' ? null : t.value === 'True' };
        }
        if (Object.hasOwn(UNSUPPORTED_KEYWORDS, t.value) && t.value !== 'match') throw new PyNotImplemented(UNSUPPORTED_KEYWORDS[t.value], t.line);
        if (KEYWORDS.has(t.value)) this.fail();
        this.index++;
        return { type: 'Name', ...at, id: t.value };
      }
      case 'op':
        break;
      case 'indent':
        this.fail();
      // falls through (fail never returns)
      default:
        this.fail(t.type === 'newline' || t.type === 'eof' ? 'invalid syntax' : 'invalid syntax');
    }
    switch (t.value) {
      case '(': {
        this.index++;
        if (this.acceptOp(')')) return { type: 'Tuple', ...at, elts: [] };
        if (this.isName('yield')) throw new PyNotImplemented(UNSUPPORTED_KEYWORDS.yield, t.line);
        const first = this.starOrExpression();
        if (this.isName('for')) {
          const generators = this.comprehensions();
          this.expectOp(')');
          return { type: 'GeneratorExp', ...at, elt: first, generators };
        }
        if (this.acceptOp(')')) {
          if (first.type === 'Starred') this.fail("can't use starred expression here", t);
          return first;
        }
        const elts = [first];
        while (this.acceptOp(',')) {
          if (this.isOp(')')) break;
          elts.push(this.starOrExpression());
        }
        this.expectOp(')', "'(' was never closed");
        return { type: 'Tuple', ...at, elts };
      }
      case '[': {
        this.index++;
        if (this.acceptOp(']')) return { type: 'List', ...at, elts: [] };
        return this.displayRest(this.starOrExpression(), at, ']');
      }
      case '{': {
        this.index++;
        if (this.acceptOp('}')) return { type: 'Dict', ...at, keys: [], values: [] };
        if (this.acceptOp('**')) throw new PyNotImplemented("'**' in dict displays", t.line);
        const first = this.starOrExpression();
        if (!this.isOp(':')) return this.displayRest(first, at, '}');
        if (first.type === 'Starred') this.fail();
        this.index++;
        const firstValue = this.expression();
        if (this.isName('for')) {
          const generators = this.comprehensions();
          this.expectOp('}');
          return { type: 'DictComp', ...at, key: first, value: firstValue, generators };
        }
        const keys: Expr[] = [first];
        const values: Expr[] = [firstValue];
        while (this.acceptOp(',')) {
          if (this.isOp('}')) break;
          keys.push(this.expression());
          this.expectOp(':');
          values.push(this.expression());
        }
        this.expectOp('}', "'{' was never closed");
        return { type: 'Dict', ...at, keys, values };
      }
      case '...':
        this.index++;
        return { type: 'Constant', ...at, value: 'Ellipsis', kind: 'Ellipsis' };
    }
    return this.fail();
  }

  /** The rest of a list or set display (`[a, *b]`, `{a, *b}`) or comprehension after its first element. */
  private displayRest(first: Expr, at: Position, close: ']' | '}'): Expr {
    const list = close === ']';
    if (this.isName('for')) {
      if (first.type === 'Starred') this.fail('iterable unpacking cannot be used in comprehension');
      const generators = this.comprehensions();
      this.expectOp(close);
      return list ? { type: 'ListComp', ...at, elt: first, generators } : { type: 'SetComp', ...at, elt: first, generators };
    }
    const elts = [first];
    while (this.acceptOp(',')) {
      if (this.isOp(close)) break;
      elts.push(this.starOrExpression());
    }
    this.expectOp(close, `'${list ? '[' : '{'}' was never closed`);
    return { type: list ? 'List' : 'Set', ...at, elts };
  }

  /** Adjacent string literals concatenate; any f-string among them makes a JoinedStr. */
  private strings(): Expr {
    const first = this.token;
    const at = this.pos(first);
    const parts: Expr[] = [];
    let anyF = false;
    while (this.token.type === 'string') {
      const t = this.next();
      if (t.prefix?.includes('f')) {
        anyF = true;
        parts.push(...parseFString(t));
      } else {
        parts.push({ type: 'Constant', ...this.pos(t), value: t.value });
      }
    }
    if (!anyF) return { type: 'Constant', ...at, value: parts.map((p) => (p.type === 'Constant' ? p.value : '')).join('') };
    return { type: 'JoinedStr', ...at, values: parts };
  }
}

function parseNumber(token: Token): bigint | number {
  const text = token.value.replace(/_/g, '');
  if (/[jJ]$/.test(text)) throw new PyNotImplemented('complex numbers', token.line);
  if (/^0[xXoObB]/.test(text)) return BigInt(text.toLowerCase());
  if (/^\d+$/.test(text)) return BigInt(text);
  return Number(text);
}

function describeExpression(expr: Expr): string {
  switch (expr.type) {
    case 'Constant':
      return 'literal';
    case 'Call':
      return 'function call';
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'BoolOp':
      return 'expression';
    case 'Compare':
      return 'comparison';
    case 'Lambda':
      return 'lambda';
    case 'IfExp':
      return 'conditional expression';
    case 'JoinedStr':
      return 'f-string expression';
    case 'Dict':
      return 'dict literal';
    case 'ListComp':
      return 'list comprehension';
    case 'GeneratorExp':
      return 'generator expression';
    case 'DictComp':
      return 'dict comprehension';
    case 'Set':
      return 'set display';
    case 'SetComp':
      return 'set comprehension';
    default:
      return 'expression';
  }
}

function describeBlockOwner(tokens: Token[], index: number): string {
  // Walk back to the start of the logical line to name the statement ('for' statement, ...).
  let i = index - 1;
  while (i > 0 && tokens[i - 1].type !== 'newline' && tokens[i - 1].type !== 'indent' && tokens[i - 1].type !== 'dedent') i--;
  const keyword = tokens[i]?.value;
  if (keyword === 'def') return `function definition`;
  if (keyword === 'else' || keyword === 'elif' || keyword === 'try' || keyword === 'except' || keyword === 'finally') {
    return `'${keyword}' statement`;
  }
  return `'${keyword}' statement`;
}

/** Splits an f-string body into Constant parts and FormattedValue fields, parsing each field. */
function parseFString(token: Token): Expr[] {
  const body = token.value;
  const raw = token.prefix?.includes('r') ?? false;
  const line = token.bodyLine ?? token.line;
  const col = token.bodyCol ?? token.col;
  const parts: Expr[] = [];
  let literal = '';
  const flush = () => {
    if (literal) parts.push({ type: 'Constant', lineno: token.line, col_offset: token.col, value: raw ? literal : decodeStringEscapes(literal, token.line, token.col) });
    literal = '';
  };
  let i = 0;
  const lineAt = (index: number) => line + (body.slice(0, index).match(/\n/g)?.length ?? 0);
  while (i < body.length) {
    const c = body[i];
    if (c === '{' && body[i + 1] === '{') {
      literal += '{';
      i += 2;
      continue;
    }
    if (c === '}') {
      if (body[i + 1] === '}') {
        literal += '}';
        i += 2;
        continue;
      }
      throw new PySyntaxError("f-string: single '}' is not allowed", lineAt(i), col + i);
    }
    if (c !== '{') {
      literal += c;
      i++;
      continue;
    }
    flush();
    const { field, end } = parseReplacementField(body, i, lineAt(i), col);
    parts.push(field);
    i = end;
  }
  flush();
  return parts;
}

/** Parses `{expr[=][!conv][:spec]}` starting at body[start] === '{'; returns the field and the index after '}'. */
function parseReplacementField(body: string, start: number, line: number, col: number): { field: Expr; end: number } {
  let depth = 0;
  let i = start + 1;
  let quote: string | null = null;
  let exprEnd = -1;
  for (; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === ':' || (c === '!' && body[i + 1] !== '='))) break;
  }
  exprEnd = i;
  let exprText = body.slice(start + 1, exprEnd);
  if (exprText.trim() === '') throw new PySyntaxError('f-string: empty expression not allowed', line, col + start);
  let selfDocumenting: string | null = null;
  const trimmed = exprText.trimEnd();
  if (trimmed.endsWith('=') && !/[=!<>]=$/.test(trimmed)) {
    selfDocumenting = exprText;
    exprText = trimmed.slice(0, -1);
  }
  const value = parseExpression(`(${exprText})`, line, col + start);
  let conversion: string | null = null;
  if (body[i] === '!') {
    conversion = body[i + 1];
    if (!'rsa'.includes(conversion ?? '') || conversion === undefined) {
      throw new PySyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", line, col + i);
    }
    i += 2;
  }
  let format_spec: Expr | null = null;
  if (body[i] === ':') {
    // The spec may itself hold nested fields: {x:{width}.{precision}f}
    const specParts: Expr[] = [];
    let literal = '';
    i++;
    while (i < body.length && body[i] !== '}') {
      if (body[i] === '{') {
        if (literal) specParts.push({ type: 'Constant', lineno: line, col_offset: col + i, value: literal });
        literal = '';
        const nested = parseReplacementField(body, i, line, col);
        specParts.push(nested.field);
        i = nested.end;
      } else {
        literal += body[i++];
      }
    }
    if (literal) specParts.push({ type: 'Constant', lineno: line, col_offset: col + i, value: literal });
    format_spec = { type: 'JoinedStr', lineno: line, col_offset: col + i, values: specParts };
  }
  if (body[i] !== '}') throw new PySyntaxError("f-string: expecting '}'", line, col + start);
  const field: Expr = {
    type: 'FormattedValue',
    lineno: line,
    col_offset: col + start,
    value,
    conversion: conversion ?? (selfDocumenting !== null && format_spec === null ? 'r' : null),
    format_spec,
  };
  if (selfDocumenting !== null) {
    return {
      field: { type: 'JoinedStr', lineno: line, col_offset: col + start, values: [{ type: 'Constant', lineno: line, col_offset: col + start, value: selfDocumenting }, field] },
      end: i + 1,
    };
  }
  return { field, end: i + 1 };
}
