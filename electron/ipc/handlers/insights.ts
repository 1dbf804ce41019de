import type { Channel } from '../../api/contract';
import { courtDates } from '../../services/insights/courtDates';
import { figureRecords, insightsPage } from '../../services/insights/insights';
import { exportMonthlyReport } from '../../services/insights/monthlyReport';
import { listOpportunities } from '../../services/insights/opportunities';
import { startTerminationReport } from '../../services/insights/terminationReport';
import type { HandlerGroup } from './types';

export const insightsHandlers: HandlerGroup<Extract<Channel, `insights.${string}`>> = {
  'insights.page': ({ ctx }, input) => insightsPage(ctx, input),
  'insights.records': ({ ctx }, input) => figureRecords(ctx, input),
  'insights.monthlyReport': ({ ctx }, input) => exportMonthlyReport(ctx, input),
  'insights.opportunities': ({ ctx }, input) => listOpportunities(ctx, input),
  'insights.startTermination': ({ ctx }, input) => startTerminationReport(ctx, input.clientId),
  'insights.courtDates': ({ ctx }) => courtDates(ctx),
};
