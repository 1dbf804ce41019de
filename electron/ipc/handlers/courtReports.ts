import type { Channel } from '../../api/contract';
import { createReport, refreshReport, updateReport } from '../../services/courtReports/courtReports';
import { exportCourtReport } from '../../services/courtReports/reportExport';
import { getReport, listClientReports, officeReports } from '../../services/courtReports/reportReads';
import { listTemplates, updateTemplate } from '../../services/courtReports/reportTemplates';
import { approveReport, newReportVersion, returnReport, submitReport } from '../../services/courtReports/reportWorkflow';
import type { HandlerGroup } from './types';

export const courtReportsHandlers: HandlerGroup<Extract<Channel, `courtReports.${string}`>> = {
  'courtReports.templates': ({ ctx }) => listTemplates(ctx),
  'courtReports.updateTemplate': ({ ctx }, input) => updateTemplate(ctx, input),
  'courtReports.create': ({ ctx }, input) => createReport(ctx, input),
  'courtReports.get': ({ ctx }, input) => getReport(ctx, input.reportId),
  'courtReports.forClient': ({ ctx }, input) => listClientReports(ctx, input.clientId),
  'courtReports.office': ({ ctx }) => officeReports(ctx),
  'courtReports.update': ({ ctx }, input) => updateReport(ctx, input),
  'courtReports.refresh': ({ ctx }, input) => refreshReport(ctx, input.reportId),
  'courtReports.submit': ({ ctx }, input) => submitReport(ctx, input.reportId),
  'courtReports.return': ({ ctx }, input) => returnReport(ctx, input),
  'courtReports.approve': ({ ctx }, input) => approveReport(ctx, input),
  'courtReports.newVersion': ({ ctx }, input) => newReportVersion(ctx, input.reportId),
  'courtReports.export': ({ ctx }, input) => exportCourtReport(ctx, input.reportId),
};
