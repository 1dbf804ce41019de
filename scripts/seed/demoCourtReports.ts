import type { Faker } from '@faker-js/faker';
import { eq } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { clients, type UserRow } from '../../db/schema';
import type { CourtReportStatus, CourtReportType } from '../../electron/api/courtReports/courtReportsCodes';
import { approveReportInputSchema, createReportInputSchema, returnReportInputSchema, updateReportInputSchema } from '../../electron/api/courtReports/courtReportsSchemas';
import { serviceContext } from '../../electron/services/officeClock';
import { createReport, updateReport } from '../../electron/services/courtReports/courtReports';
import { exportCourtReport } from '../../electron/services/courtReports/reportExport';
import { approveReport, returnReport, submitReport } from '../../electron/services/courtReports/reportWorkflow';
import { addDays, later } from './seedDates';

/** Each report the demo office has: its type and how far its review has gone; every status and every type at least once. */
const REPORTS: readonly (readonly [CourtReportType, CourtReportStatus])[] = [
  ['psi', 'draft'],
  ['progress', 'submitted'],
  ['violation', 'returned'],
  ['termination', 'approved'],
  ['progress', 'exported'],
  ['violation', 'submitted'],
  ['progress', 'draft'],
  ['psi', 'approved'],
  ['termination', 'returned'],
  ['violation', 'exported'],
];

const RECOMMENDATIONS: Record<CourtReportType, string> = {
  psi: 'It is respectfully recommended that the defendant be granted formal probation for a period of three years, subject to the standard and special conditions listed.',
  progress: 'It is recommended that probation continue on the current terms; the probationer is making satisfactory progress.',
  violation: 'It is recommended that probation be revoked and reinstated with an added 30 days of custody and enrollment in outpatient treatment.',
  termination: 'It is recommended that probation be terminated as successfully completed, the conditions having been met.',
};
const RETURN_COMMENTS = [
  'Please add the dates of the last two missed office visits to the violation summary, and cite the condition by number.',
  'The recommendation does not address the outstanding restitution balance; say how it will be paid before resubmitting.',
];
const APPROVE_COMMENTS = ['Reviewed; ready for court.', ''];
const ASSESSMENT = 'The probationer has reported as directed and maintained the residence on file. Drug tests over the period were negative but for the one noted.';

/**
 * Court reports in every status across the four types, through the courtReports services as the office works:
 * the client's officer drafts (pre-filled from the record) and writes the recommendation, then submits; the
 * officer's supervisor returns one with a comment or approves it; the officer exports an approved one (.docx).
 */
export async function seedDemoCourtReports(db: AppDb, now: () => Date, tick: () => void, faker: Faker, users: UserRow[], today: string) {
  const caseload = db.select().from(clients).where(eq(clients.status, 'active')).orderBy(clients.id).all();
  if (caseload.length === 0) return;
  const userOf = (id: number | null) => users.find((user) => user.id === id);
  for (const [i, [reportType, status]] of REPORTS.entries()) {
    const client = caseload[i % caseload.length];
    const officer = userOf(client.assignedOfficerId)!;
    const supervisor = userOf(officer.supervisorId) ?? users.find((user) => user.role === 'supervisor')!;
    const author = serviceContext(db, officer, now);
    const reviewer = serviceContext(db, supervisor, now);
    const periodStart = reportType === 'psi' ? client.supervisionStartDate : later(client.supervisionStartDate, addDays(today, -180));
    const report = createReport(
      author,
      createReportInputSchema.parse({ clientId: client.id, reportType, periodStart, periodEnd: today, courtDueDate: addDays(today, faker.number.int({ min: 7, max: 40 })) }),
    );
    tick();
    const assessment = report.sections.find((s) => s.key === 'officer_assessment' || s.key === 'adjustment' || s.key === 'term_summary');
    updateReport(
      author,
      updateReportInputSchema.parse({
        reportId: report.id,
        narratives: assessment ? { [assessment.key]: ASSESSMENT } : {},
        recommendation: status === 'draft' && faker.datatype.boolean(0.5) ? '' : RECOMMENDATIONS[reportType],
        courtDueDate: report.courtDueDate,
      }),
    );
    tick();
    if (status === 'draft') continue;
    submitReport(author, report.id);
    tick();
    if (status === 'returned') returnReport(reviewer, returnReportInputSchema.parse({ reportId: report.id, comment: faker.helpers.arrayElement(RETURN_COMMENTS) }));
    if (status === 'approved' || status === 'exported')
      approveReport(reviewer, approveReportInputSchema.parse({ reportId: report.id, comment: faker.helpers.arrayElement(APPROVE_COMMENTS) }));
    tick();
    if (status === 'exported') await exportCourtReport(author, report.id);
    tick();
  }
}
