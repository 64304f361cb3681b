// Python source -> tokens, with INDENT/DEDENT/NEWLINE like CPython's tokenizer: brackets join
// lines, a backslash continues a line, comments and blank lines produce nothing.
import { PyNotImplemented, PySyntaxError } from './errors';

type TokenType = 'name' | 'number' | 'string' | 'op' | 'newline' | 'indent' | 'dedent' | 'eof';

export interface Token {
  type: TokenType;
  /** Name/operator text; for numbers the literal text; for strings the decoded (or raw f-) body. */
  value: string;
  /** String prefix letters lower-cased ('', 'r', 'f', 'rf', 'b'...). */
  prefix?: string;
  line: number;
  /** 0-based column, like CPython's col_offset. */
  col: number;
  /** For strings: line and column where the body starts (f-string expressions report from there). */
  bodyLine?: number;
  bodyCol?: number;
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->',
  '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '+=', '-=', '*=', '/=', '%=', '@=', '&=', '|=', '^=', ':=',
  '+', '-', '*', '/', '%', '@', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=', '~', '&', '|', '^',
];
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0',
};

/** A compile-time warning of the tokenizer (CPython's `invalid escape sequence '\\c'`), with its line. */
export type CompileWarning = (category: string, message: string, line: number) => void;

/** Escapes a str literal knows besides ESCAPES: octal digits, \x, \u, \U and \N{name}. */
const isStrEscape = (next: string): boolean => Object.hasOwn(ESCAPES, next) || /[0-7xuUN]/.test(next);

