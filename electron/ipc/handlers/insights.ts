import type { Channel } from '../../api/contract';
import { courtDates } from '../../services/insights/courtDates';
import { figureRecords, insightsPage } from '../../services/insights/insights';
import { exportMonthlyReport } from '../../services/insights/monthlyReport';
import { listOpportunities } from '../../services/insights/opportunities';
import { startTerminationReport } from '../../services/insights/terminationReport';
import type { HandlerGroup } from './types';

export const insightsHandlers: HandlerGroup<Extract<Channel, `insights.${string}`>> = {
  'insights.page': ({ sessions }, input) => insightsPage(sessions.requireActive().ctx, input),
  'insights.records': ({ sessions }, input) => figureRecords(sessions.requireActive().ctx, input),
  'insights.monthlyReport': ({ sessions }, input) => exportMonthlyReport(sessions.requireActive().ctx, input),
  'insights.opportunities': ({ sessions }, input) => listOpportunities(sessions.requireActive().ctx, input),
  'insights.startTermination': ({ sessions }, input) => startTerminationReport(sessions.requireActive().ctx, input.clientId),
  'insights.courtDates': ({ sessions }) => courtDates(sessions.requireActive().ctx),
};
