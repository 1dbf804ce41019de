import dayjs from 'dayjs';
import { and, asc, count, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import {
  addresses,
  agencies,
  assessments,
  associates,
  caseNotes,
  clientBackground,
  courtCases,
  drugTests,
  offences,
  planGoals,
  referrals,
  violationResponses,
  violations,
  type AssessmentRow,
  type AssociateRow,
  type ClientBackgroundRow,
  type DrugTestRow,
  type PlanGoalRow,
  type ReferralRow,
  type ViolationResponseRow,
  type ViolationRow,
} from '../../../db/schema';
import { type ContactType } from '../../api/caseNotes/caseNotesCodes';
import type { ClientRecord, CourtCaseWithOffences } from '../../api/clients/clientsWire';
import { officerName } from '../record/clientLookup';
import { conditionProgress } from '../compliance/conditionProgress';
import { ledgerBalances } from '../compliance/ledgerBalance';
import type { ConditionProgress, LedgerBalances } from '../../api/compliance/complianceWire';
import { readSetting } from '../settings/settings';
import type { StandardCondition } from '../../api/settings/intakeSettingsSchemas';
import { ISO_DATE_FORMAT } from '../../api/shared/fieldSchemas';

export interface ReportPeriod {
  periodStart: string;
  periodEnd: string;
}

/** Everything a report's sections are filled from, read in one transaction. */
export interface ReportRecord extends ReportPeriod {
  client: ClientRecord;
  officerName: string;
  residence: string;
  background: ClientBackgroundRow | undefined;
  courtCases: CourtCaseWithOffences[];
  conditions: ConditionProgress[];
  balances: LedgerBalances;
  /** Contacts in the period by type, with how many the client failed to attend. */
  contacts: { contactType: ContactType; total: number; missed: number }[];
  /** Tests collected in the period, oldest first. */
  drugTests: DrugTestRow[];
  /** Every violation, oldest first, with its responses. */
  violations: (ViolationRow & { responses: ViolationResponseRow[] })[];
  referrals: (ReferralRow & { agencyName: string })[];
  assessments: AssessmentRow[];
  goals: PlanGoalRow[];
  associates: AssociateRow[];
  /** The office's standard conditions, proposed in a PSI for a client who has none yet. */
  standardConditions: StandardCondition[];
  /** The office's currency, in which money is printed. */
  currency: string;
}

function readCourtCases(db: DbExecutor, clientId: number): CourtCaseWithOffences[] {
  const cases = db.select().from(courtCases).where(eq(courtCases.clientId, clientId)).orderBy(asc(courtCases.id)).all();
  const charged = db
    .select({ offence: offences })
    .from(offences)
    .innerJoin(courtCases, eq(courtCases.id, offences.courtCaseId))
    .where(eq(courtCases.clientId, clientId))
    .orderBy(asc(offences.id))
    .all();
  return cases.map((c) => ({ ...c, offences: charged.filter(({ offence }) => offence.courtCaseId === c.id).map(({ offence }) => offence) }));
}

function readResidence(db: DbExecutor, clientId: number): string {
  const current = db
    .select()
    .from(addresses)
    .where(and(eq(addresses.clientId, clientId), eq(addresses.kind, 'residence'), isNull(addresses.movedOut)))
    .orderBy(desc(addresses.id))
    .get();
  return current ? [current.line1, current.line2, current.city, current.region, current.postalCode].filter(Boolean).join(', ') : '';
}

function readViolations(db: DbExecutor, clientId: number): ReportRecord['violations'] {
  const responses = db
    .select()
    .from(violationResponses)
    .where(eq(violationResponses.clientId, clientId))
    .orderBy(asc(violationResponses.responseDate), asc(violationResponses.id))
    .all();
  return db
    .select()
    .from(violations)
    .where(eq(violations.clientId, clientId))
    .orderBy(asc(violations.violationDate), asc(violations.id))
    .all()
    .map((v) => ({ ...v, responses: responses.filter((r) => r.violationId === v.id) }));
}

/** The client's record as the report's sections print it; contacts and drug tests only within the period. */
export function readReportRecord(db: DbExecutor, client: ClientRecord, period: ReportPeriod): ReportRecord {
  const clientId = client.id;
  // Contact and collection times are local YYYY-MM-DDTHH:mm strings, so the period compares as text.
  const end = dayjs(period.periodEnd).add(1, 'day').format(ISO_DATE_FORMAT);
  const contacts = db
    .select({ contactType: caseNotes.contactType, total: count(), missed: sql<number>`sum(case when ${caseNotes.outcome} = 'failed_to_attend' then 1 else 0 end)`.mapWith(Number) })
    .from(caseNotes)
    .where(and(eq(caseNotes.clientId, clientId), gte(caseNotes.contactAt, period.periodStart), lt(caseNotes.contactAt, end)))
    .groupBy(caseNotes.contactType)
    .orderBy(caseNotes.contactType)
    .all();
  return {
    ...period,
    client,
    officerName: officerName(db, client.assignedOfficerId),
    currency: readSetting(db, 'office').currency,
    residence: readResidence(db, clientId),
    background: db.select().from(clientBackground).where(eq(clientBackground.clientId, clientId)).get(),
    courtCases: readCourtCases(db, clientId),
    conditions: conditionProgress(db, clientId, period.periodEnd.slice(0, 7)),
    balances: ledgerBalances(db, clientId),
    contacts,
    drugTests: db
      .select()
      .from(drugTests)
      .where(and(eq(drugTests.clientId, clientId), gte(drugTests.collectedAt, period.periodStart), lt(drugTests.collectedAt, end)))
      .orderBy(asc(drugTests.collectedAt), asc(drugTests.id))
      .all(),
    violations: readViolations(db, clientId),
    referrals: db
      .select({ referral: referrals, agencyName: agencies.name })
      .from(referrals)
      .innerJoin(agencies, eq(agencies.id, referrals.agencyId))
      .where(eq(referrals.clientId, clientId))
      .orderBy(asc(referrals.referredOn), asc(referrals.id))
      .all()
      .map(({ referral, agencyName }) => ({ ...referral, agencyName })),
    assessments: db.select().from(assessments).where(eq(assessments.clientId, clientId)).orderBy(asc(assessments.assessedOn), asc(assessments.id)).all(),
    goals: db.select().from(planGoals).where(eq(planGoals.clientId, clientId)).orderBy(asc(planGoals.id)).all(),
    associates: db
      .select()
      .from(associates)
      .where(and(eq(associates.clientId, clientId), isNull(associates.removedAt)))
      .orderBy(asc(associates.id))
      .all(),
    standardConditions: readSetting(db, 'intake').standardConditions,
  };
}
