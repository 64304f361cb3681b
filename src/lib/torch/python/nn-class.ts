// One entry of the nn table (nn.ts's NN_CLASSES): a torch.nn class as Python reaches it.
import type { PyValue } from '../../python/objects/host';
import type * as nn from '../core/nn';
import type { TorchSession } from './session';
import type { Signature } from './signature';

export interface NnClass extends Signature {
  readonly name: string;
  /** One line for the guide's table of what cells support (Korean). */
  readonly doc: string;
  readonly build: (args: PyValue[], session: TorchSession) => nn.Module;
}
