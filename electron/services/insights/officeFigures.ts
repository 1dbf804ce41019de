import { sql } from 'drizzle-orm';
import { CLOSURE_REASONS } from '../../api/clients/clientsCodes';
import { COURT_REPORT_TYPES } from '../../api/courtReports/courtReportsCodes';
import type { FigureDef, FigureQuery } from './figureModel';
import { atTimes, codeRows, monthKeys, monthRows, onDates } from './figureRows';

const closuresIn = (q: FigureQuery) => sql`from clients c join client_status_history h on h.client_id = c.id
  where ${q.scope.clientCondition} and h.to_status = 'closed' and ${onDates(sql`h.effective_date`, q)}`;

const movements: FigureDef = {
  id: 'movements',
  title: 'Intakes, transfers and closures by month',
  description: 'Supervision starts, transfers between officers and case closures in the range (transfers count for the officer the client is with now).',
  chart: 'bar',
  rowLabel: 'Month',
  rows: (q) => monthRows(monthKeys(q.from, q.to)),
  drill: 'records',
  series: [
    {
      key: 'intakes',
      label: 'Intakes',
      unit: 'count',
      measure: 'count',
      source: (q) => sql`select c.id as client_id, substr(c.supervision_start_date, 1, 7) as key, 1 as amount
        from clients c where ${q.scope.clientCondition} and ${onDates(sql`c.supervision_start_date`, q)}`,
    },
    {
      key: 'transfers',
      label: 'Transfers',
      unit: 'count',
      measure: 'count',
      // Transfers are kept only in the audit log (client.transfer, one row per transfer made).
      source: (q) => sql`select c.id as client_id, substr(a.ts, 1, 7) as key, 1 as amount
        from audit_log a join clients c on c.id = cast(a.entity_id as integer)
        where a.action = 'client.transfer' and a.outcome = 'success' and ${atTimes(sql`a.ts`, q.from, q.toNext)} and ${q.scope.clientCondition}`,
    },
    {
      key: 'closures',
      label: 'Closures',
      unit: 'count',
      measure: 'count',
      source: (q) => sql`select c.id as client_id, substr(h.effective_date, 1, 7) as key, 1 as amount ${closuresIn(q)}`,
    },
  ],
};

const closureReasons: FigureDef = {
  id: 'closureReasons',
  title: 'Closures by reason',
  description: 'Cases closed in the range, by the reason recorded.',
  chart: 'bar',
  rowLabel: 'Reason',
  rows: () => codeRows([...CLOSURE_REASONS, 'not_recorded']),
  drill: 'records',
  series: [
    {
      key: 'closures',
      label: 'Closures',
      unit: 'count',
      measure: 'count',
      source: (q) => sql`select c.id as client_id, coalesce(c.closure_reason, 'not_recorded') as key, 1 as amount ${closuresIn(q)}`,
    },
  ],
};

/** Court reports as they stand: a report replaced by a new version counts once, as its newest version. */
const reports = (q: FigureQuery, where: ReturnType<typeof sql>) => sql`select r.client_id as client_id, r.report_type as key, 1 as amount
  from clients c join court_reports r on r.client_id = c.id
  where ${q.scope.clientCondition} and not exists (select 1 from court_reports n where n.previous_version_id = r.id) and ${where}`;

const dueInRange = (q: FigureQuery) => onDates(sql`r.court_due_date`, q);

const courtReports: FigureDef = {
  id: 'courtReports',
  title: 'Court reports by type',
  description:
    'Reports started in the range, reports due to the court in the range, and of those, submitted for review by the due date or not (late once the due date has passed).',
  chart: 'bar',
  rowLabel: 'Report type',
  rows: () => codeRows(COURT_REPORT_TYPES),
  drill: 'records',
  series: [
    { key: 'started', label: 'Started', unit: 'count', measure: 'count', source: (q) => reports(q, atTimes(sql`r.created_at`, q.from, q.toNext)) },
    { key: 'due', label: 'Due', unit: 'count', measure: 'count', source: (q) => reports(q, dueInRange(q)) },
    {
      key: 'onTime',
      label: 'Submitted on time',
      unit: 'count',
      measure: 'count',
      source: (q) => reports(q, sql`${dueInRange(q)} and r.submitted_at is not null and substr(r.submitted_at, 1, 10) <= r.court_due_date`),
    },
    {
      key: 'late',
      label: 'Late',
      unit: 'count',
      measure: 'count',
      source: (q) =>
        reports(
          q,
          sql`${dueInRange(q)} and ((r.submitted_at is not null and substr(r.submitted_at, 1, 10) > r.court_due_date) or (r.submitted_at is null and r.court_due_date < ${q.today}))`,
        ),
    },
  ],
};

/** Every version approved in the range (a later version replacing it does not undo the approval), with its days from draft. */
function approvals(q: FigureQuery) {
  return sql`select r.client_id as client_id, r.report_type as key, julianday(r.approved_at) - julianday(r.created_at) as amount
    from clients c join court_reports r on r.client_id = c.id
    where ${q.scope.clientCondition} and r.approved_at is not null and ${atTimes(sql`r.approved_at`, q.from, q.toNext)}`;
}

const reportTurnaround: FigureDef = {
  id: 'reportTurnaround',
  title: 'Court report turnaround',
  description: 'Reports approved in the range and the mean days from the draft being started to its approval.',
  chart: 'bar',
  rowLabel: 'Report type',
  rows: () => codeRows(COURT_REPORT_TYPES),
  drill: 'records',
  series: [
    { key: 'approved', label: 'Approved', unit: 'count', measure: 'count', source: approvals },
    { key: 'days', label: 'Mean days to approval', unit: 'days', measure: 'avg', source: approvals },
  ],
};

export const OFFICE_FIGURES = [movements, closureReasons, courtReports, reportTurnaround];
