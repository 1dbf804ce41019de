import type { CourtReportRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import type { Actor } from '../context';
import { REPORT_STATUS_LABELS } from '../../api/courtReports/courtReportsSchemas';

/** Who may do what to a report at each step of its review; every refusal says why and what to do instead. */

export const LOCKED_MESSAGE = 'Approved reports cannot be changed; start a new version.';
export const isLocked = (report: Pick<CourtReportRow, 'status'>) => report.status === 'approved' || report.status === 'exported';
const statusName = (report: CourtReportRow) => REPORT_STATUS_LABELS[report.status].toLowerCase();

/** Drafts and returned reports are changed, refreshed and submitted by their author alone. */
export function requireEditable(actor: Actor, report: CourtReportRow) {
  if (isLocked(report)) throw new AppError('CONFLICT', LOCKED_MESSAGE, 'reportId');
  if (report.status === 'submitted') throw new AppError('CONFLICT', 'This report is waiting for review; it can be changed again if the supervisor returns it.', 'reportId');
  if (report.authorId !== actor.id) throw new AppError('FORBIDDEN', 'Only the officer who wrote this report can change or submit it.', 'reportId');
}

/** A submitted report is returned or approved by a supervisor or administrator other than its author. */
export function requireReviewable(actor: Actor, report: CourtReportRow) {
  if (report.status !== 'submitted')
    throw new AppError('CONFLICT', `Only a report submitted for review can be returned or approved; this one is ${statusName(report)}.`, 'reportId');
  if (report.authorId === actor.id) throw new AppError('FORBIDDEN', 'You cannot review a report you wrote; ask another supervisor to review it.', 'reportId');
}

export function requireApproved(report: CourtReportRow, what: string) {
  if (!isLocked(report)) throw new AppError('CONFLICT', `Only an approved report can ${what}; this one is ${statusName(report)}.`, 'reportId');
}
