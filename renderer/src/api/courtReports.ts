import { useMutation, useQuery } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import { saveBinaryFile } from '../components/saveBinaryFile';
import { useChannelMutation } from './channelMutation';
import { call } from './client';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

export type CourtReportSummary = ChannelOutput<'courtReports.forClient'>[number];
export type CourtReportDetail = ChannelOutput<'courtReports.get'>;
export type ReportTemplate = ChannelOutput<'courtReports.templates'>[number];

export const useClientReports = (clientId: number) => useQuery({ queryKey: queryKeys.courtReports.client(clientId), queryFn: () => call('courtReports.forClient', { clientId }) });
export const useOfficeReports = () => useQuery({ queryKey: queryKeys.courtReports.office, queryFn: () => call('courtReports.office', {}) });
export const useCourtReport = (reportId: number) => useQuery({ queryKey: queryKeys.courtReports.report(reportId), queryFn: () => call('courtReports.get', { reportId }) });
export const useReportTemplates = () => useQuery({ queryKey: queryKeys.courtReports.templates, queryFn: () => call('courtReports.templates', {}) });

type ReportChange = Exclude<Extract<Channel, `courtReports.${string}`>, 'courtReports.forClient' | 'courtReports.office' | 'courtReports.get' | 'courtReports.templates' | 'courtReports.export'>;

/** Any change to a report or a template makes every report list and the report itself stale. */
export const useReportChange = <C extends ReportChange>(channel: C) => useChannelMutation(channel, () => [queryKeys.courtReports.all, queryKeys.reviews.queue]);

/** Makes the approved report's .docx on the host, hands it to the officer to save, and refreshes its status. */
export function useExportCourtReport() {
  return useMutation({
    mutationFn: (input: ChannelInput<'courtReports.export'>) => call('courtReports.export', input),
    onSuccess: (file) => {
      saveBinaryFile(file);
      void queryClient.invalidateQueries({ queryKey: queryKeys.courtReports.all });
    },
  });
}
