import { AppError } from '../../api/errors';
import type { CourtReportRow } from '../../../db/schema';
import { requireClientAccess, seesWholeOffice } from '../record/caseloadAccess';
import type { ServiceContext } from '../context';
import { createReport, updateReport } from '../courtReports/courtReports';
import { evaluateOpportunities } from './opportunities';
import type { Opportunity } from '../../api/insights/insightsWire';

/** The criteria as the recommendation's opening: the officer edits it into their own words. */
export function criteriaText(opportunity: Opportunity): string {
  const lines = opportunity.criteria.map((c) => `- ${c.label}: ${c.met ? 'met' : 'not met'}. ${c.detail}.`);
  const verdict = opportunity.eligible ? 'meets each of the office’s criteria for early discharge' : 'does not meet every one of the office’s criteria for early discharge';
  return [`${opportunity.client.firstName} ${opportunity.client.lastName} ${verdict}:`, ...lines].join('\n');
}

/**
 * A termination report drafted from the opportunities list: the period from supervision start to today, the record's
 * data pre-filled by the court-reports service, and the criteria met or missed as the start of the recommendation.
 */
export function startTerminationReport(ctx: ServiceContext, clientId: number): CourtReportRow {
  requireClientAccess(ctx, clientId);
  const { eligible, nearlyEligible, today } = evaluateOpportunities(
    ctx,
    ctx.db,
    { scope: seesWholeOffice(ctx.actor) ? 'office' : 'mine', officerId: null, kind: 'earlyDischarge' },
    clientId,
  );
  const opportunity = [...eligible, ...nearlyEligible][0];
  if (!opportunity) throw new AppError('CONFLICT', 'This client is not on the early-discharge list (they miss more than one criterion, or are not under supervision).', 'clientId');
  const report = createReport(ctx, { clientId, reportType: 'termination', periodStart: opportunity.client.supervisionStartDate, periodEnd: today, courtDueDate: null });
  return updateReport(ctx, { reportId: report.id, narratives: {}, recommendation: criteriaText(opportunity), courtDueDate: null });
}
