import {
  CONDITION_KIND_LABELS,
  CONDITION_STATUS_LABELS,
  CONDITION_TYPE_LABELS,
  LEVEL_LABELS,
  OFFENCE_CLASS_LABELS,
  PLEA_LABELS,
  SENTENCE_TYPE_LABELS,
  SEX_LABELS,
  STATUS_LABELS,
} from '../../api/clients/clientLabels';
import { CONTACT_TYPE_LABELS, DRUG_TEST_METHOD_LABELS, LAB_RESULT_LABELS, PANEL_RESULT_LABELS } from '../../api/shared/recordLabels';
import { formatDate } from '../reports/reportFormat';
import { fullName } from '../../api/format/names';
import { capitalize } from '../../api/shared/fieldSchemas';
import type { SectionData, SectionTable } from '../../api/courtReports/courtReportsSchemas';
import type { ReportRecord } from './reportRecord';
import { formatMoney } from '../../api/format/money';

/** The record's parts as the facts and tables a report prints; codes are written out as words. */

type Fact = SectionData['facts'][number];

/** A code without a label of its own written out as a word: "in_progress" → "In progress". */
const words = (code: string | null | undefined) => (code ? capitalize(code.replaceAll('_', ' ')) : '');
const fact = (label: string, value: string | null | undefined): Fact[] => (value ? [{ label, value }] : []);

function table(title: string, columns: [string, number][], rows: string[][], emptyText: string): SectionTable {
  return { title, columns: columns.map(([t, weight]) => ({ title: t, weight })), rows, emptyText };
}

export function identityFacts({ client, officerName, residence }: ReportRecord): Fact[] {
  return [
    ...fact('Name', fullName(client)),
    ...fact('Date of birth', formatDate(client.dateOfBirth)),
    ...fact('Sex', SEX_LABELS[client.sex]),
    ...fact('Race / ethnicity', client.raceEthnicity),
    ...fact('Case number', client.caseNumber),
    ...fact('Residence', residence),
    ...fact('Primary language', client.primaryLanguage + (client.interpreterNeeded ? ' (interpreter needed)' : '')),
    ...fact('Supervising officer', officerName),
  ];
}

export function supervisionFacts({ client, officerName, courtCases, periodStart, periodEnd }: ReportRecord): Fact[] {
  const terms = courtCases.filter((c) => c.termStart || c.termEnd).map((c) => `${c.docketNumber}: ${formatDate(c.termStart)} to ${formatDate(c.termEnd)}`);
  return [
    ...fact('Supervision began', formatDate(client.supervisionStartDate)),
    ...fact('Term', terms.join('; ')),
    ...fact('Supervision level', client.supervisionLevel && LEVEL_LABELS[client.supervisionLevel]),
    ...fact('Status', STATUS_LABELS[client.status]),
    ...fact('Supervising officer', officerName),
    ...fact('Period of this report', `${formatDate(periodStart)} to ${formatDate(periodEnd)}`),
  ];
}

export const courtCasesTable = ({ courtCases }: ReportRecord) =>
  table(
    'Court cases',
    [
      ['Docket', 2],
      ['Court', 3],
      ['Judge', 2],
      ['Plea', 2],
      ['Disposition', 3],
      ['Sentence', 3],
    ],
    courtCases.map((c) => [
      c.docketNumber,
      c.court,
      c.judge,
      c.plea ? PLEA_LABELS[c.plea] : '',
      formatDate(c.dispositionDate),
      [c.sentenceType ? SENTENCE_TYPE_LABELS[c.sentenceType] : '', c.sentenceDetails].filter(Boolean).join(': '),
    ]),
    'No court case on record.',
  );

export const offencesTable = ({ courtCases }: ReportRecord) =>
  table(
    'Offenses',
    [
      ['Docket', 2],
      ['Statute', 2],
      ['Offense', 4],
      ['Class', 2],
      ['Date', 2],
    ],
    courtCases.flatMap((c) =>
      c.offences.map((o) => [c.docketNumber, o.statute, o.description, o.offenceClass ? OFFENCE_CLASS_LABELS[o.offenceClass] : '', formatDate(o.offenceDate)]),
    ),
    'No offenses on record.',
  );

function progressText({ condition, done }: ReportRecord['conditions'][number], currency: string): string {
  if (done === null) return '';
  const target = condition.targetAmount;
  if (condition.targetUnit === 'cents') return `${formatMoney(done, currency)} paid${target !== null ? ` of ${formatMoney(target, currency)}` : ''}`;
  const unit = condition.targetUnit ?? 'hours';
  return `${Math.round(done * 10) / 10}${target !== null ? ` of ${target}` : ''} ${unit}`;
}

export const conditionsTable = ({ conditions, currency }: ReportRecord, title = 'Conditions and compliance') =>
  table(
    title,
    [
      ['#', 1],
      ['Condition', 7],
      ['Kind', 2],
      ['Status', 2],
      ['Progress', 3],
    ],
    conditions.map((p, i) => [String(i + 1), p.condition.text, CONDITION_KIND_LABELS[p.condition.kind], CONDITION_STATUS_LABELS[p.condition.status], progressText(p, currency)]),
    'No conditions on record.',
  );

export const proposedConditionsTable = (record: ReportRecord) =>
  record.conditions.length
    ? conditionsTable(record, 'Conditions proposed')
    : table(
        'Conditions proposed',
        [
          ['#', 1],
          ['Condition', 9],
          ['Type', 3],
        ],
        record.standardConditions.map((c, i) => [String(i + 1), c.text, CONDITION_TYPE_LABELS[c.type]]),
        'No conditions proposed.',
      );

