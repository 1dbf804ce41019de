import { recordAudit } from '../audit/auditChain';
import { requireClientAccess } from '../record/caseloadAccess';
import type { ServiceContext } from '../context';
import { chronologyDocument, entryCounts } from './chronologyDocument';
import { readChronology } from './chronologyRecord';
import type { ChronologyInput } from '../../api/reports/chronologySchemas';
import { packReport } from './docx/reportDocument';
import { readSetting } from '../settings/settings';
import { docxFile } from './exportedFile';
import type { ExportedFile } from '../../api/reports/reportsWire';

/**
 * A client's contact log between two dates as a Word document. Whoever may read the client's notes may export
 * it (a refusal is audited by the access check); the export is audited with the period and the entry counts
 * in the transaction that reads the record.
 */
export async function exportChronology(ctx: ServiceContext, input: ChronologyInput): Promise<ExportedFile> {
  const client = requireClientAccess(ctx, input.clientId);
  const preparedAt = ctx.clock.now();
  const record = ctx.db.transaction((tx) => {
    const read = readChronology(tx, client, input);
    const detail = `chronology ${input.from}..${input.to}: ${entryCounts(read)}`;
    recordAudit(tx, { action: 'report.export', entity: 'client', entityId: client.id, detail, actor: ctx.actor, ts: preparedAt });
    return read;
  });
  const bytes = await packReport(chronologyDocument(record, { from: input.from, to: input.to, preparedAt, preparedBy: ctx.actor.id }), readSetting(ctx.db, 'office').paperSize);
  return docxFile(`chronology-${client.caseNumber}-${input.from}-to-${input.to}`, bytes);
}
