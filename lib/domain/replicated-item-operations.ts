import { reprotectCommandState } from './reprotect/item-rules';
import type { ActiveLocation, ProtectionState } from './reprotect/facts';

// What an operator may do with a replicated item now, as the service's
// allowedOperations lists it. One function, read by the automation API; the grid's
// commands ask the same rules.

export type ItemOperation = 'ReverseReplicate';

export function allowedItemOperations(item: { name: string; protectionState: ProtectionState; activeLocation: ActiveLocation }): ItemOperation[] {
  return reprotectCommandState(item).enabled ? ['ReverseReplicate'] : [];
}
