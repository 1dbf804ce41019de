import type { ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export type InsightsPage = ChannelOutput<'insights.page'>;
export type Figure = InsightsPage['figures'][number];
export type Opportunities = ChannelOutput<'insights.opportunities'>;
export type Opportunity = Opportunities['eligible'][number];

export const useInsights = (input: ChannelInput<'insights.page'>) => useChannelQuery('insights.page', input);

export function useFigureRecords(input: ChannelInput<'insights.records'> | null) {
  return useChannelQuery('insights.records', input as ChannelInput<'insights.records'>, { enabled: input !== null });
}

export const useOpportunities = (input: ChannelInput<'insights.opportunities'>) => useChannelQuery('insights.opportunities', input);
export const useCourtDates = () => useChannelQuery('insights.courtDates', {});
export const useMonthlyReport = () => useChannelMutation('insights.monthlyReport', []);
export const useStartTermination = () => useChannelMutation('insights.startTermination', ['courtReports']);
