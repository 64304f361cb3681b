/**
 * nn.Conv2d and nn.MaxPool2d (groups 1, dilation 1), forward and backward.
 *
 * The convolution is PyTorch 1.13's slow_conv2d (aten/src/ATen/native/ConvolutionMM2d.cpp), per
 * sample: the input unfolded into columns (C·kh·kw × oh·ow), then one sgemm with OpenBLAS's order
 * (openblas-sgemm.ts) onto the bias; its backward is the sgemms of slow_conv2d_backward, the
 * columns' gradients folded back in (kh, kw) order (unfolded2d_acc), and the bias gradient a
 * cascade sum per channel. PyTorch takes this path for one sample with a kernel of at most 3 in
 * a dimension (ConvParams::use_mkldnn); larger kernels and batches go to oneDNN, whose order of
 * summation is its own: there the values here can differ from PyTorch's in the last bits.
 * Max pooling only compares, so it is exact; ties keep the first maximum in the window.
 */
import { needsGrad, record } from './autograd';
import { rowTotal } from './cascade-sum';
import { TorchError } from './errors';
import { SgemmPlan, type Terms } from './openblas-sgemm';
import { isRecording, recordOp } from './recording';
import { Tensor } from './tensor';

export interface Conv2dOptions {
  stride: [number, number];
  padding: [number, number];
}

const f32 = Math.fround;

interface Geometry {
  batch: number;
  channels: number;
  height: number;
  width: number;
  outHeight: number;
  outWidth: number;
  unbatched: boolean;
}

function geometry(input: Tensor, kernel: [number, number], stride: [number, number], padding: [number, number], op: string): Geometry {
  if (input.ndim !== 3 && input.ndim !== 4) {
    throw new TorchError('RuntimeError', `Expected 3D (unbatched) or 4D (batched) input to ${op}, but got input of size: [${input.shape.join(', ')}]`);
  }
  const unbatched = input.ndim === 3;
  const [batch, channels, height, width] = unbatched ? [1, ...input.shape] : input.shape;
  const outHeight = Math.floor((height + 2 * padding[0] - kernel[0]) / stride[0]) + 1;
  const outWidth = Math.floor((width + 2 * padding[1] - kernel[1]) / stride[1]) + 1;
  return { batch, channels, height, width, outHeight, outWidth, unbatched };
}

/**
 * Every (column entry, input pixel) pair of one sample's im2col, in slow_conv2d's order: input
 * channel, kernel row, kernel column, then output positions; `pixel` is -1 where the window
 * lies in the zero padding.
 */
function forEachTap(g: Geometry, kernel: [number, number], o: Conv2dOptions, visit: (entry: number, pixel: number) => void): void {
  const [kh, kw] = kernel;
  const m = g.outHeight * g.outWidth;
  for (let c = 0; c < g.channels; c++) {
    for (let ky = 0; ky < kh; ky++) {
      for (let kx = 0; kx < kw; kx++) {
        const row = ((c * kh + ky) * kw + kx) * m;
        for (let oy = 0; oy < g.outHeight; oy++) {
          const iy = oy * o.stride[0] - o.padding[0] + ky;
          for (let ox = 0; ox < g.outWidth; ox++) {
            const ix = ox * o.stride[1] - o.padding[1] + kx;
            const inside = iy >= 0 && iy < g.height && ix >= 0 && ix < g.width;
            visit(row + oy * g.outWidth + ox, inside ? (c * g.height + iy) * g.width + ix : -1);
          }
        }
      }
    }
  }
}

/** im2col of one sample: column p = (c, ky, kx), row q = (oy, ox); zero in the padding. */
function unfold(x: ArrayLike<number>, offset: number, g: Geometry, kernel: [number, number], o: Conv2dOptions, into: Float32Array): Float32Array {
  forEachTap(g, kernel, o, (entry, pixel) => (into[entry] = pixel < 0 ? 0 : x[offset + pixel]));
  return into;
}

