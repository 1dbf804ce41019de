import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { communityServiceHours, conditions, ledgerEntries, programmeAttendance, type ConditionRow } from '../../../db/schema';

export interface ConditionProgress {
  condition: ConditionRow;
  /** In the condition's own unit (hours, cents, sessions); null where the app does not count progress (tests per month, days). */
  done: number | null;
  /** 0–100, null without a target or a count. */
  percent: number | null;
  targetReached: boolean;
}

/** condition id → amount, for the entries of one client that count towards a condition. */
function sumsByCondition(rows: { conditionId: number | null; amount: number }[]): Map<number, number> {
  return new Map(rows.filter((row) => row.conditionId !== null).map((row) => [row.conditionId as number, Number(row.amount)]));
}

/**
 * Progress of each of a client's conditions towards its target: hours worked (community service), amount paid
 * (fees, restitution; waivers are not payments) and sessions attended. The status itself stays the officer's call
 * (clients.setConditionStatus); `targetReached` is the hint.
 */
export function conditionProgress(db: DbExecutor, clientId: number): ConditionProgress[] {
  const minutes = sumsByCondition(
    db
      .select({ conditionId: communityServiceHours.conditionId, amount: sql<number>`sum(${communityServiceHours.minutes})` })
      .from(communityServiceHours)
      .where(eq(communityServiceHours.clientId, clientId))
      .groupBy(communityServiceHours.conditionId)
      .all(),
  );
  const paid = sumsByCondition(
    db
      .select({ conditionId: ledgerEntries.conditionId, amount: sql<number>`sum(${ledgerEntries.amountCents})` })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.clientId, clientId), eq(ledgerEntries.kind, 'payment'), isNotNull(ledgerEntries.conditionId)))
      .groupBy(ledgerEntries.conditionId)
      .all(),
  );
  const attended = sumsByCondition(
    db
      .select({ conditionId: programmeAttendance.conditionId, amount: count() })
      .from(programmeAttendance)
      .where(and(eq(programmeAttendance.clientId, clientId), eq(programmeAttendance.attendance, 'attended'), isNotNull(programmeAttendance.conditionId)))
      .groupBy(programmeAttendance.conditionId)
      .all(),
  );
  const doneIn: Partial<Record<NonNullable<ConditionRow['targetUnit']>, (id: number) => number>> = {
    hours: (id) => (minutes.get(id) ?? 0) / 60,
    cents: (id) => paid.get(id) ?? 0,
    sessions: (id) => attended.get(id) ?? 0,
  };
  return db
    .select()
    .from(conditions)
    .where(eq(conditions.clientId, clientId))
    .orderBy(conditions.id)
    .all()
    .map((condition) => {
      // Hours logged against a community-service condition count even when the court gave no total.
      const unit = condition.targetUnit ?? (condition.type === 'community_service' ? 'hours' : null);
      const measure = unit ? doneIn[unit] : undefined;
      const done = measure ? measure(condition.id) : null;
      const target = condition.targetAmount;
      const percent = done === null || !target ? null : Math.min(100, Math.round((done / target) * 100));
      return { condition, done, percent, targetReached: done !== null && target !== null && done >= target };
    });
}
