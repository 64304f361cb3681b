/**
 * Number literals for generated shader source, shared by the WebGL (GLSL ES 3.0) and WebGPU
 * (WGSL) kernels. Both languages read an integer-looking literal ("88") as an int, and neither
 * converts int to float implicitly in every place we use one, so a float constant needs a
 * decimal point or an exponent. Appending ".0" blindly breaks non-integers ("0.05.0") and
 * JavaScript's exponent form ("1e+21.0"), so this is the one place that decides.
 */

/** A float literal valid in both GLSL and WGSL whose value is exactly `value` (as a double). */
export function floatLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`shader float literal must be finite, got ${value}`);
  const text = String(value);
  // String() gives "88", "0.05", "-3.5", "1e-7" or "1e+21": only the first needs help.
  return /[.e]/.test(text) ? text : `${text}.0`;
}
