import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { auditLog } from '../../../db/schema';
import type { ServiceContext } from '../context';
import { compareWithCheckpoint, lastAuditCheckpoint } from './auditCheckpoints';
import { toSafeCsv } from '../shared/csv';
import { recordAudit, verifyChain } from './auditChain';
import type { AuditFilter } from '../../api/audit/auditSchemas';
import { auditActionsOfKind } from '../../api/audit/auditActions';
import type { AuditExport, AuditPage, AuditVerification } from '../../api/audit/auditWire';

dayjs.extend(utc);

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.userId) conditions.push(eq(auditLog.userId, filter.userId));
  // One action exactly: "Edited an appointment" is not also "Edited a series from an occurrence on" (appointment.updateFollowing).
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.kind) conditions.push(inArray(auditLog.action, auditActionsOfKind(filter.kind)));
  if (filter.outcome) conditions.push(eq(auditLog.outcome, filter.outcome));
  if (filter.from) conditions.push(gte(auditLog.ts, dayjs.utc(filter.from).toISOString()));
  if (filter.to) conditions.push(lt(auditLog.ts, dayjs.utc(filter.to).add(1, 'day').toISOString()));
  return conditions.length ? and(...conditions) : undefined;
}

export function listAudit(ctx: ServiceContext, input: { filter: AuditFilter; page: number; pageSize: number }): AuditPage {
  const where = whereOf(input.filter);
  const total = ctx.db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  // Reading the log is itself an audited act: who looked, with which filter, at which page.
  recordAudit(ctx.db, {
    action: 'audit.list',
    entity: 'audit_log',
    detail: `filter ${JSON.stringify(input.filter)}; page ${input.page}; ${rows.length} of ${total} rows`,
    actor: ctx.actor,
    ts: ctx.clock.now(),
  });
  return { rows, total };
}

/** Walks the chain, then compares it with the last checkpoint kept outside the database. */
export function verifyAudit(ctx: ServiceContext, checkpointFolder: string): AuditVerification {
  const chain = verifyChain(ctx.db);
  const last = lastAuditCheckpoint(checkpointFolder);
  const checkpoint = last && { ...last, folder: checkpointFolder };
  const mismatch = chain.ok && last ? compareWithCheckpoint(ctx.db, last) : null;
  const result: AuditVerification = mismatch
    ? { ...chain, ok: false, problem: mismatch.problem, atId: last!.rows, message: mismatch.message, checkpoint }
    : { ...chain, checkpoint };
  recordAudit(ctx.db, {
    action: 'audit.verify',
    entity: 'audit_log',
    outcome: result.ok ? 'success' : 'failure',
    detail: result.problem ?? 'intact',
    actor: ctx.actor,
    ts: ctx.clock.now(),
  });
  return result;
}

const CSV_COLUMNS = ['id', 'ts', 'userId', 'username', 'action', 'entity', 'entityId', 'outcome', 'detail', 'workstation', 'prevHash', 'hash'] as const;

/**
 * The filtered log as CSV, hashes included, so the chain can be re-verified outside the app
 * (strip the leading ' that defuseFormula adds to formula-like cells before re-hashing; an empty workstation is a
 * row written before workstations were recorded, hashed without it).
 */
export function exportAudit(ctx: ServiceContext, filter: AuditFilter): AuditExport {
  const rows = ctx.db.select().from(auditLog).where(whereOf(filter)).orderBy(auditLog.id).all();
  const content = toSafeCsv(CSV_COLUMNS, rows);
  recordAudit(ctx.db, { action: 'audit.export', entity: 'audit_log', detail: `${rows.length} rows`, actor: ctx.actor, ts: ctx.clock.now() });
  return { filename: `audit-log-${ctx.clock.today()}.csv`, content, rows: rows.length };
}
