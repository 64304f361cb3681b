// What the real libraries have that the page's kernel does not (yet): src/lib/library-names.json,
// written by scripts/library-names.py from PyTorch 1.13, matplotlib 3.6, numpy 1.24, pandas 1.5 and
// CPython 3.11. A name found there but not here is "not supported yet" (NotImplementedError naming
// it), so a student is never told that a real API is a typo; a name neither has stays the
// library's own error.
import names from '../../library-names.json';
import { topicParticle } from '../../korean';
import { pyError, type PyException } from './errors';

const moduleNames = new Map(Object.entries(names.modules).map(([module, list]) => [module, new Set(list)]));
const typeAttributes = new Map(Object.entries(names.types).map(([type, { qualname, attributes }]) => [type, { qualname, attributes: new Set(attributes) }]));
const missingModules = new Set(names.missingModules);

/** NotImplementedError: "torch.nn.Conv3d는 아직 지원하지 않습니다 / torch.nn.Conv3d is not supported yet". */
export function notSupportedYet(qualifiedName: string): PyException {
  return pyError('NotImplementedError', `${qualifiedName}${topicParticle(qualifiedName)} 아직 지원하지 않습니다 / ${qualifiedName} is not supported yet`);
}

/** The real module's public names, sorted as dir() lists them (empty for a module the library list lacks). */
export const upstreamModuleNames = (module: string): readonly string[] => [...(moduleNames.get(module) ?? [])].sort();

/** Whether the real module (one the page provides) has this public name. */
export const upstreamModuleHas = (module: string, name: string): boolean => moduleNames.get(module)?.has(name) ?? false;

/** 'torch.Tensor.numpy' when the library class behind this type name ('Tensor') has the attribute, else null. */
export function upstreamAttribute(typeName: string, name: string): string | null {
  const type = typeAttributes.get(typeName);
  return type?.attributes.has(name) ? `${type.qualname}.${name}` : null;
}

/** Whether this is a module course code imports that the page does not provide yet (scipy, PIL, ...). */
export const isMissingModule = (module: string): boolean => missingModules.has(module);

const rcParamKeys = new Set(names.rcParams);
/** Whether matplotlib 3.6's rcParams has this key ('animation.html'). */
export const isRcParam = (key: string): boolean => rcParamKeys.has(key);
