// torch.utils.data as Python sees it: TensorDataset and DataLoader (single process), with
// PyTorch 1.13's order of random draws. Iterating a DataLoader draws its iterator's base seed
// from its generator (`torch.empty((), dtype=torch.int64).random_(generator=...)`, a 64-bit draw)
// whether it shuffles or not; with shuffle=True the RandomSampler, on the first batch, draws a
// seed the same way from the default generator, seeds a fresh generator with it and takes
// `torch.randperm(n, generator=g)` (with generator=g it uses g itself, no seed draw). Batches are
// `default_collate`d: tensors stacked, (x, y) samples transposed into a list [xb, yb], ints
// made an int64 tensor. What is not here raises NotImplementedError naming it.
import {
  HostObject, PyList, PyModule, PyTuple, pyError, toIndex, typeNameOf, type HostContext, type KwArgs, type PyValue,
} from '../../python/objects/host';
import { TorchGenerator } from '../core/generator';
import { stack } from '../core/reshape';
import { randomInt64, randperm } from '../core/sampling';
import { guarded, tensorFromPython, TensorHost, toTensor } from './convert';
import { generatorOf, PyTorchGenerator } from './random-ops';
import { sessionOf, type TorchSession } from './session';
import { bindSignature, type Signature } from './signature';
import { pythonTensor, TorchFunction } from './tensor-object';

function notSupported(what: string): never {
  throw pyError('NotImplementedError', `${what}는 아직 지원하지 않습니다 / ${what} is not supported yet`);
}

/** torch.utils.data.TensorDataset(*tensors): sample i is the tuple of each tensor's row i. */
export class PyTensorDataset extends HostObject {
  readonly typeName = 'TensorDataset';
  readonly moduleName = 'torch.utils.data.dataset';
  constructor(readonly tensors: readonly TensorHost[]) {
    super();
  }
  getAttr(name: string): PyValue | undefined {
    return name === 'tensors' ? new PyTuple([...this.tensors]) : undefined;
  }
  getItem(key: PyValue): PyValue {
    return new PyTuple(this.tensors.map((t) => t.getItem!(key)));
  }
  length(): number {
    return this.tensors[0].tensor.shape[0];
  }
}

function datasetLength(dataset: PyValue): number {
  if (dataset instanceof PyList || dataset instanceof PyTuple) return dataset.items.length;
  if (dataset instanceof HostObject && dataset.length) return dataset.length();
  throw pyError('TypeError', `object of type '${typeNameOf(dataset)}' has no len()`);
}

function datasetItem(dataset: PyValue, index: number): PyValue {
  if (dataset instanceof PyList || dataset instanceof PyTuple) return dataset.items[index];
  if (dataset instanceof HostObject && dataset.getItem) return dataset.getItem(BigInt(index));
  throw pyError('TypeError', `'${typeNameOf(dataset)}' object is not subscriptable`);
}

/** torch.utils.data.default_collate for what the lectures batch: tensors, ints, bools, strings, tuples/lists of them. */
function collate(batch: readonly PyValue[], session: TorchSession): PyValue {
  const elem = batch[0];
  if (elem instanceof TensorHost) return pythonTensor(guarded(() => stack(batch.map((b) => toTensor(b)), 0)), session);
  if (typeof elem === 'bigint' || typeof elem === 'boolean') return pythonTensor(tensorFromPython(new PyList([...batch])), session);
  if (typeof elem === 'number') notSupported('float 표본을 float64 텐서로 묶기 (default_collate)');
  if (typeof elem === 'string') return new PyList([...batch]);
  if (elem instanceof PyTuple || elem instanceof PyList) {
    const size = elem.items.length;
    const rows = batch.map((b) => (b instanceof PyTuple || b instanceof PyList ? b.items : []));
    if (rows.some((r) => r.length !== size)) throw pyError('RuntimeError', 'each element in list of batch should be of equal size');
    return new PyList(elem.items.map((_, k) => collate(rows.map((r) => r[k]), session)));
  }
  return notSupported(`${typeNameOf(elem)} 표본 묶기 (default_collate)`);
}

const DATALOADER: Signature = {
  params: [
    'dataset', ['batch_size', 1n], ['shuffle', null], ['sampler', null], ['batch_sampler', null], ['num_workers', 0n],
    ['collate_fn', null], ['pin_memory', false], ['drop_last', false], ['timeout', 0n], ['worker_init_fn', null],
    ['multiprocessing_context', null], ['generator', null],
  ],
  keywords: [['prefetch_factor', 2n], ['persistent_workers', false], ['pin_memory_device', '']],
};

