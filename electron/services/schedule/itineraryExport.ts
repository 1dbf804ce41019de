import type { z } from 'zod';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { packReport } from '../reports/docx/reportDocument';
import { docxFile } from '../reports/exportedFile';
import type { ExportedFile } from '../../api/reports/reportsWire';
import { readSetting } from '../settings/settings';
import { fieldDay } from './fieldDay';
import { itineraryDocument } from './itineraryDocument';
import type { fieldDayInputSchema } from '../../api/schedule/scheduleSchemas';

/**
 * One officer's field day as a Word document to print or carry. Reading the day audits each client's record
 * (fieldDay); the export itself is audited with the day and the number of visits.
 */
export async function exportItinerary(ctx: ServiceContext, input: z.infer<typeof fieldDayInputSchema>): Promise<ExportedFile> {
  const day = fieldDay(ctx, input, { includePhotos: true });
  const preparedAt = ctx.clock.now();
  const office = ctx.db.transaction((tx) => {
    recordAudit(tx, {
      action: 'report.export',
      entity: 'appointment',
      detail: `itinerary officer ${day.officerId} ${day.date}: ${day.visits.length} visit(s)`,
      actor: ctx.actor,
      ts: preparedAt,
    });
    return readSetting(tx, 'office');
  });
  const bytes = await packReport(itineraryDocument(day, office, preparedAt), office.paperSize);
  return docxFile(`itinerary-${day.date}-${day.officerName}`, bytes);
}
