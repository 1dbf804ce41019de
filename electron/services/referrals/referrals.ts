import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbTx } from '../../../db/open';
import { agencies, referrals, referralStatusHistory, type ReferralRow, type ReferralStatusHistoryRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { changedFields } from '../record/auditedEdit';
import { readForClient, writeForClient, writeOnEntry } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import type { createReferralInputSchema, setReferralStatusInputSchema, updateReferralInputSchema } from '../../api/referrals/referralsSchemas';
import type { ReferralWithHistory } from '../../api/referrals/referralsWire';

/** Referrals to the directory's agencies, with every status they pass through kept in referral_status_history. */

type StatusChange = Pick<ReferralStatusHistoryRow, 'fromStatus' | 'toStatus' | 'statusDate' | 'note'>;

function keepStatus(tx: DbTx, ctx: ServiceContext, at: Date, referral: ReferralRow, change: StatusChange) {
  tx.insert(referralStatusHistory)
    .values({ ...change, referralId: referral.id, clientId: referral.clientId, changedBy: ctx.actor.id, changedAt: at.toISOString() })
    .run();
}

export function createReferral(ctx: ServiceContext, input: z.infer<typeof createReferralInputSchema>): ReferralRow {
  return writeForClient(ctx, {
    clientId: input.clientId,
    action: 'referral.create',
    write: (tx, client, at) => {
      const agency = tx
        .select()
        .from(agencies)
        .where(and(eq(agencies.id, input.referral.agencyId), eq(agencies.active, true)))
        .get();
      if (!agency) throw new AppError('VALIDATION', "Choose one of the active agencies in the office's directory.", 'referral.agencyId');
      const { referredOn } = input.referral;
      const referral = tx
        .insert(referrals)
        .values({ ...input.referral, clientId: client.id, status: 'made', statusDate: referredOn, createdBy: ctx.actor.id, createdAt: at.toISOString() })
        .returning()
        .get();
      keepStatus(tx, ctx, at, referral, { fromStatus: null, toStatus: 'made', statusDate: referredOn, note: '' });
      return { value: referral, detail: `referral ${referral.id}; agency ${agency.id} (${agency.kind})` };
    },
  });
}

/** One change to a referral, within its client's record. */
function changeReferral(ctx: ServiceContext, referralId: number, action: string, change: (tx: DbTx, referral: ReferralRow, at: Date) => { value: ReferralRow; detail: string }) {
  return writeOnEntry(ctx, { table: referrals, id: referralId, what: 'referral', field: 'referralId' }, action, change);
}

export function updateReferral(ctx: ServiceContext, input: z.infer<typeof updateReferralInputSchema>): ReferralRow {
  return changeReferral(ctx, input.referralId, 'referral.update', (tx, before, at) => {
    const { referralId: _id, ...values } = input;
    if (values.followUpDate && values.followUpDate < before.referredOn) {
      throw new AppError('VALIDATION', 'The follow-up date cannot be before the referral.', 'followUpDate');
    }
    const row = tx
      .update(referrals)
      .set({ ...values, updatedAt: at.toISOString() })
      .where(eq(referrals.id, before.id))
      .returning()
      .get();
    return { value: row, detail: `referral ${row.id}; ${changedFields(before, values)}` };
  });
}

export function setReferralStatus(ctx: ServiceContext, input: z.infer<typeof setReferralStatusInputSchema>): ReferralRow {
  return changeReferral(ctx, input.referralId, 'referral.status', (tx, before, at) => {
    if (before.status === input.status) throw new AppError('CONFLICT', `The referral is already ${input.status.replace('_', '-')}.`, 'status');
    if (input.statusDate < before.referredOn) throw new AppError('VALIDATION', `The date cannot be before the referral was made (${before.referredOn}).`, 'statusDate');
    const row = tx.update(referrals).set({ status: input.status, statusDate: input.statusDate, updatedAt: at.toISOString() }).where(eq(referrals.id, before.id)).returning().get();
    keepStatus(tx, ctx, at, row, { fromStatus: before.status, toStatus: input.status, statusDate: input.statusDate, note: input.note });
    return { value: row, detail: `referral ${row.id}; ${before.status} → ${input.status}` };
  });
}

/** A client's referrals, most recent first, each with its agency and its status history (oldest first). */
export function listReferrals(ctx: ServiceContext, clientId: number): ReferralWithHistory[] {
  return readForClient(ctx, clientId, 'referrals', (tx) => {
    const history = tx.select().from(referralStatusHistory).where(eq(referralStatusHistory.clientId, clientId)).orderBy(asc(referralStatusHistory.id)).all();
    return tx
      .select({ referral: referrals, agencyName: agencies.name, agencyKind: agencies.kind })
      .from(referrals)
      .innerJoin(agencies, eq(agencies.id, referrals.agencyId))
      .where(eq(referrals.clientId, clientId))
      .orderBy(desc(referrals.referredOn), desc(referrals.id))
      .all()
      .map(({ referral, agencyName, agencyKind }) => ({ ...referral, agencyName, agencyKind, history: history.filter((h) => h.referralId === referral.id) }));
  });
}
