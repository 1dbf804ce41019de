import type { LedgerEntry } from '../../../../electron/api/compliance/complianceWire';

/** What an entry does to the balance owed, in cents: charges and increases add to it; payments, waivers and decreases take from it. */
export const owedChange = (entry: Pick<LedgerEntry, 'kind' | 'adjustment' | 'amountCents'>) =>
  entry.kind === 'charge' || (entry.kind === 'adjustment' && entry.adjustment === 'increase') ? entry.amountCents : -entry.amountCents;

/**
 * The ledger as the host lists it (newest first), each entry with the balance owed once it was made: summed
 * from the oldest, as a statement reads.
 */
export function withRunningBalance<T extends Pick<LedgerEntry, 'kind' | 'adjustment' | 'amountCents'>>(newestFirst: T[]): (T & { balanceAfter: number })[] {
  let balance = 0;
  return newestFirst
    .toReversed()
    .map((entry) => ({ ...entry, balanceAfter: (balance += owedChange(entry)) }))
    .toReversed();
}
