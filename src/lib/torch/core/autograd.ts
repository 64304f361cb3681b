// Tape autograd in micrograd's shape, over tensors: every differentiable op
// that sees an input requiring grad records a GradFn holding its inputs and a
// closure from the output's gradient to the inputs' gradients. backward()
// walks the graph in reverse topological order and accumulates into leaves.
import { isRecording } from './recording';
import { float32Buffer, isShared, recycleBuffers } from './storage';
import { TorchError, trackedViewWriteError } from './errors';
import { bumpVersion, LEGACY_TYPE_NAMES, Tensor, type GradFn } from './tensor';

let gradEnabled = true;

// Gradient buffers live only while backward() runs (leaves get copies), so they go back to the
// storage pool after each pass: a training loop's backward then allocates next to nothing.
let lent: Float32Array[] | null = null;

/**
 * A zeroed Float32Array for a gradient; recycled after the current backward pass. `zeroed`
 * false skips the zeroing of a reused buffer, for a caller that writes every element.
 */
export function gradBuffer(n: number, zeroed = true): Float32Array {
  if (!lent) return new Float32Array(n);
  const buffer = float32Buffer(n, zeroed);
  lent.push(buffer);
  return buffer;
}

export function isGradEnabled(): boolean {
  return gradEnabled;
}

export function setGradEnabled(enabled: boolean): boolean {
  const previous = gradEnabled;
  gradEnabled = enabled;
  return previous;
}

/** torch.no_grad() as a scope: ops inside record nothing. */
export function noGrad<T>(body: () => T): T {
  const previous = setGradEnabled(false);
  try {
    return body();
  } finally {
    setGradEnabled(previous);
  }
}

/** Whether an op over these inputs must record a node. */
export function needsGrad(...inputs: (Tensor | null | undefined)[]): boolean {
  if (!gradEnabled) return false;
  for (const t of inputs) if (t && t.requiresGrad) return true;
  return false;
}

/** Attach a node to an op's output (the op checked needsGrad first). */
export function record(
  out: Tensor,
  name: string,
  inputs: readonly (Tensor | null)[],
  backward: (g: Float32Array) => (Float32Array | null)[],
): Tensor {
  out.requiresGrad = true;
  out.gradFn = { name, inputs: inputs.map((t) => (t && t.requiresGrad ? t : null)), backward };
  return out;
}

function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>();
  // Iterative DFS: a 10 000-node chain must not overflow the JS stack.
  const stack: [Tensor, number][] = [[root, 0]];
  seen.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [t, next] = top;
    const inputs = t.gradFn ? t.gradFn.inputs : [];
    if (next < inputs.length) {
      top[1]++;
      const child = inputs[next];
      if (child && !seen.has(child)) {
        seen.add(child);
        stack.push([child, 0]);
      }
    } else {
      stack.pop();
      order.push(t);
    }
  }
  return order.reverse();
}

/** A replayed iteration walks the very nodes of the recorded one: its order is worked out once. */
const replayOrders = new WeakMap<Tensor, Tensor[]>();
function replayOrder(root: Tensor): Tensor[] {
  let order = replayOrders.get(root);
  if (!order) replayOrders.set(root, (order = topologicalOrder(root)));
  return order;
}

function accumulate(target: Map<Tensor, Float32Array>, t: Tensor, g: Float32Array): void {
  const existing = target.get(t);
  if (!existing) {
    target.set(t, g);
    return;
  }
  const sum = gradBuffer(g.length, false);
  for (let i = 0; i < g.length; i++) sum[i] = existing[i] + g[i];
  target.set(t, sum);
}

/**
 * PyTorch's nodes that save no tensor for backward: running through them a second time works
 * in PyTorch; every other node's saved values are freed by a backward() without retain_graph.
 */
const SAVES_NO_TENSOR = new Set([
  'AddBackward0', 'SubBackward0', 'RsubBackward1', 'NegBackward0', 'SumBackward0', 'SumBackward1', 'MeanBackward0',
  'AliasBackward0', 'SelectBackward0', 'SliceBackward0', 'UnsqueezeBackward0', 'SqueezeBackward0', 'SqueezeBackward1',
  'ViewBackward0', 'ReshapeAliasBackward0', 'UnsafeViewBackward0', 'TBackward0', 'TransposeBackward0', 'PermuteBackward0',
  'CatBackward0', 'StackBackward0', 'UnbindBackward0', 'CloneBackward0', 'ExpandBackward0',
]);

export const BACKWARD_TWICE =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). ' +
  'Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). ' +
  'Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

export interface BackwardOptions {
  /** retain_graph=True: keep the graph's saved values for another backward(). */
  readonly retainGraph?: boolean;
  /** A loop replay: the forward ran again into the same nodes, so the graph is whole again. */
  readonly replay?: boolean;
}