export function tokenize(source: string, warn?: CompileWarning): Token[] {
  const tokens: Token[] = [];
  const src = source.replace(/\r\n?/g, '\n');
  const indents = [0];
  const brackets: { char: string; line: number; col: number }[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;

  const col = () => pos - lineStart;
  const fail = (message: string, l = line, c = col()): never => {
    throw new PySyntaxError(message, l, c);
  };

  while (pos < src.length) {
    if (atLineStart && brackets.length === 0) {
      // Measure indentation; skip blank and comment-only lines entirely.
      let width = 0;
      let p = pos;
      while (p < src.length && (src[p] === ' ' || src[p] === '\t')) {
        width = src[p] === '\t' ? (Math.floor(width / 8) + 1) * 8 : width + 1;
        p++;
      }
      if (p >= src.length) {
        pos = p;
        break;
      }
      if (src[p] === '\n' || src[p] === '#') {
        while (p < src.length && src[p] !== '\n') p++;
        pos = p + 1;
        line++;
        lineStart = pos;
        continue;
      }
      if (src[p] === '\\' && src[p + 1] === '\n') {
        pos = p + 2;
        line++;
        lineStart = pos;
        continue;
      }
      pos = p;
      atLineStart = false;
      const current = indents[indents.length - 1];
      if (width > current) {
        indents.push(width);
        tokens.push({ type: 'indent', value: '', line, col: 0 });
      } else {
        while (width < indents[indents.length - 1]) {
          indents.pop();
          tokens.push({ type: 'dedent', value: '', line, col: width });
        }
        if (width !== indents[indents.length - 1]) {
          throw new PySyntaxError('unindent does not match any outer indentation level', line, width, 'IndentationError');
        }
      }
    }

    const ch = src[pos];
    if (ch === ' ' || ch === '\t' || ch === '\f') {
      pos++;
      continue;
    }
    if (ch === '#') {
      while (pos < src.length && src[pos] !== '\n') pos++;
      continue;
    }
    if (ch === '\\') {
      if (src[pos + 1] === '\n') {
        pos += 2;
        line++;
        lineStart = pos;
        continue;
      }
      fail('unexpected character after line continuation character');
    }
    if (ch === '\n') {
      if (brackets.length === 0) tokens.push({ type: 'newline', value: '', line, col: col() });
      pos++;
      line++;
      lineStart = pos;
      atLineStart = brackets.length === 0;
      continue;
    }

    const startLine = line;
    const startCol = col();

    // Strings, with optional prefix.
    const stringMatch = /^([rRbBfFuU]{0,2})(['"])/.exec(src.slice(pos, pos + 3));
    if (stringMatch && /^[rbfu]*$/i.test(stringMatch[1]) && (stringMatch[1] === '' || isValidPrefix(stringMatch[1]))) {
      const prefix = stringMatch[1].toLowerCase();
      if (prefix.includes('b')) throw new PyNotImplemented('bytes literals', line);
      pos += prefix.length;
      const quote = src[pos];
      const triple = src.slice(pos, pos + 3) === quote.repeat(3);
      const delimiter = triple ? quote.repeat(3) : quote;
      pos += delimiter.length;
      const bodyLine = line;
      const bodyCol = col();
      const raw = prefix.includes('r');
      const keepEscapes = prefix.includes('f'); // f-strings are decoded piecewise by the parser
      let body = '';
      // CPython 3.11 warns once per literal, for its first unknown escape (which stays as written).
      let warnedEscape = raw;
      for (;;) {
        if (pos >= src.length) {
          const lastLine = src.replace(/\n$/, '').split('\n').length;
          if (triple) fail(`unterminated triple-quoted string literal (detected at line ${lastLine})`, startLine, startCol);
          fail(`unterminated string literal (detected at line ${startLine})`, startLine, startCol);
        }
        const c = src[pos];
        if (src.startsWith(delimiter, pos)) {
          pos += delimiter.length;
          break;
        }
        if (c === '\n') {
          if (!triple) fail(`unterminated string literal (detected at line ${startLine})`, startLine, startCol);
          body += c;
          pos++;
          line++;
          lineStart = pos;
          continue;
        }
        if (c === '\\') {
          const next = src[pos + 1];
          if (next === undefined) {
            pos++;
            continue;
          }
          if (!warnedEscape && !isStrEscape(next)) {
            warnedEscape = true;
            warn?.('DeprecationWarning', `invalid escape sequence '\\${next}'`, bodyLine);
          }
          if (raw || keepEscapes) {
            body += c + next;
          } else {
            body += decodeEscape(src, pos, (n) => (pos += n - 2), fail);
          }
          if (next === '\n') {
            line++;
            lineStart = pos + 2;
          }
          pos += 2;
          continue;
        }
        body += c;
        pos++;
      }
      tokens.push({ type: 'string', value: body, prefix, line: startLine, col: startCol, bodyLine, bodyCol });
      continue;
    }

    // Names (ASCII and Unicode letters, as Python 3 allows).
    const nameMatch = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(src.slice(pos, pos + 200));
    if (nameMatch) {
      tokens.push({ type: 'name', value: nameMatch[0], line, col: startCol });
      pos += nameMatch[0].length;
      continue;
    }

    // Numbers.
    const numberMatch =
      /^(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/.exec(
        src.slice(pos, pos + 400),
      );
    if (numberMatch && numberMatch[0] !== '' && numberMatch[0] !== '.' && /\d/.test(numberMatch[0])) {
      const text = numberMatch[0];
      if (/^\d/.test(text) && /[\p{L}_]/u.test(src[pos + text.length] ?? '')) fail('invalid decimal literal');
      if (/^0\d*[1-9]\d*$/.test(text.replace(/_/g, ''))) {
        fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
      }
      tokens.push({ type: 'number', value: text, line, col: startCol });
      pos += text.length;
      continue;
    }

    const op = OPERATORS.find((o) => src.startsWith(o, pos));
    if (op) {
      if (op === '(' || op === '[' || op === '{') brackets.push({ char: op, line, col: startCol });
      if (Object.hasOwn(CLOSING, op)) {
        const open = brackets.pop();
        if (!open) fail(`unmatched '${op}'`);
        if (open && open.char !== CLOSING[op]) {
          fail(`closing parenthesis '${op}' does not match opening parenthesis '${open.char}'`);
        }
      }
      tokens.push({ type: 'op', value: op, line, col: startCol });
      pos += op.length;
      continue;
    }
    if (ch === '!') fail("invalid syntax ('!' is only valid as '!=')");
    if (ch === '$' || ch === '?' || ch === '`') fail('invalid syntax');
    fail(`invalid character '${ch}' (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  }

  if (brackets.length > 0) {
    const open = brackets[brackets.length - 1];
    throw new PySyntaxError(`'${open.char}' was never closed`, open.line, open.col);
  }
  const last = tokens[tokens.length - 1];
  if (last && last.type !== 'newline' && last.type !== 'dedent') tokens.push({ type: 'newline', value: '', line, col: col() });
  while (indents.length > 1) {
    indents.pop();
    tokens.push({ type: 'dedent', value: '', line, col: 0 });
  }
  tokens.push({ type: 'eof', value: '', line, col: 0 });
  return tokens;
}

function isValidPrefix(prefix: string): boolean {
  const p = prefix.toLowerCase();
  return ['r', 'u', 'f', 'b', 'rf', 'fr', 'rb', 'br'].includes(p);
}

/** Decodes one backslash escape at src[pos] ('\\'); `advance` moves past extra characters. */
function decodeEscape(
  src: string,
  pos: number,
  advance: (consumed: number) => void,
  fail: (message: string) => never,
): string {
  const next = src[pos + 1];
  if (Object.hasOwn(ESCAPES, next) && !(next === '0' && /[0-7]/.test(src[pos + 2] ?? ''))) return ESCAPES[next];
  if (/[0-7]/.test(next)) {
    const digits = /^[0-7]{1,3}/.exec(src.slice(pos + 1))![0];
    advance(digits.length + 1);
    return String.fromCharCode(parseInt(digits, 8));
  }
  const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (hexLength) {
    const hex = src.slice(pos + 2, pos + 2 + hexLength);
    if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
      fail(`(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\${next}${'X'.repeat(hexLength)} escape`);
    }
    advance(hexLength + 2);
    return String.fromCodePoint(parseInt(hex, 16));
  }
  // Unknown escapes keep the backslash, as Python does (with a warning).
  return '\\' + next;
}

/** Decodes escapes in an f-string literal part (the tokenizer kept them raw). */
export function decodeStringEscapes(text: string, line: number, col: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\' || i + 1 >= text.length) {
      out += text[i];
      continue;
    }
    let extra = 0;
    out += decodeEscape(text, i, (n) => (extra = n - 2), (message) => {
      throw new PySyntaxError(message, line, col);
    });
    i += 1 + extra;
  }
  return out;
}
