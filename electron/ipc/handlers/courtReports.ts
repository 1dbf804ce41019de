import type { Channel } from '../../api/contract';
import { createReport, refreshReport, updateReport } from '../../services/courtReports/courtReports';
import { exportCourtReport } from '../../services/courtReports/reportExport';
import { getReport, listClientReports, officeReports } from '../../services/courtReports/reportReads';
import { listTemplates, updateTemplate } from '../../services/courtReports/reportTemplates';
import { approveReport, newReportVersion, returnReport, submitReport } from '../../services/courtReports/reportWorkflow';
import type { HandlerGroup } from './types';

export const courtReportsHandlers: HandlerGroup<Extract<Channel, `courtReports.${string}`>> = {
  'courtReports.templates': ({ sessions }) => listTemplates(sessions.requireActive().ctx),
  'courtReports.updateTemplate': ({ sessions }, input) => updateTemplate(sessions.requireActive().ctx, input),
  'courtReports.create': ({ sessions }, input) => createReport(sessions.requireActive().ctx, input),
  'courtReports.get': ({ sessions }, input) => getReport(sessions.requireActive().ctx, input.reportId),
  'courtReports.forClient': ({ sessions }, input) => listClientReports(sessions.requireActive().ctx, input.clientId),
  'courtReports.office': ({ sessions }) => officeReports(sessions.requireActive().ctx),
  'courtReports.update': ({ sessions }, input) => updateReport(sessions.requireActive().ctx, input),
  'courtReports.refresh': ({ sessions }, input) => refreshReport(sessions.requireActive().ctx, input.reportId),
  'courtReports.submit': ({ sessions }, input) => submitReport(sessions.requireActive().ctx, input.reportId),
  'courtReports.return': ({ sessions }, input) => returnReport(sessions.requireActive().ctx, input),
  'courtReports.approve': ({ sessions }, input) => approveReport(sessions.requireActive().ctx, input),
  'courtReports.newVersion': ({ sessions }, input) => newReportVersion(sessions.requireActive().ctx, input.reportId),
  'courtReports.export': ({ sessions }, input) => exportCourtReport(sessions.requireActive().ctx, input.reportId),
};
