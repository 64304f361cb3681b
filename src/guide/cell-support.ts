// What a runnable cell supports, for the authoring guide, read from the registries the kernel
// itself is built from (the op table, the nn classes, the optimizers, torch.utils.data's
// classes, numpy's and pandas' tables, the module registry), so the guide cannot list
// something the cells lack or miss something they have.
import type { ParamSpec } from '../lib/python/objects/host';
import { DATA_CLASSES } from '../lib/torch/python/data';
import { INIT_FUNCTIONS } from '../lib/torch/python/init';
import { NN_CLASSES } from '../lib/torch/python/nn';
import { TORCH_OPS, type OpSite } from '../lib/torch/python/ops';
import { OPTIMIZERS } from '../lib/torch/python/optim';
import type { Signature } from '../lib/torch/python/signature';
import { courseKernelSetup } from '../lib/course-kernel';
import { NUMPY_FUNCTIONS } from '../lib/python/modules/numpy/module';
import { PANDAS_SUPPORT } from '../lib/python/modules/pandas/module';

export interface SupportRow {
  /** How Python code calls it: `torch.linspace(start, end, steps)`. */
  call: string;
  doc: string;
}

export interface SupportTable {
  title: string;
  rows: SupportRow[];
}

function parameterText(param: ParamSpec): string {
  return typeof param === 'string' ? param : `${param[0]}=…`;
}

/** `(input, dim=…, keepdim=…)`; a Tensor method leaves out its own tensor. */
function signatureText(signature: Signature, method: boolean): string {
  const params = signature.params.slice(method ? 1 : 0).map(parameterText);
  if (signature.varargs) params.push(`*${signature.varargs}`);
  for (const [name] of signature.keywords ?? []) params.push(`${name}=…`);
  return `(${params.join(', ')})`;
}

const SITES: { site: OpSite; title: string; prefix: string }[] = [
  { site: 'torch', title: 'torch 함수', prefix: 'torch.' },
  { site: 'Tensor', title: '텐서 메서드', prefix: 'x.' },
  { site: 'nn', title: 'torch.nn 함수', prefix: 'nn.' },
  { site: 'functional', title: 'torch.nn.functional', prefix: 'F.' },
];

export function cellSupportTables(): SupportTable[] {
  const ops = SITES.map(({ site, title, prefix }) => ({
    title,
    rows: TORCH_OPS.filter((op) => op.on.includes(site)).map((op) => ({ call: `${prefix}${op.name}${signatureText(op, site === 'Tensor')}`, doc: op.doc })),
  }));
  return [
    ...ops,
    {
      title: 'torch.nn 층과 손실',
      rows: [
        ...NN_CLASSES.map((entry) => ({ call: `nn.${entry.name}${signatureText(entry, false)}`, doc: entry.doc })),
        { call: 'class Net(nn.Module)', doc: '직접 만드는 신경망: __init__에서 super().__init__() 뒤에 self.l1 = nn.Linear(…)처럼 층을 붙이고 forward(self, x)를 정의 (net(x), print(net), net.parameters())' },
      ],
    },
    { title: 'torch.nn.init', rows: INIT_FUNCTIONS.map((entry) => ({ call: `nn.init.${entry.name}${signatureText(entry, false)}`, doc: entry.doc })) },
    { title: 'torch.optim', rows: OPTIMIZERS.map((entry) => ({ call: `torch.optim.${entry.name}${signatureText(entry, false)}`, doc: entry.doc })) },
    { title: 'torch.utils.data', rows: DATA_CLASSES.map((entry) => ({ call: entry.call, doc: entry.doc })) },
    { title: 'numpy', rows: NUMPY_FUNCTIONS.map((entry) => ({ call: entry.call, doc: entry.doc })) },
    { title: 'pandas', rows: PANDAS_SUPPORT },
  ];
}

/** The modules a cell can import, as the kernel registers them. */
export function cellModules(): string[] {
  return courseKernelSetup({ loopTracing: false }).modules!.names();
}
