import { ALL, channel, noInput, returns } from '../channel';
import { courtReportWire } from '../courtReports/courtReportsWire';
import { exportedFileWire } from '../reports/reportsWire';
import { figureRecordsInputSchema, insightsFilterSchema, monthlyReportInputSchema, opportunitiesInputSchema, startFromOpportunityInputSchema } from './insightsSchemas';
import { type CourtDates, type FigureRecords, type InsightsPage, type Opportunities } from './insightsWire';

export const insightsChannels = {
  // Figures: officers their own caseload's, supervisors their team's or the office's (services/insights/insightsScope.ts).
  'insights.page': channel(insightsFilterSchema, ALL, returns<InsightsPage>()),
  'insights.records': channel(figureRecordsInputSchema, ALL, returns<FigureRecords>()),
  'insights.monthlyReport': channel(monthlyReportInputSchema, ALL, exportedFileWire),
  'insights.opportunities': channel(opportunitiesInputSchema, ALL, returns<Opportunities>()),
  'insights.startTermination': channel(startFromOpportunityInputSchema, ALL, courtReportWire),
  'insights.courtDates': channel(noInput, ALL, returns<CourtDates>()),
};
