import type { CourtReportType } from '../../api/courtReports/courtReportsCodes';
import { RECOMMENDATION_KEY, type SectionData, type SectionTable } from '../../api/courtReports/courtReportsSchemas';
import {
  assessmentsTable,
  associatesTable,
  backgroundFact,
  balancesTable,
  conditionsTable,
  contactsTable,
  courtCasesTable,
  drugTestsTable,
  goalsTable,
  identityFacts,
  offencesTable,
  proposedConditionsTable,
  referralsTable,
  responsesTable,
  supervisionFacts,
  violationsTable,
} from './recordTables';
import type { ReportRecord } from './reportRecord';

type Prefill = (record: ReportRecord) => SectionData;
const data = (facts: SectionData['facts'], ...tables: SectionTable[]): SectionData => ({ facts, tables });
const tables =
  (...list: ((record: ReportRecord) => SectionTable)[]): Prefill =>
  (record) =>
    data([], ...list.map((make) => make(record)));

const unresolved = (v: ReportRecord['violations'][number]) => v.status !== 'resolved';

/**
 * What each section takes from the record, by section key (a key of several report types means the same
 * thing in each). Sections not listed are the officer's own writing; the PSI's offense section among them, its
 * offenses table being on the face sheet already.
 */
const PREFILL: Record<string, Prefill> = {
  face_sheet: (r) => data(identityFacts(r), courtCasesTable(r), offencesTable(r)),
  identity_case: (r) => data(identityFacts(r), courtCasesTable(r), offencesTable(r)),
  criminal_history: (r) =>
    data(
      backgroundFact(r, 'criminalHistory'),
      violationsTable(r, () => true, 'Violations while under supervision', 'No violations on record.'),
    ),
  personal_family: (r) => data([{ label: 'Residence', value: r.residence || 'not recorded' }], associatesTable(r, ['family'], 'Family')),
  physical_health: (r) => data(backgroundFact(r, 'physicalHealth')),
  mental_health: (r) => data(backgroundFact(r, 'mentalHealth')),
  substance_use: (r) => data(backgroundFact(r, 'substanceUse'), drugTestsTable(r)),
  education: (r) => data(backgroundFact(r, 'education')),
  employment: (r) => data(backgroundFact(r, 'employment'), associatesTable(r, ['employer'], 'Employers')),
  financial: (r) => data(backgroundFact(r, 'finances'), balancesTable(r)),
  risk_needs: tables(assessmentsTable),
  risk_assessment: tables(assessmentsTable),
  supervision_summary: (r) => data(supervisionFacts(r)),
  term_summary: (r) => data(supervisionFacts(r), courtCasesTable(r), contactsTable(r)),
  condition_compliance: tables(conditionsTable, drugTestsTable, balancesTable),
  conditions_status: tables(conditionsTable),
  contacts_summary: tables(contactsTable),
  adjustment: tables(contactsTable, conditionsTable, drugTestsTable),
  treatment_referrals: tables(referralsTable),
  plan_goals: tables(goalsTable),
  violations_responses: tables((r) => violationsTable(r, () => true, 'Violations', 'No violations on record.'), responsesTable),
  conditions_violated: tables((r) => violationsTable(r, unresolved, 'Conditions violated', 'No unresolved violations on record.')),
  prior_violations: tables((r) => violationsTable(r, (v) => !unresolved(v), 'Prior violations', 'No prior violations on record.'), responsesTable),
  outstanding_balances: tables(balancesTable),
};

/** The section's data from the record; a section the record has nothing for gets none. */
export const prefillSection = (key: string, record: ReportRecord, reportType: CourtReportType): SectionData =>
  key === RECOMMENDATION_KEY && reportType === 'psi' ? data([], proposedConditionsTable(record)) : (PREFILL[key]?.(record) ?? data([]));
