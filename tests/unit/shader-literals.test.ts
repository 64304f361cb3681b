import { describe, expect, it } from 'vitest';
import { floatLiteral } from '../../src/lib/train/shader-literals';

// Float-literal grammars, transcribed from the specs (a leading minus is the unary operator).
// GLSL ES 3.00 §4.1.4: fractional-constant exponent-part? | digit-sequence exponent-part.
const GLSL_FLOAT = /^(?:(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)$/;
// WGSL decimal_float_literal without suffix (an integer-looking literal is an AbstractInt).
const WGSL_FLOAT = /^(?:\d*\.\d+(?:[eE][+-]?\d+)?|\d+\.\d*(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)$/;

const values = [88, 0, 200, 0.05, 1e-7, 123.456, -3.5, 1e21, 2 ** 60, 1 / 3, Number.MIN_VALUE];

describe('floatLiteral', () => {
  it.each(values)('%s is a float literal in GLSL and WGSL with the same value', (value) => {
    const literal = floatLiteral(value);
    const unsigned = literal.replace(/^-/, '');
    expect(unsigned).toMatch(GLSL_FLOAT);
    expect(unsigned).toMatch(WGSL_FLOAT);
    expect(Number(literal)).toBe(value);
  });

  it('writes the learning rate 0.05 as 0.05, not 0.05.0', () => {
    expect(floatLiteral(0.05)).toBe('0.05');
    expect(floatLiteral(88)).toBe('88.0');
  });

  it('refuses NaN and infinities, which have no literal', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) expect(() => floatLiteral(value)).toThrow(RangeError);
  });
});
