import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbTx } from '../../../db/open';
import {
  communityServiceHours,
  conditions,
  ledgerEntries,
  programmeAttendance,
  type CommunityServiceRow,
  type ConditionRow,
  type LedgerEntryRow,
  type ProgrammeAttendanceRow,
} from '../../../db/schema';
import { AppError } from '../../api/errors';
import { writeForClient } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { markConditionStarted } from './conditionProgress';
import {
  countsPayments,
  countsServiceHours,
  type addLedgerEntryInputSchema,
  type logServiceHoursInputSchema,
  type recordAttendanceInputSchema,
} from '../../api/compliance/complianceSchemas';

/** Which of a client's conditions an entry may count towards. */
interface ConditionRule {
  accepts: (condition: ConditionRow) => boolean;
  message: string;
}

const SERVICE_CONDITION: ConditionRule = {
  accepts: countsServiceHours,
  message: "Choose one of this client's community-service conditions.",
};
const PAYMENT_CONDITION: ConditionRule = {
  accepts: countsPayments,
  message: "Choose one of this client's fees or restitution conditions, or none.",
};
const ANY_CONDITION: ConditionRule = { accepts: () => true, message: "Choose one of this client's conditions, or none." };

interface EntryStamp {
  clientId: number;
  recordedBy: number;
  createdAt: string;
}

/**
 * Adds one compliance entry (hours, ledger, attendance): the condition it counts towards must be the
 * client's and of the right kind; entries are never edited afterwards (a ledger mistake is put right with an adjustment).
 */
function addEntry<T extends { id: number }>(
  ctx: ServiceContext,
  input: { clientId: number; entry: { conditionId: number | null } },
  action: string,
  rule: ConditionRule,
  insert: (tx: DbTx, stamp: EntryStamp) => T,
  describe: (row: T) => string,
  counts: (row: T) => boolean = () => true,
): T {
  return writeForClient(ctx, {
    clientId: input.clientId,
    action,
    write: (tx, client, at) => {
      const { conditionId } = input.entry;
      if (conditionId !== null) {
        const condition = tx
          .select()
          .from(conditions)
          .where(and(eq(conditions.id, conditionId), eq(conditions.clientId, client.id)))
          .get();
        if (!condition || !rule.accepts(condition)) throw new AppError('VALIDATION', rule.message, 'entry.conditionId');
      }
      const row = insert(tx, { clientId: client.id, recordedBy: ctx.actor.id, createdAt: at.toISOString() });
      if (conditionId !== null && counts(row)) markConditionStarted(tx, eq(conditions.id, conditionId));
      return { value: row, detail: describe(row) };
    },
  });
}

export function logServiceHours(ctx: ServiceContext, input: z.infer<typeof logServiceHoursInputSchema>): CommunityServiceRow {
  return addEntry(
    ctx,
    input,
    'compliance.serviceHours',
    SERVICE_CONDITION,
    (tx, stamp) =>
      tx
        .insert(communityServiceHours)
        .values({ ...input.entry, ...stamp })
        .returning()
        .get(),
    (row) => `service hours ${row.id}; condition ${row.conditionId}; ${row.minutes} min`,
  );
}

export function addLedgerEntry(ctx: ServiceContext, input: z.infer<typeof addLedgerEntryInputSchema>): LedgerEntryRow {
  return addEntry(
    ctx,
    input,
    'compliance.ledger',
    PAYMENT_CONDITION,
    (tx, stamp) =>
      tx
        .insert(ledgerEntries)
        .values({ ...input.entry, ...stamp })
        .returning()
        .get(),
    (row) => `ledger entry ${row.id}; ${row.kind}${row.adjustment ? ` (${row.adjustment})` : ''}; ${row.category}; ${row.amountCents} cents`,
    (row) => row.kind === 'payment',
  );
}

export function recordAttendance(ctx: ServiceContext, input: z.infer<typeof recordAttendanceInputSchema>): ProgrammeAttendanceRow {
  return addEntry(
    ctx,
    input,
    'compliance.attendance',
    ANY_CONDITION,
    (tx, stamp) =>
      tx
        .insert(programmeAttendance)
        .values({ ...input.entry, ...stamp })
        .returning()
        .get(),
    (row) => `attendance ${row.id}; ${row.attendance}`,
    (row) => row.attendance === 'attended',
  );
}
