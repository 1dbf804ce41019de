import type { Channel, ChannelOutput } from '../../../electron/api/contract';
import { saveBinaryFile } from '../components/saveBinaryFile';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export type CourtReportSummary = ChannelOutput<'courtReports.forClient'>[number];
export type CourtReportDetail = ChannelOutput<'courtReports.get'>;
export type ReportTemplate = ChannelOutput<'courtReports.templates'>[number];

export const useClientReports = (clientId: number) => useChannelQuery('courtReports.forClient', { clientId });
export const useOfficeReports = () => useChannelQuery('courtReports.office', {});
export const useCourtReport = (reportId: number) => useChannelQuery('courtReports.get', { reportId });
export const useReportTemplates = () => useChannelQuery('courtReports.templates', {});

type ReportChange = Exclude<
  Extract<Channel, `courtReports.${string}`>,
  'courtReports.forClient' | 'courtReports.office' | 'courtReports.get' | 'courtReports.templates' | 'courtReports.export'
>;

/** Any change to a report or a template makes every report list, the report itself and the review queue stale. */
export const useReportChange = <C extends ReportChange>(channel: C) => useChannelMutation(channel, ['courtReports', 'reviews']);

/** Makes the approved report's .docx on the host, hands it to the officer to save, and refreshes its status. */
export const useExportCourtReport = () => useChannelMutation('courtReports.export', ['courtReports'], saveBinaryFile);
