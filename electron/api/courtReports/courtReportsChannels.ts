import { z } from 'zod';
import { ADMIN, ALL, SUPERVISOR, channel, noInput } from '../channel';
import {
  approveReportInputSchema,
  createReportInputSchema,
  reportIdInputSchema,
  reportTemplateSchema,
  returnReportInputSchema,
  updateReportInputSchema,
} from './courtReportsSchemas';
import { courtReportDetailWire, courtReportSummaryWire, courtReportWire, officeReportsWire, reportTemplateWire } from './courtReportsWire';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { exportedFileWire } from '../reports/reportsWire';

export const courtReportsChannels = {
  // Court reports: read on the caseload rule; a draft is changed and submitted by its author only, reviewed by a
  // supervisor or administrator who did not write it; approved reports are locked (services/courtReports/reportRules.ts).
  'courtReports.templates': channel(noInput, ALL, z.array(reportTemplateWire)),
  'courtReports.updateTemplate': channel(reportTemplateSchema, ADMIN, reportTemplateWire),
  'courtReports.create': channel(createReportInputSchema, ALL, courtReportWire),
  'courtReports.get': channel(reportIdInputSchema, ALL, courtReportDetailWire),
  'courtReports.forClient': channel(clientIdInputSchema, ALL, z.array(courtReportSummaryWire)),
  'courtReports.office': channel(noInput, ALL, officeReportsWire),
  'courtReports.update': channel(updateReportInputSchema, ALL, courtReportWire),
  'courtReports.refresh': channel(reportIdInputSchema, ALL, courtReportWire),
  'courtReports.submit': channel(reportIdInputSchema, ALL, courtReportWire),
  'courtReports.return': channel(returnReportInputSchema, SUPERVISOR, courtReportWire),
  'courtReports.approve': channel(approveReportInputSchema, SUPERVISOR, courtReportWire),
  'courtReports.newVersion': channel(reportIdInputSchema, ALL, courtReportWire),
  'courtReports.export': channel(reportIdInputSchema, ALL, exportedFileWire),
};
