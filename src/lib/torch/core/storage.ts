// What the core knows about a tensor's storage (its typed array) beyond the tensor: how often
// it was written in place (PyTorch's version counter, kept in python/objects/shared-storage.ts
// with numpy's: views and the SIMD engine's cache check it), whether more than one tensor
// holds it, and a pool of float32 arrays to reuse.
//
// Why a pool: a fresh typed array is fresh memory, and a browser hands large ones out as newly
// mapped pages that fault in on first write — in Chromium filling a new 4 MB array costs ten
// times what filling a reused one does. PyTorch's allocator reuses freed blocks; here, arrays
// come back to the pool when the core knows nothing can read them any more: gradient buffers
// after each backward pass (autograd.ts), and the intermediate outputs inside a module call
// once backward() has freed the nodes that saved them (autograd.ts#recycleReleased).

import { bumpStorageVersion, storageVersion, type Storage } from '../../python/objects/shared-storage';

/** Counts a write into a storage (an in-place op, an optimizer step, a reused buffer). */
export const bumpStorage = bumpStorageVersion;

/** The number of writes counted into a storage (numpy's writes into a shared one included). */
export const versionOf = storageVersion;

const held = new WeakSet<Storage>();
const shared = new WeakSet<Storage>();

/** A tensor now holds `data` (tensor.ts calls this for every tensor it makes). */
export function noteHolder(data: Storage): void {
  if (held.has(data)) shared.add(data);
  else held.add(data);
}

/** Whether more than one tensor was ever made on `data` (a reshape, a detach, a view's copy-free alias). */
export const isShared = (data: Storage): boolean => shared.has(data);

/**
 * Arrays kept per length, and the smallest length worth keeping: V8 makes a typed array of up to
 * 64 bytes inside its own heap, cheaply; a larger one gets a backing store outside it, which in
 * Chromium's worker (V8's sandbox, external-memory accounting that brings GCs forward) costs
 * microseconds each — a softmax net's per-epoch 900-element loss gradients and 128-element
 * weight gradients were the worker's top function (~15% of row e of bench/net-bench.mjs).
 */
const KEEP_PER_LENGTH = 32;
const MIN_POOLED = 17;
const pool = new Map<number, Float32Array[]>();

/** A Float32Array of n elements, reused when one is free: zeroed, unless `zeroed` is false (the caller writes every element). */
export function float32Buffer(n: number, zeroed = true): Float32Array {
  const free = n >= MIN_POOLED ? pool.get(n) : undefined;
  if (!free || free.length === 0) return new Float32Array(n);
  const buffer = free.pop()!;
  if (zeroed) buffer.fill(0);
  bumpStorage(buffer); // written anew: no cached copy of its old contents may stand for it
  held.delete(buffer); // a new life: its next tensor is its only holder
  return buffer;
}

/** Hands arrays nothing reads any more back for reuse. */
export function recycleBuffers(buffers: Iterable<Float32Array>): void {
  for (const b of buffers) {
    if (b.length < MIN_POOLED) continue;
    let free = pool.get(b.length);
    if (!free) pool.set(b.length, (free = []));
    if (free.length < KEEP_PER_LENGTH && !free.includes(b)) free.push(b);
  }
}
