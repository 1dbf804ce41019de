import { eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  agencies,
  caseNotes,
  communityServiceHours,
  drugTests,
  ledgerEntries,
  planGoalHistory,
  programmeAttendance,
  referrals,
  referralStatusHistory,
  violationResponses,
  violations,
} from '../../../db/schema';
import type { TimelineKind } from '../../api/timeline/timelineSchemas';

type Expression = SQL | SQLiteColumn;

/** The columns every timeline entry has; what each holds depends on the kind (see TimelineEntry in api/timeline/timelineWire.ts). */
interface EntryColumns {
  type: Expression;
  status: Expression;
  detail: Expression;
  summary: Expression;
  amount: Expression;
  parentId: Expression;
  userId: Expression;
}

/** How one kind of record appears on the timeline: where it comes from, whose it is, when it happened. */
export interface TimelineSource {
  from: SQL;
  clientId: SQLiteColumn;
  id: SQLiteColumn;
  /** Sortable local time: YYYY-MM-DD or YYYY-MM-DDTHH:mm (a day's dated entries sort before its timed ones). */
  at: Expression;
  columns: EntryColumns;
  /** Rows of the source that are not entries of their own. */
  only?: SQL;
}

const none = sql`null`;
const excerpt = (text: SQLiteColumn) => sql`substr(${text}, 1, 200)`;
const fromJson = (column: SQLiteColumn, key: string) => sql`json_extract(${column}, ${`$.${key}`})`;
/** "cocaine positive, opiates dilute": every panel row that was not negative. */
const notNegative = sql`coalesce((select group_concat(json_extract(p.value, '$.substance') || ' ' || json_extract(p.value, '$.result'), ', ') from json_each(${drugTests.panel}) p where json_extract(p.value, '$.result') != 'negative'), '')`;

export const TIMELINE_SOURCES: Record<TimelineKind, TimelineSource> = {
  note: {
    from: sql`${caseNotes}`,
    clientId: caseNotes.clientId,
    id: caseNotes.id,
    at: caseNotes.contactAt,
    columns: {
      type: caseNotes.contactType,
      status: caseNotes.status,
      detail: caseNotes.outcome,
      summary: excerpt(caseNotes.narrative),
      amount: caseNotes.durationMinutes,
      parentId: none,
      userId: caseNotes.authorId,
    },
  },
  drug_test: {
    from: sql`${drugTests}`,
    clientId: drugTests.clientId,
    id: drugTests.id,
    at: drugTests.collectedAt,
    columns: {
      type: drugTests.method,
      status: drugTests.overallResult,
      detail: drugTests.labResult,
      summary: notNegative,
      amount: none,
      parentId: drugTests.noteId,
      userId: drugTests.collectedBy,
    },
  },
  violation: {
    from: sql`${violations}`,
    clientId: violations.clientId,
    id: violations.id,
    at: violations.violationDate,
    columns: {
      type: violations.severity,
      status: violations.status,
      detail: none,
      summary: excerpt(violations.description),
      amount: none,
      parentId: violations.conditionId,
      userId: violations.createdBy,
    },
  },
  violation_response: {
    from: sql`${violationResponses}`,
    clientId: violationResponses.clientId,
    id: violationResponses.id,
    at: violationResponses.responseDate,
    columns: {
      type: violationResponses.responseType,
      status: none,
      detail: violationResponses.sanction,
      summary: excerpt(violationResponses.details),
      amount: none,
      parentId: violationResponses.violationId,
      userId: violationResponses.respondedBy,
    },
  },
  ledger: {
    from: sql`${ledgerEntries}`,
    clientId: ledgerEntries.clientId,
    id: ledgerEntries.id,
    at: ledgerEntries.entryDate,
    columns: {
      type: ledgerEntries.kind,
      status: ledgerEntries.adjustment,
      detail: ledgerEntries.category,
      summary: ledgerEntries.reference,
      amount: ledgerEntries.amountCents,
      parentId: ledgerEntries.conditionId,
      userId: ledgerEntries.recordedBy,
    },
  },
  community_service: {
    from: sql`${communityServiceHours}`,
    clientId: communityServiceHours.clientId,
    id: communityServiceHours.id,
    at: communityServiceHours.serviceDate,
    columns: {
      type: none,
      status: none,
      detail: communityServiceHours.agency,
      summary: excerpt(communityServiceHours.notes),
      amount: communityServiceHours.minutes,
      parentId: communityServiceHours.conditionId,
      userId: communityServiceHours.recordedBy,
    },
  },
  program: {
    from: sql`${programmeAttendance}`,
    clientId: programmeAttendance.clientId,
    id: programmeAttendance.id,
    at: programmeAttendance.sessionDate,
    columns: {
      type: programmeAttendance.attendance,
      status: none,
      detail: programmeAttendance.programmeName,
      summary: excerpt(programmeAttendance.notes),
      amount: none,
      parentId: programmeAttendance.conditionId,
      userId: programmeAttendance.recordedBy,
    },
  },
  plan_change: {
    from: sql`${planGoalHistory}`,
    clientId: planGoalHistory.clientId,
    id: planGoalHistory.id,
    // Stamped in UTC when the change was made; shown at the office's local time like everything else.
    at: sql`strftime('%Y-%m-%dT%H:%M', ${planGoalHistory.changedAt}, 'localtime')`,
    columns: {
      type: sql`case when ${planGoalHistory.before} is null then 'created' else 'updated' end`,
      status: fromJson(planGoalHistory.after, 'status'),
      detail: fromJson(planGoalHistory.after, 'needArea'),
      summary: sql`substr(${fromJson(planGoalHistory.after, 'goal')}, 1, 200)`,
      amount: none,
      parentId: planGoalHistory.goalId,
      userId: planGoalHistory.changedBy,
    },
  },
  referral: {
    from: sql`${referrals} inner join ${agencies} on ${eq(agencies.id, referrals.agencyId)}`,
    clientId: referrals.clientId,
    id: referrals.id,
    at: referrals.referredOn,
    columns: {
      type: agencies.kind,
      status: referrals.status,
      detail: agencies.name,
      summary: excerpt(referrals.reason),
      amount: none,
      parentId: referrals.agencyId,
      userId: referrals.createdBy,
    },
  },
  referral_status: {
    from: sql`${referralStatusHistory} inner join ${referrals} on ${eq(referrals.id, referralStatusHistory.referralId)} inner join ${agencies} on ${eq(agencies.id, referrals.agencyId)}`,
    clientId: referralStatusHistory.clientId,
    id: referralStatusHistory.id,
    at: referralStatusHistory.statusDate,
    // The first status ("made") is the referral's own entry.
    only: sql`${referralStatusHistory.fromStatus} is not null`,
    columns: {
      type: referralStatusHistory.toStatus,
      status: referralStatusHistory.fromStatus,
      detail: agencies.name,
      summary: excerpt(referralStatusHistory.note),
      amount: none,
      parentId: referralStatusHistory.referralId,
      userId: referralStatusHistory.changedBy,
    },
  },
};