/** F.conv2d(input, weight, bias, stride, padding) for (C, H, W) or (N, C, H, W) input. */
export function conv2d(input: Tensor, weight: Tensor, bias: Tensor | null, o: Conv2dOptions): Tensor {
  if (input.dtype !== 'float32') {
    const names: Record<string, string> = { int64: 'long int', float64: 'double', bool: 'bool' };
    if (bias) throw new TorchError('RuntimeError', `Input type (${names[input.dtype]}) and bias type (float) should be the same`);
    throw new TorchError('RuntimeError', `expected scalar type Float but found ${input.dtype === 'int64' ? 'Long' : input.dtype === 'float64' ? 'Double' : 'Bool'}`);
  }
  const [outChannels, inChannels, kh, kw] = weight.shape;
  const kernel: [number, number] = [kh, kw];
  const g = geometry(input, kernel, o.stride, o.padding, 'conv2d');
  if (g.channels !== inChannels) {
    const given = g.unbatched ? [1, ...input.shape] : input.shape;
    throw new TorchError('RuntimeError', `Given groups=1, weight of size [${weight.shape.join(', ')}], expected input[${given.join(', ')}] to have ${inChannels} channels, but got ${g.channels} channels instead`);
  }
  if (g.outHeight < 1 || g.outWidth < 1) {
    throw new TorchError('RuntimeError', `Calculated padded input size per channel: (${g.height + 2 * o.padding[0]} x ${g.width + 2 * o.padding[1]}). Kernel size: (${kh} x ${kw}). Kernel size can't be greater than actual input size`);
  }
  const m = g.outHeight * g.outWidth;
  const k = inChannels * kh * kw;
  const columns = new Float32Array(k * m);
  const plan = new SgemmPlan({ transA: false, transB: false, m, n: outChannels, k }); // slow_conv2d's sgemm
  const shape = g.unbatched ? [outChannels, g.outHeight, g.outWidth] : [g.batch, outChannels, g.outHeight, g.outWidth];
  const forward = (out: Float32Array): Float32Array => {
    const terms: Terms = { a: columns, b: weight.data, aBase: 0, aStep: m, bBase: 0, bStep: 1 };
    for (let s = 0; s < g.batch; s++) {
      unfold(input.data, s * g.channels * g.height * g.width, g, kernel, o, columns);
      for (let co = 0; co < outChannels; co++) {
        terms.bBase = co * k;
        for (let q = 0; q < m; q++) {
          terms.aBase = q;
          out[(s * outChannels + co) * m + q] = plan.element(q, co, terms, bias ? bias.data[co] : null);
        }
      }
    }
    return out;
  };
  const out = new Tensor(forward(new Float32Array(g.batch * outChannels * m)), shape, 'float32');
  if (isRecording()) recordOp('conv2d', [input, weight, bias], out, () => forward(out.data as Float32Array), [...o.stride, ...o.padding]);
  if (!needsGrad(input, weight, bias)) return out;
  return record(out, g.unbatched ? 'SqueezeBackward1' : 'ConvolutionBackward0', [input, weight, bias], (grad) => {
    const gradInput = input.requiresGrad ? new Float32Array(input.size) : null;
    const gradWeight = weight.requiresGrad ? new Float32Array(weight.size) : null;
    const gradBias = bias && bias.requiresGrad ? new Float32Array(outChannels) : null;
    // fgrad_input = gᵀ·W (sgemm NT: m = oh·ow, n = C·kh·kw, k = out channels), folded back below
    const inputPlan = new SgemmPlan({ transA: false, transB: true, m, n: k, k: outChannels });
    // grad_weight += g·columnsᵀ (sgemm TN: m = C·kh·kw, n = out channels, k = oh·ow), sample by sample
    const weightPlan = new SgemmPlan({ transA: true, transB: false, m: k, n: outChannels, k: m });
    const folded = new Float32Array(k * m);
    for (let s = 0; s < g.batch; s++) {
      const gradOffset = s * outChannels * m;
      if (gradInput) {
        const terms: Terms = { a: grad, b: weight.data, aBase: 0, aStep: m, bBase: 0, bStep: k };
        for (let p = 0; p < k; p++) {
          terms.bBase = p;
          for (let q = 0; q < m; q++) {
            terms.aBase = gradOffset + q;
            folded[p * m + q] = inputPlan.element(q, p, terms, null);
          }
        }
        fold(folded, gradInput, s * g.channels * g.height * g.width, g, kernel, o);
      }
      if (gradWeight) {
        unfold(input.data, s * g.channels * g.height * g.width, g, kernel, o, columns);
        const terms: Terms = { a: columns, b: grad, aBase: 0, aStep: 1, bBase: 0, bStep: 1 };
        for (let co = 0; co < outChannels; co++) {
          terms.bBase = gradOffset + co * m;
          for (let p = 0; p < k; p++) {
            terms.aBase = p * m;
            gradWeight[co * k + p] = weightPlan.element(p, co, terms, gradWeight[co * k + p]);
          }
        }
      }
    }
    if (gradBias) {
      // sum over (N, H, W): per sample a cascade sum over the plane, samples added in order
      for (let co = 0; co < outChannels; co++) {
        let total = 0;
        for (let s = 0; s < g.batch; s++) total = s === 0 ? rowTotal(grad, (s * outChannels + co) * m, m) : f32(total + rowTotal(grad, (s * outChannels + co) * m, m));
        gradBias[co] = total;
      }
    }
    return [gradInput, gradWeight, gradBias];
  });
}

