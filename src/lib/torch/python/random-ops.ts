// The op table's random part beyond rand/randn/bernoulli (which sit in ops.ts): randperm,
// randint, normal, rand_like/randn_like, torch.nn.functional.dropout and torch.Generator, each
// drawing PyTorch 1.13's CPU stream (../core/sampling.ts). Entries have the op table's shape
// (ops.ts's TorchOp) and are spliced into TORCH_OPS there; this file does not import ops.ts.
import { HostObject, pyError, toIndex, toNumber, type PyValue } from '../../python/objects/host';
import { rand, randn, setRequiresGrad } from '../core/creation';
import { TorchGenerator } from '../core/generator';
import { dropout, normal, randint, randperm } from '../core/sampling';
import type { Tensor } from '../core/tensor';
import { toBool, toFloat, toLong } from '../core/unary';
import { TensorHost, toDType, toSizes, toTensor } from './convert';
import type { TorchSession } from './session';
import type { Signature } from './signature';

/** torch.Generator(): its own PyTorch CPU generator (manual_seed, initial_seed, seed argument of randperm/randint/DataLoader). */
export class PyTorchGenerator extends HostObject {
  readonly typeName = 'Generator';
  readonly moduleName = 'torch';
  generator = new TorchGenerator();
  repr(): string {
    return '<torch._C.Generator object at 0x7f3c2a1b4e30>';
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'device') return 'cpu';
    const self = this;
    if (name === 'manual_seed') {
      return new GeneratorMethod('manual_seed', (args) => {
        if (args.length !== 1) throw pyError('TypeError', 'manual_seed() takes exactly one argument');
        self.generator = new TorchGenerator(BigInt(toIndex(args[0], 'seed')));
        return self;
      });
    }
    if (name === 'initial_seed') return new GeneratorMethod('initial_seed', () => BigInt(self.generator.initialSeed()));
    return undefined;
  }
}

class GeneratorMethod extends HostObject {
  readonly typeName = 'builtin_function_or_method';
  constructor(
    readonly name: string,
    private readonly impl: (args: readonly PyValue[]) => PyValue,
  ) {
    super();
  }
  call(args: readonly PyValue[]): PyValue {
    return this.impl(args);
  }
  repr(): string {
    return `<built-in method ${this.name} of torch._C.Generator object>`;
  }
}

/** `generator=`: the given torch.Generator's, or the session's default one. */
export function generatorOf(v: PyValue, session: TorchSession): TorchGenerator {
  if (v === null) return session.generator;
  if (v instanceof PyTorchGenerator) return v.generator;
  throw pyError('TypeError', `generator must be torch.Generator, not ${(v as HostObject).typeName ?? typeof v}`);
}

function notSupported(what: string): never {
  throw pyError('NotImplementedError', `${what}는 아직 지원하지 않습니다 / ${what} is not supported yet`);
}

function withOptions(t: Tensor, dtype: PyValue, requiresGrad: PyValue): Tensor {
  const wanted = toDType(dtype);
  let out = t;
  if (wanted && wanted !== t.dtype) out = wanted === 'float32' ? toFloat(t) : wanted === 'int64' ? toLong(t) : toBool(t);
  if (requiresGrad === true) setRequiresGrad(out, true);
  return out;
}

function sizesOf(v: PyValue): number[] {
  return toSizes([v]);
}

type Site = 'torch' | 'Tensor' | 'nn' | 'functional';

/** An op table entry (ops.ts's TorchOp, structurally). */
interface RandomOp extends Signature {
  readonly name: string;
  readonly doc: string;
  readonly on: readonly Site[];
  readonly traceable?: boolean;
  readonly run: (args: PyValue[], session: TorchSession) => Tensor | PyValue;
}

const OPTIONS = [['generator', null], ['dtype', null], ['requires_grad', false]] as const;

