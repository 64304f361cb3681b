// zero_grad() of a module or an optimizer: a call whose effect a loop replay repeats (it is
// recorded as an effect on its target, not as an op).
import type { KwArgs, PyValue } from '../../python/objects/host';
import { recordEffect } from '../core/recording';
import { bindSignature } from './signature';

export function zeroGrad(target: { zeroGrad(setToNone: boolean): void }, args: readonly PyValue[], kwargs: KwArgs): null {
  const setToNone = Boolean(bindSignature('zero_grad', { params: [['set_to_none', false]] }, args, kwargs)[0]);
  target.zeroGrad(setToNone);
  recordEffect(`zero_grad:${setToNone}`, target, () => target.zeroGrad(setToNone));
  return null;
}