/** unfolded2d_acc: each column's gradient added back to its input pixel, kernel offsets (ky, kx) in order. */
function fold(columns: Float32Array, into: Float32Array, offset: number, g: Geometry, kernel: [number, number], o: Conv2dOptions): void {
  forEachTap(g, kernel, o, (entry, pixel) => {
    if (pixel >= 0) into[offset + pixel] = f32(into[offset + pixel] + columns[entry]);
  });
}

export interface MaxPool2dOptions {
  kernel: [number, number];
  stride: [number, number];
  padding: [number, number];
}

/** F.max_pool2d(input, kernel, stride, padding) for (C, H, W) or (N, C, H, W) input (ceil_mode False, dilation 1). */
export function maxPool2d(input: Tensor, o: MaxPool2dOptions): Tensor {
  if (input.ndim !== 3 && input.ndim !== 4) throw new TorchError('RuntimeError', 'non-empty 3D or 4D (batch mode) tensor expected for input');
  if (input.dtype !== 'float32') throw new TorchError('RuntimeError', `"max_pool2d" not implemented for '${input.dtype === 'int64' ? 'Long' : input.dtype === 'float64' ? 'Double' : 'Bool'}'`);
  const g = geometry(input, o.kernel, o.stride, o.padding, 'max_pool2d');
  if (o.padding[0] * 2 > o.kernel[0] || o.padding[1] * 2 > o.kernel[1]) {
    throw new TorchError('RuntimeError', `pad should be at most half of kernel size, but got pad=${o.padding[0]} and kernel_size=${o.kernel[0]}`);
  }
  if (g.outHeight < 1 || g.outWidth < 1) {
    const size = (h: number, w: number) => `${g.channels}x${h}x${w}`;
    throw new TorchError('RuntimeError', `Given input size: (${size(g.height, g.width)}). Calculated output size: (${size(g.outHeight, g.outWidth)}). Output size is too small`);
  }
  const planes = g.batch * g.channels;
  const m = g.outHeight * g.outWidth;
  const argmax = new Int32Array(planes * m);
  const forward = (out: Float32Array): Float32Array => {
    for (let plane = 0; plane < planes; plane++) {
      const base = plane * g.height * g.width;
      for (let oy = 0; oy < g.outHeight; oy++) {
        for (let ox = 0; ox < g.outWidth; ox++) {
          let best = -Infinity;
          let at = -1;
          for (let ky = 0; ky < o.kernel[0]; ky++) {
            const iy = oy * o.stride[0] - o.padding[0] + ky;
            if (iy < 0 || iy >= g.height) continue;
            for (let kx = 0; kx < o.kernel[1]; kx++) {
              const ix = ox * o.stride[1] - o.padding[1] + kx;
              if (ix < 0 || ix >= g.width) continue;
              const v = input.data[base + iy * g.width + ix];
              // PyTorch's max_pool2d: a larger value or a NaN takes the place
              if (v > best || Number.isNaN(v) || at < 0) {
                best = v;
                at = iy * g.width + ix;
              }
            }
          }
          out[plane * m + oy * g.outWidth + ox] = best;
          argmax[plane * m + oy * g.outWidth + ox] = at;
        }
      }
    }
    return out;
  };
  const shape = g.unbatched ? [g.channels, g.outHeight, g.outWidth] : [g.batch, g.channels, g.outHeight, g.outWidth];
  const out = new Tensor(forward(new Float32Array(planes * m)), shape, input.dtype);
  if (isRecording()) recordOp('max_pool2d', [input], out, () => forward(out.data as Float32Array), [...o.kernel, ...o.stride, ...o.padding]);
  if (!needsGrad(input)) return out;
  return record(out, 'MaxPool2DWithIndicesBackward0', [input], (grad) => {
    const gradInput = new Float32Array(input.size);
    for (let plane = 0; plane < planes; plane++) {
      for (let q = 0; q < m; q++) {
        const at = plane * g.height * g.width + argmax[plane * m + q];
        gradInput[at] = f32(gradInput[at] + grad[plane * m + q]);
      }
    }
    return [gradInput];
  });
}