function randomLike(name: string, doc: string, draw: (g: TorchGenerator, shape: number[]) => Tensor): RandomOp {
  return {
    name, doc, on: ['torch'], params: ['input'], keywords: [['dtype', null], ['requires_grad', false]], traceable: false,
    run: ([input, dtype, requiresGrad], session) => {
      const t = toTensor(input);
      const wanted = toDType(dtype) ?? t.dtype;
      if (wanted !== 'float32') throw pyError('RuntimeError', `"${name === 'rand_like' ? 'check_uniform_bounds' : 'normal_kernel_cpu'}" not implemented for '${wanted === 'int64' ? 'Long' : 'Bool'}'`);
      return withOptions(draw(session.generator, [...t.shape]), null, requiresGrad);
    },
  };
}

export const RANDOM_OPS: readonly RandomOp[] = [
  {
    name: 'randperm', doc: '0..n-1을 무작위로 섞은 int64 텐서 (PyTorch의 생성기와 같은 순서)', on: ['torch'],
    params: ['n'], keywords: OPTIONS, traceable: false,
    run: ([n, generator, dtype, requiresGrad], session) => withOptions(randperm(generatorOf(generator, session), toIndex(n, 'n')), dtype, requiresGrad),
  },
  {
    name: 'randint', doc: '[low, high)의 정수 난수 int64 텐서; randint(high, size)도 됨 (PyTorch와 같은 수열)', on: ['torch'],
    params: ['low', ['high', null], ['size', null]], keywords: OPTIONS, traceable: false,
    run: ([low, high, size, generator, dtype, requiresGrad], session) => {
      let [lo, hi, sz] = [low, high, size];
      if (sz === null) [lo, hi, sz] = [0n, low, high]; // randint(high, size)
      else if (hi === null) [lo, hi] = [0n, low]; // randint(high, size=...)
      if (sz === null) throw pyError('TypeError', "randint() missing 1 required positional arguments: \"size\"");
      return withOptions(randint(generatorOf(generator, session), toIndex(lo, 'low'), toIndex(hi, 'high'), sizesOf(sz)), dtype, requiresGrad);
    },
  },
  {
    name: 'normal', doc: '평균 mean, 표준편차 std인 정규분포 난수 (수 mean·std와 size)', on: ['torch'],
    params: ['mean', 'std', ['size', null]], keywords: OPTIONS, traceable: false,
    run: ([mean, std, size, generator, dtype, requiresGrad], session) => {
      if (mean instanceof TensorHost || std instanceof TensorHost) notSupported('텐서 mean/std를 받는 torch.normal');
      if (size === null) notSupported('size 없는 torch.normal');
      return withOptions(normal(generatorOf(generator, session), toNumber(mean), toNumber(std), sizesOf(size)), dtype, requiresGrad);
    },
  },
  randomLike('rand_like', 'input과 같은 모양의 [0, 1) 균등분포 난수', rand),
  randomLike('randn_like', 'input과 같은 모양의 표준정규분포 난수', randn),
  {
    name: 'Generator', doc: '따로 쓰는 난수 생성기: g = torch.Generator(); g.manual_seed(0); generator=g', on: ['torch'],
    params: [['device', 'cpu']], traceable: false,
    run: ([device]) => {
      if (device !== 'cpu') notSupported(`torch.Generator(device=${String(device)})`);
      return new PyTorchGenerator();
    },
  },
  {
    name: 'dropout', doc: '학습 중에 원소를 확률 p로 0으로, 나머지는 1/(1-p)배 (PyTorch의 생성기와 같은 마스크)', on: ['functional'],
    // Traceable: a loop replay draws each mask again (core/sampling.ts#dropout records itself).
    params: ['input', ['p', 0.5], ['training', true], ['inplace', false]], traceable: true,
    run: ([input, p, training, inplace], session) => {
      if (inplace === true) notSupported('F.dropout(inplace=True)');
      const rate = toNumber(p);
      if (!(rate >= 0 && rate <= 1)) throw pyError('ValueError', `dropout probability has to be between 0 and 1, but got ${rate}`);
      return dropout(session.generator, toTensor(input), rate, Boolean(training));
    },
  },
];
