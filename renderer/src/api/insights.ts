import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import { call } from './client';
import { queryClient } from './queryClient';

export type InsightsPage = ChannelOutput<'insights.page'>;
export type Figure = InsightsPage['figures'][number];
export type Opportunities = ChannelOutput<'insights.opportunities'>;
export type Opportunity = Opportunities['eligible'][number];

export function useInsights(input: ChannelInput<'insights.page'>) {
  return useQuery({ queryKey: ['insights', 'page', input], queryFn: () => call('insights.page', input) });
}

export function useFigureRecords(input: ChannelInput<'insights.records'> | null) {
  return useQuery({ queryKey: ['insights', 'records', input], queryFn: () => call('insights.records', input as ChannelInput<'insights.records'>), enabled: input !== null });
}

export function useOpportunities(input: ChannelInput<'insights.opportunities'>) {
  return useQuery({ queryKey: ['insights', 'opportunities', input], queryFn: () => call('insights.opportunities', input) });
}

export function useCourtDates() {
  return useQuery({ queryKey: ['insights', 'courtDates'], queryFn: () => call('insights.courtDates', {}) });
}

export function useMonthlyReport() {
  return useMutation({ mutationFn: (input: ChannelInput<'insights.monthlyReport'>) => call('insights.monthlyReport', input) });
}

export function useStartTermination() {
  return useMutation({
    mutationFn: (input: ChannelInput<'insights.startTermination'>) => call('insights.startTermination', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['courtReports'] }),
  });
}