/** tensor.backward(gradient): gradients of `root` into every leaf's .grad. */
export function backward(root: Tensor, gradient?: Tensor, options: BackwardOptions = {}): void {
  if (!root.requiresGrad) {
    throw new Error('element 0 of tensors does not require grad and does not have a grad_fn');
  }
  if (!gradient && root.size !== 1) {
    throw new Error('grad can be implicitly created only for scalar outputs');
  }
  if (gradient && (gradient.shape.length !== root.shape.length || gradient.shape.some((d, i) => d !== root.shape[i]))) {
    const size = (shape: readonly number[]): string => `torch.Size([${shape.join(', ')}])`;
    throw new Error(`Mismatch in shape: grad_output[0] has a shape of ${size(gradient.shape)} and output[0] has a shape of ${size(root.shape)}.`);
  }
  const seed = gradient ? Float32Array.from(gradient.data) : new Float32Array([1]);
  const grads = new Map<Tensor, Float32Array>([[root, seed]]);
  const previous = setGradEnabled(false);
  const outer = lent;
  lent = [];
  const order = options.replay ? replayOrder(root) : topologicalOrder(root);
  /** Tensors whose nodes this pass freed (a node freed by an earlier pass was dealt with then). */
  const freedNow: Tensor[] = [];
  try {
    for (const t of order) {
      const g = grads.get(t);
      if (!g) continue;
      if (!t.gradFn) {
        accumulateLeaf(t, g);
        continue;
      }
      grads.delete(t); // intermediate gradients are not kept, as in PyTorch
      const node = t.gradFn;
      if (node.released && !options.replay && !SAVES_NO_TENSOR.has(node.name)) throw new Error(BACKWARD_TWICE);
      const inputGrads = node.backward(g);
      if (!node.released && !options.retainGraph) freedNow.push(t);
      node.released = !options.retainGraph;
      const inputs = node.inputs;
      for (let i = 0; i < inputs.length; i++) {
        const input = inputs[i];
        const ig = inputGrads[i];
        if (input && ig) accumulate(grads, input, ig);
      }
    }
  } finally {
    setGradEnabled(previous);
    recycleBuffers(lent);
    lent = outer;
  }
  if (!options.replay && !isRecording()) recycleReleased(freedNow, root);
}

/**
 * After a backward() that freed nodes: the float32 outputs of those nodes that Python never
 * saw (the layers' outputs inside a module call, which PyTorch frees with the saved tensors)
 * go back to the storage pool. Nothing can read them any more: no Python object holds them, the
 * nodes that saved them refuse a second backward(), and no other tensor shares their storage.
 * A loop recording keeps every output (the loop's replay writes into them again), so nothing is
 * recycled while one is active, nor for a replayed backward.
 */
function recycleReleased(freed: readonly Tensor[], root: Tensor): void {
  const buffers: Float32Array[] = [];
  for (const t of freed) {
    if (t === root || t.exposed || !(t.data instanceof Float32Array) || isShared(t.data)) continue;
    buffers.push(t.data);
  }
  recycleBuffers(buffers);
}

function accumulateLeaf(leaf: Tensor, g: Float32Array): void {
  if (!leaf.grad) {
    leaf.grad = new Tensor(Float32Array.from(g), leaf.shape, 'float32');
    return;
  }
  const acc = leaf.grad.data;
  for (let i = 0; i < acc.length; i++) acc[i] = Math.fround(acc[i] + g[i]);
  bumpVersion(leaf.grad);
}

/**
 * Nodes whose backward reads their own output (derivatives.yaml's `result`): PyTorch saves that
 * output, so an in-place op on it makes backward() raise. The page's backward would read the
 * changed values instead — a wrong gradient — so it raises PyTorch's error too.
 */
const SAVES_ITS_RESULT = new Set([
  'SigmoidBackward0', 'TanhBackward0', 'ExpBackward0', 'SqrtBackward0', 'RsqrtBackward0', 'ReluBackward0',
  'SoftmaxBackward0', 'LogSoftmaxBackward0', 'ReciprocalBackward0',
]);

/** `node` once its output t was changed in place: its backward raises as PyTorch's saved-variable check does. */
function modifiedResultNode(t: Tensor, node: GradFn): GradFn {
  return {
    name: node.name,
    inputs: node.inputs,
    backward: () => {
      throw new TorchError(
        'RuntimeError',
        `one of the variables needed for gradient computation has been modified by an inplace operation: [${LEGACY_TYPE_NAMES[t.dtype]} [${t.shape.join(', ')}]], ` +
          `which is output 0 of ${node.name}, is at version 1; expected version 0 instead. ` +
          'Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).',
      );
    },
  };
}

/** An in-place op's result must have the tensor's own shape (`x.add_(y)` cannot grow x by broadcasting). */
export function assertFitsInPlace(t: Tensor, result: Tensor): void {
  if (result.size !== t.size) {
    throw new TorchError('RuntimeError', `output with shape [${t.shape.join(', ')}] doesn't match the broadcast shape [${result.shape.join(', ')}]`);
  }
}

/**
 * An in-place op on a tensor autograd tracks (`z.add_(w)`, `z *= 2` on a graph value, `h += w`,
 * `z.fill_(0)`): PyTorch rebases z's history onto the in-place op's node. Here the op runs on a
 * snapshot of z (its values and its node, which the op's backward may read), and z takes the
 * result's values and node — so every name bound to z sees both, as in PyTorch. A view's write
 * would rewrite its base's history (CopySlices): not computed, refused.
 */
export function rebaseHistory(t: Tensor, compute: (earlier: Tensor) => Tensor): void {
  if (t.viewSource) throw trackedViewWriteError();
  const earlier = new Tensor(t.data.slice(), t.shape, t.dtype);
  earlier.requiresGrad = t.requiresGrad;
  earlier.gradFn = t.gradFn && SAVES_ITS_RESULT.has(t.gradFn.name) ? modifiedResultNode(t, t.gradFn) : t.gradFn;
  const result = compute(earlier);
  assertFitsInPlace(t, result);
  t.data.set(result.data);
  t.requiresGrad = result.requiresGrad;
  t.gradFn = result.gradFn;
  bumpVersion(t);
}