/** torch.utils.data.DataLoader(dataset, batch_size=1, shuffle=False, drop_last=False, collate_fn=None, generator=None). */
export class PyDataLoader extends HostObject {
  readonly typeName = 'DataLoader';
  readonly moduleName = 'torch.utils.data.dataloader';
  constructor(
    readonly dataset: PyValue,
    readonly batchSize: number,
    readonly shuffle: boolean,
    readonly dropLast: boolean,
    private readonly collateFn: PyValue,
    private readonly userGenerator: PyTorchGenerator | null,
    private readonly session: TorchSession,
    private readonly ctx: HostContext,
  ) {
    super();
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'dataset') return this.dataset;
    if (name === 'batch_size') return BigInt(this.batchSize);
    if (name === 'drop_last') return this.dropLast;
    if (name === 'generator') return this.userGenerator;
    return undefined;
  }
  length(): number {
    const n = datasetLength(this.dataset);
    return this.dropLast ? Math.floor(n / this.batchSize) : Math.ceil(n / this.batchSize);
  }
  iterate(): Iterable<PyValue> {
    // _BaseDataLoaderIter.__init__: the base seed, drawn when the iterator is made.
    randomInt64(generatorOf(this.userGenerator, this.session));
    return this.batches();
  }
  /**
   * RandomSampler's indices: on the first batch its seed draw and randperm; when exhausted it
   * draws one more randperm (`randperm(n)[:0]`, the remainder it yields), from its generator.
   */
  private *sampler(n: number): Generator<number> {
    if (!this.shuffle) {
      for (let i = 0; i < n; i++) yield i;
      return;
    }
    const own = this.userGenerator === null;
    const generator = this.userGenerator?.generator ?? new TorchGenerator(randomInt64(this.session.generator));
    yield* randperm(generator, n).data;
    if (!own) randperm(generator, n); // a fresh generator's last draw would change nothing outside
  }
  /** BatchSampler over the sampler (its generator runs on the first batch), each batch collated. */
  private *batches(): Generator<PyValue> {
    const n = datasetLength(this.dataset);
    const indices = this.sampler(n);
    for (;;) {
      const batch: number[] = [];
      let done = false;
      while (batch.length < this.batchSize) {
        const next = indices.next();
        if (next.done) {
          done = true;
          break;
        }
        batch.push(next.value);
      }
      if (batch.length > 0 && (batch.length === this.batchSize || !this.dropLast)) yield this.collated(batch);
      if (done) return;
    }
  }
  private collated(batch: readonly number[]): PyValue {
    const samples = batch.map((i) => datasetItem(this.dataset, i));
    return this.collateFn === null ? collate(samples, this.session) : this.ctx.call(this.collateFn, [new PyList(samples)]);
  }
}

function dataLoader(args: readonly PyValue[], kwargs: KwArgs, session: TorchSession, ctx: HostContext): PyDataLoader {
  const [
    dataset, batchSize, shuffle, sampler, batchSampler, numWorkers, collateFn, , dropLast, timeout, workerInitFn,
    multiprocessingContext, generator, prefetchFactor, persistentWorkers,
  ] = bindSignature('DataLoader.__init__', DATALOADER, args, kwargs);
  if (batchSize === null) notSupported('DataLoader(batch_size=None)');
  if (sampler !== null) notSupported('DataLoader(sampler=...)');
  if (batchSampler !== null) notSupported('DataLoader(batch_sampler=...)');
  if (toIndex(numWorkers, 'num_workers') !== 0) notSupported(`DataLoader(num_workers=${String(numWorkers)})`);
  if (workerInitFn !== null || multiprocessingContext !== null || persistentWorkers === true || prefetchFactor !== 2n || (timeout !== 0n && timeout !== 0)) {
    notSupported('DataLoader의 작업자(worker) 설정');
  }
  if (generator !== null && !(generator instanceof PyTorchGenerator)) throw pyError('TypeError', `generator must be torch.Generator, not ${typeNameOf(generator)}`);
  const size = toIndex(batchSize, 'batch_size');
  if (size <= 0) throw pyError('ValueError', `batch_size should be a positive integer value, but got batch_size=${size}`);
  if (dropLast !== true && dropLast !== false) throw pyError('ValueError', `drop_last should be a boolean value, but got drop_last=${ctx.repr(dropLast)}`);
  return new PyDataLoader(dataset, size, Boolean(shuffle), dropLast, collateFn, generator, session, ctx);
}

function tensorDataset(args: readonly PyValue[], kwargs: KwArgs): PyTensorDataset {
  if (kwargs.size > 0) throw pyError('TypeError', `TensorDataset.__init__() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
  const tensors = args.map((a) => {
    if (!(a instanceof TensorHost)) throw pyError('AttributeError', `'${typeNameOf(a)}' object has no attribute 'size'`);
    return a;
  });
  if (tensors.length === 0) throw pyError('IndexError', 'tuple index out of range');
  const n = tensors[0].tensor.shape[0];
  if (tensors.some((t) => t.tensor.ndim === 0 || t.tensor.shape[0] !== n)) throw pyError('AssertionError', 'Size mismatch between tensors');
  return new PyTensorDataset(tensors);
}

/** The classes of torch.utils.data, for the module and the guide's table (call, doc line). */
export const DATA_CLASSES: readonly { name: string; call: string; doc: string }[] = [
  { name: 'TensorDataset', call: 'TensorDataset(*tensors)', doc: '텐서들의 같은 행을 묶은 데이터셋: ds[i]는 (X[i], y[i]), len(ds)' },
  {
    name: 'DataLoader',
    call: 'DataLoader(dataset, batch_size=…, shuffle=…, drop_last=…, collate_fn=…, generator=…)',
    doc: '미니배치 [xb, yb]를 차례로 (shuffle=True면 PyTorch와 같은 순서로 섞음), len(loader)는 배치 수',
  },
];

/** The module `torch.utils.data` of one kernel. */
export function dataModule(ctx: HostContext): PyModule {
  const session = sessionOf(ctx);
  return session.module('torch.utils.data', () => new PyModule('torch.utils.data', {
    TensorDataset: new TorchFunction('TensorDataset', (args, kwargs) => tensorDataset(args, kwargs), false),
    DataLoader: new TorchFunction('DataLoader', (args, kwargs) => dataLoader(args, kwargs, session, ctx), false),
  }));
}
