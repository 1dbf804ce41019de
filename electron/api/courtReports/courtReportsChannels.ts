import { ADMIN, ALL, SUPERVISOR, channel, noInput, returns } from '../channel';
import { type CourtReportDetail, type CourtReportSummary, type OfficeReports } from '../../services/courtReports/reportReads';
import { type CourtReportRow } from '../../../db/schema';
import { type ExportedFile } from '../../services/reports/exportedFile';
import { type ReportTemplate, approveReportInputSchema, createReportInputSchema, reportIdInputSchema, reportTemplateSchema, returnReportInputSchema, updateReportInputSchema } from './courtReportsSchemas';
import { clientIdInputSchema } from '../clients/clientsSchemas';

export const courtReportsChannels = {
  // Court reports: read on the caseload rule; a draft is changed and submitted by its author only, reviewed by a
  // supervisor or administrator who did not write it; approved reports are locked (services/courtReports/reportRules.ts).
  'courtReports.templates': channel(noInput, ALL, returns<ReportTemplate[]>()),
  'courtReports.updateTemplate': channel(reportTemplateSchema, ADMIN, returns<ReportTemplate>()),
  'courtReports.create': channel(createReportInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.get': channel(reportIdInputSchema, ALL, returns<CourtReportDetail>()),
  'courtReports.forClient': channel(clientIdInputSchema, ALL, returns<CourtReportSummary[]>()),
  'courtReports.office': channel(noInput, ALL, returns<OfficeReports>()),
  'courtReports.update': channel(updateReportInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.refresh': channel(reportIdInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.submit': channel(reportIdInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.return': channel(returnReportInputSchema, SUPERVISOR, returns<CourtReportRow>()),
  'courtReports.approve': channel(approveReportInputSchema, SUPERVISOR, returns<CourtReportRow>()),
  'courtReports.newVersion': channel(reportIdInputSchema, ALL, returns<CourtReportRow>()),
  'courtReports.export': channel(reportIdInputSchema, ALL, returns<ExportedFile>()),
};