export function contactsTable({ contacts }: ReportRecord): SectionTable {
  const rows = contacts.map((c) => [CONTACT_TYPE_LABELS[c.contactType], String(c.total), String(c.missed)]);
  const total = contacts.reduce((sum, c) => sum + c.total, 0);
  const missed = contacts.reduce((sum, c) => sum + c.missed, 0);
  return table(
    'Contacts in the period',
    [
      ['Contact type', 6],
      ['Contacts', 2],
      ['Failed to attend', 3],
    ],
    rows.length ? [...rows, ['Total', String(total), String(missed)]] : [],
    'No contacts recorded in the period.',
  );
}

export const drugTestsTable = ({ drugTests }: ReportRecord) =>
  table(
    'Drug tests in the period',
    [
      ['Collected', 3],
      ['Method', 2],
      ['Result', 2],
      ['Positive for', 4],
      ['Lab', 3],
    ],
    drugTests.map((t) => [
      formatDate(t.collectedAt.slice(0, 10)),
      DRUG_TEST_METHOD_LABELS[t.method],
      capitalize(PANEL_RESULT_LABELS[t.overallResult]) + (t.admittedUse ? ', use admitted' : ''),
      t.panel
        .filter((p) => p.result === 'positive')
        .map((p) => p.substance)
        .join(', '),
      t.labResult ? `${LAB_RESULT_LABELS[t.labResult]} ${formatDate(t.labResultDate)}`.trim() : t.sentForLab ? 'sent for confirmation' : '',
    ]),
    'No drug tests in the period.',
  );

const conditionTextOf = ({ conditions }: ReportRecord, id: number | null) => conditions.find((p) => p.condition.id === id)?.condition.text ?? '';

export const violationsTable = (record: ReportRecord, which: (v: ReportRecord['violations'][number]) => boolean, title: string, emptyText: string) =>
  table(
    title,
    [
      ['Date', 2],
      ['Condition violated', 4],
      ['Circumstances', 5],
      ['Severity', 2],
      ['Status', 2],
    ],
    record.violations.filter(which).map((v) => [formatDate(v.violationDate), conditionTextOf(record, v.conditionId), v.description, capitalize(v.severity), words(v.status)]),
    emptyText,
  );

export const responsesTable = ({ violations }: ReportRecord) =>
  table(
    'Responses to violations',
    [
      ['Violation', 2],
      ['Response date', 2],
      ['Response', 3],
      ['Sanction', 3],
      ['Details', 5],
    ],
    violations.flatMap((v) => v.responses.map((r) => [formatDate(v.violationDate), formatDate(r.responseDate), words(r.responseType), r.sanction ?? '', r.details])),
    'No responses recorded.',
  );

export const referralsTable = ({ referrals }: ReportRecord) =>
  table(
    'Referrals',
    [
      ['Referred', 2],
      ['Agency', 3],
      ['Reason', 4],
      ['Status', 2],
      ['Outcome', 4],
    ],
    referrals.map((r) => [formatDate(r.referredOn), r.agencyName, r.reason, `${words(r.status)} ${formatDate(r.statusDate)}`, r.outcomeNotes]),
    'No referrals on record.',
  );

export const assessmentsTable = ({ assessments }: ReportRecord) =>
  table(
    'Risk and needs assessments',
    [
      ['Date', 2],
      ['Instrument', 4],
      ['Score', 1],
      ['Risk level', 2],
      ['Need areas', 4],
      ['Level set', 2],
    ],
    assessments.map((a) => [
      formatDate(a.assessedOn),
      a.instrumentName,
      String(a.score),
      LEVEL_LABELS[a.riskLevel],
      a.needAreas.map(words).join(', '),
      LEVEL_LABELS[a.chosenLevel],
    ]),
    'No assessment on record.',
  );

export const goalsTable = ({ goals }: ReportRecord) =>
  table(
    'Supervision plan goals',
    [
      ['Need area', 3],
      ['Goal', 7],
      ['Target date', 2],
      ['Status', 2],
    ],
    goals.map((g) => [words(g.needArea), g.goal, formatDate(g.targetDate), words(g.status)]),
    'No plan goals on record.',
  );

export const balancesTable = ({ balances, currency }: ReportRecord) =>
  table(
    'Fees, fines and restitution',
    [
      ['Category', 3],
      ['Charged', 2],
      ['Paid', 2],
      ['Waived', 2],
      ['Adjustments', 2],
      ['Balance owed', 2],
    ],
    [...balances.byCategory.map((b) => ({ ...b, label: words(b.category) })), ...(balances.byCategory.length ? [{ ...balances.total, label: 'Total' }] : [])].map((b) => [
      b.label,
      formatMoney(b.charged, currency),
      formatMoney(b.paid, currency),
      formatMoney(b.waived, currency),
      formatMoney(b.adjustments, currency),
      formatMoney(b.balance, currency),
    ]),
    'No fees, fines or restitution on record.',
  );

export const associatesTable = ({ associates }: ReportRecord, kinds: string[], title: string) =>
  table(
    title,
    [
      ['Name', 3],
      ['Relationship', 3],
      ['Phone', 2],
      ['Notes', 4],
    ],
    associates.filter((a) => kinds.includes(a.kind)).map((a) => [a.name, a.relationship, a.phone, a.notes]),
    'None on record.',
  );

/** A background field recorded at intake, as a fact headed "Recorded at intake". */
export const backgroundFact = (
  { background }: ReportRecord,
  field: 'education' | 'employment' | 'finances' | 'physicalHealth' | 'mentalHealth' | 'substanceUse' | 'criminalHistory',
) => fact('Recorded at intake', background?.[field]);
