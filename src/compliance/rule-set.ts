import { Check, Pack, PackEntry, RuleLevel } from './rule';

/**
 * One rule of a pack, with its id resolved.
 */
export interface ResolvedRule {
  readonly id: string;
  readonly pack: Pack;
  readonly entry: PackEntry;
  readonly level: RuleLevel;
  readonly check?: Check;
}

/**
 * Lists the rules of the packs in pack order and entry order.
 */
export function resolveRules(packs: Pack[]): ResolvedRule[] {
  return packs.flatMap((pack) => pack.entries.map((entry) => ({
    id: `${pack.prefix}-${entry.controlId}`,
    pack,
    entry,
    level: entry.level,
    check: entry.check,
  })));
}
