import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DbExecutor, DbTx } from '../../../db/open';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { recordClientView, requireClientAccess } from './caseloadAccess';
import type { ClientRecord } from '../../api/clients/clientsWire';

export interface ClientWrite<T> {
  clientId: number;
  /** The input field that named the client (or the entry of its record), for a refusal. */
  field?: string;
  action: string;
  /** Makes the change and returns its result with the audit detail: ids, kinds and field names, never what was typed. */
  write: (tx: DbTx, client: ClientRecord, at: Date) => { value: T; detail: string };
}

/**
 * One change within a client's record: the access check (a refusal is audited on its own), then the write
 * and its audit row in one transaction, so a change is never left without its audit row or the other way round.
 */
export function writeForClient<T>(ctx: ServiceContext, edit: ClientWrite<T>): T {
  const client = requireClientAccess(ctx, edit.clientId, edit.field);
  return ctx.db.transaction((tx) => {
    const at = ctx.clock.now();
    const { value, detail } = edit.write(tx, client, at);
    recordAudit(tx, { action: edit.action, entity: 'client', entityId: client.id, detail, actor: ctx.actor, ts: at });
    return value;
  });
}

/** One read of part of a client's record (`part`: profile, notes, timeline…), audited in the transaction that reads it. */
export function readForClient<T>(ctx: ServiceContext, clientId: number, part: string, read: (tx: DbTx, client: ClientRecord) => T, field = 'clientId'): T {
  const client = requireClientAccess(ctx, clientId, field);
  return ctx.db.transaction((tx) => {
    const value = read(tx, client);
    recordClientView(ctx, tx, client.id, part);
    return value;
  });
}

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/** The row an input names by id (a note, a drug test, a goal…); NOT_FOUND names that input field. */
export function requireRow<T extends TableWithId>(db: DbExecutor, table: T, id: number, what: string, field: string): T['$inferSelect'] {
  const row = db
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id, id))
    .get();
  if (!row) throw new AppError('NOT_FOUND', `This ${what} does not exist.`, field);
  return row;
}

type ClientEntryTable = TableWithId & { clientId: SQLiteColumn };

/** An id the input gave for another entry (a court case, a note, a drug test…) must be one of this client's own. */
export function requireOwnEntry(db: DbExecutor, table: ClientEntryTable, clientId: number, id: number | null, message: string, field: string) {
  if (id === null) return;
  const found = db
    .select({ id: table.id })
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), eq(table.clientId, clientId)))
    .get();
  if (!found) throw new AppError('VALIDATION', message, field);
}

/** An entry of a client's record named by its own id in the input: a note, a drug test, a goal, a referral… */
export interface EntryRef<T extends ClientEntryTable> {
  table: T;
  id: number;
  /** How the officer calls it ("note"), for NOT_FOUND. */
  what: string;
  /** The input field that gave the id. */
  field: string;
}

const findEntry = <T extends ClientEntryTable>(db: DbExecutor, entry: EntryRef<T>) => requireRow(db, entry.table, entry.id, entry.what, entry.field);
const clientOfEntry = <T extends ClientEntryTable>(db: DbExecutor, entry: EntryRef<T>) => (findEntry(db, entry) as { clientId: number }).clientId;

/** writeForClient for a change to one entry; the entry is read again inside the transaction, so the write sees it as it is. */
export function writeOnEntry<T extends ClientEntryTable, V>(
  ctx: ServiceContext,
  entry: EntryRef<T>,
  action: string,
  write: (tx: DbTx, row: T['$inferSelect'], at: Date) => { value: V; detail: string },
): V {
  return writeForClient(ctx, { clientId: clientOfEntry(ctx.db, entry), field: entry.field, action, write: (tx, _client, at) => write(tx, findEntry(tx, entry), at) });
}

/** readForClient for one entry; the view is audited as "<what> <id>". */
export function readEntry<T extends ClientEntryTable, V>(ctx: ServiceContext, entry: EntryRef<T>, read: (tx: DbTx) => V): V {
  return readForClient(ctx, clientOfEntry(ctx.db, entry), `${entry.what} ${entry.id}`, read, entry.field);
}
