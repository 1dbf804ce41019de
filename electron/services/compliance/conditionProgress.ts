import { and, count, eq, isNotNull, like, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { communityServiceHours, conditions, drugTests, ledgerEntries, programmeAttendance, type ConditionRow } from '../../../db/schema';
import type { ConditionProgress } from '../../api/compliance/complianceWire';

/** Declared in the contract layer; re-exported for the services of other domains that still import it from here. */

/** condition id → amount, for the entries of one client that count towards a condition. */
function sumsByCondition(rows: { conditionId: number | null; amount: number }[]): Map<number, number> {
  return new Map(rows.filter((row) => row.conditionId !== null).map((row) => [row.conditionId as number, Number(row.amount)]));
}

/**
 * Progress of each of a client's conditions towards its target: hours worked (community service), amount paid
 * (fees, restitution; waivers are not payments), sessions attended and drug tests collected in `month` (YYYY-MM,
 * for a "tests per month" condition). A condition moves from not started to in progress when its first entry is
 * recorded (markConditionStarted); complied stays the officer's call (clients.setConditionStatus), `targetReached` is the hint.
 */
export function conditionProgress(db: DbExecutor, clientId: number, month: string): ConditionProgress[] {
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
  const testsThisMonth =
    db
      .select({ total: count() })
      .from(drugTests)
      .where(and(eq(drugTests.clientId, clientId), like(drugTests.collectedAt, `${month}-%`)))
      .get()?.total ?? 0;
  const doneIn: Partial<Record<NonNullable<ConditionRow['targetUnit']>, (id: number) => number>> = {
    hours: (id) => (minutes.get(id) ?? 0) / 60,
    cents: (id) => paid.get(id) ?? 0,
    sessions: (id) => attended.get(id) ?? 0,
    tests_per_month: () => testsThisMonth,
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

/** The first hours, payment, attendance or test recorded against a condition starts it; later statuses are the officer's. */
export function markConditionStarted(db: DbExecutor, where: SQL | undefined): void {
  db.update(conditions)
    .set({ status: 'in_progress' })
    .where(and(where, eq(conditions.status, 'not_started')))
    .run();
}
