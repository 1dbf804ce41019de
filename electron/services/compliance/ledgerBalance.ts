import { eq, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { ledgerEntries } from '../../../db/schema';
import type { LedgerBalances } from '../../api/compliance/complianceWire';

const { kind, amountCents, adjustment } = ledgerEntries;

const total = (amount: SQL) => sql<number>`coalesce(sum(${amount}), 0)`.mapWith(Number);
const amountWhen = (condition: SQL) => sql`case when ${condition} then ${amountCents} else 0 end`;

/** What an entry does to the balance owed: charges and increases add to it; payments, waivers and decreases take from it. */
export const owedChange = sql`case when ${kind} = 'charge' or (${kind} = 'adjustment' and ${adjustment} = 'increase') then ${amountCents} else -${amountCents} end`;

/** The sums a ledger is read by, all in cents; adjustments is net (increases minus decreases). */
const totalsColumns = {
  charged: total(amountWhen(sql`${kind} = 'charge'`)),
  paid: total(amountWhen(sql`${kind} = 'payment'`)),
  waived: total(amountWhen(sql`${kind} = 'waiver'`)),
  adjustments: total(sql`case when ${kind} = 'adjustment' then ${owedChange} else 0 end`),
  balance: total(owedChange),
};

/** A client's balance owed in total and per category (fees, restitution, fine, other), computed in SQL. */
export function ledgerBalances(db: DbExecutor, clientId: number): LedgerBalances {
  const where = eq(ledgerEntries.clientId, clientId);
  return {
    total: db.select(totalsColumns).from(ledgerEntries).where(where).get() ?? { charged: 0, paid: 0, waived: 0, adjustments: 0, balance: 0 },
    byCategory: db
      .select({ category: ledgerEntries.category, ...totalsColumns })
      .from(ledgerEntries)
      .where(where)
      .groupBy(ledgerEntries.category)
      .orderBy(ledgerEntries.category)
      .all(),
  };
}

/** Declared in the contract layer; re-exported for the services of other domains that still import it from here. */
