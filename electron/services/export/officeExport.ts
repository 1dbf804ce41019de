import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Uint8ArrayWriter } from '@zip.js/zip.js';
import type Database from 'better-sqlite3';
import type { AppDb } from '../../../db/open';
import { recordAudit } from '../audit/auditChain';
import { findClientRecord } from '../record/clientLookup';
import type { ServiceContext } from '../context';
import { chronologyDocument } from '../reports/chronologyDocument';
import { readChronology } from '../reports/chronologyRecord';
import { packReport } from '../reports/docx/reportDocument';
import { readSetting } from '../settings/settings';
import { AppError } from '../../api/errors';
import type { ExportedFile } from '../../api/reports/reportsWire';
import { writeEncryptedZip, type ArchiveEntry } from './exportArchive';
import { exportReadme, tableCsv, tableJson } from './exportFiles';
import type { ExportInput } from '../../api/export/exportSchemas';
import { selectRows, type TableRows } from './exportTables';

const EARLIEST = '1900-01-01';

export interface ExportSummary {
  tables: number;
  rows: number;
  chronologies: number;
}

async function* entriesOf(ctx: ServiceContext, tables: TableRows[], scope: string, summary: ExportSummary): AsyncGenerator<ArchiveEntry> {
  const now = ctx.clock.now();
  yield { name: 'README.md', content: exportReadme(tables, { scope, createdAt: now.toISOString(), officeName: readSetting(ctx.db, 'office').name }) };
  for (const table of tables) {
    yield { name: `json/${table.table}.json`, content: tableJson(table) };
    yield { name: `csv/${table.table}.csv`, content: tableCsv(table) };
    summary.tables += 1;
    summary.rows += table.rows.length;
  }
  const to = ctx.clock.today();
  for (const row of tables.find((t) => t.table === 'clients')?.rows ?? []) {
    const client = findClientRecord(ctx.db, Number(row.id));
    if (!client) continue;
    const record = readChronology(ctx.db, client, { from: EARLIEST, to });
    const bytes = await packReport(chronologyDocument(record, { from: EARLIEST, to, preparedAt: now, preparedBy: ctx.actor.id }), readSetting(ctx.db, 'office').paperSize);
    yield { name: `chronologies/client-${client.id}.docx`, content: bytes };
    summary.chronologies += 1;
  }
}

function scopeOf(ctx: ServiceContext, clientId: number | null) {
  if (clientId === null) return { scope: 'the whole office', entityId: 'office', entity: 'office' };
  const client = findClientRecord(ctx.db, clientId);
  if (!client) throw new AppError('NOT_FOUND', 'This client record does not exist.', 'clientId');
  return { scope: `client ${client.caseNumber}`, entityId: String(client.id), entity: 'client' };
}

/**
 * Writes the encrypted export through a zip writer. The rows are read in one transaction, so the export is
 * a consistent picture; it is audited once it has been written.
 */
async function writeExport(ctx: ServiceContext, input: ExportInput, writer: Uint8ArrayWriter | WritableStream): Promise<ExportSummary> {
  const { scope, entity, entityId } = scopeOf(ctx, input.clientId);
  // drizzle keeps the better-sqlite3 handle it wraps as $client (not in the AppDb type).
  const sqlite = (ctx.db as AppDb & { $client: Database.Database }).$client;
  const tables = sqlite.transaction(() => selectRows(sqlite, input.clientId))();
  const summary: ExportSummary = { tables: 0, rows: 0, chronologies: 0 };
  await writeEncryptedZip(writer, input.passphrase, entriesOf(ctx, tables, scope, summary));
  recordAudit(ctx.db, {
    action: 'export.records',
    entity,
    entityId,
    detail: `${summary.rows} rows of ${summary.tables} tables, ${summary.chronologies} chronologies; AES-256 zip`,
    actor: ctx.actor,
    ts: ctx.clock.now(),
  });
  return summary;
}

/** The export as a file for the renderer to save (one client, or a small office). */
export async function exportRecords(ctx: ServiceContext, input: ExportInput): Promise<ExportedFile> {
  const writer = new Uint8ArrayWriter();
  await writeExport(ctx, input, writer);
  const bytes = await writer.getData();
  const label = input.clientId === null ? 'office' : `client-${input.clientId}`;
  return { fileName: `probation-desk-export-${label}-${ctx.clock.today()}.zip`, mimeType: 'application/zip', base64: Buffer.from(bytes).toString('base64') };
}

/** The export streamed to a file (the command line, a whole office): a temp name renamed when complete. */
export async function exportToFile(ctx: ServiceContext, input: ExportInput, file: string): Promise<ExportSummary> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const summary = await writeExport(ctx, input, Writable.toWeb(createWriteStream(tmp, { mode: 0o600 })) as WritableStream);
    renameSync(tmp, file);
    return summary;
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
