import { ALL, channel, noInput, returns } from '../channel';
import { type CourtDates } from '../../services/insights/courtDates';
import { type CourtReportRow } from '../../../db/schema';
import { type ExportedFile } from '../../services/reports/exportedFile';
import { type FigureRecords, type InsightsPage } from '../../services/insights/insights';
import { type Opportunities } from '../../services/insights/opportunities';
import { figureRecordsInputSchema, insightsFilterSchema, monthlyReportInputSchema, opportunitiesInputSchema, startFromOpportunityInputSchema } from './insightsSchemas';

export const insightsChannels = {
  // Figures: officers their own caseload's, supervisors their team's or the office's (services/insights/insightsScope.ts).
  'insights.page': channel(insightsFilterSchema, ALL, returns<InsightsPage>()),
  'insights.records': channel(figureRecordsInputSchema, ALL, returns<FigureRecords>()),
  'insights.monthlyReport': channel(monthlyReportInputSchema, ALL, returns<ExportedFile>()),
  'insights.opportunities': channel(opportunitiesInputSchema, ALL, returns<Opportunities>()),
  'insights.startTermination': channel(startFromOpportunityInputSchema, ALL, returns<CourtReportRow>()),
  'insights.courtDates': channel(noInput, ALL, returns<CourtDates>()),
};
