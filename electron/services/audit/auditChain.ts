import { createHash } from 'node:crypto';
import { asc, eq, gt } from 'drizzle-orm';
import { connectionWorkstationQuery } from '../../../db/connectionWorkstation';
import type { DbExecutor } from '../../../db/open';
import { auditHead, auditLog, type AuditRow } from '../../../db/schema';
import type { ChainProblem, ChainVerification } from '../../api/audit/auditWire';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  action: string;
  entity?: string;
  entityId?: string | number;
  outcome?: 'success' | 'failure';
  /** Short and free of sensitive text: names of fields changed, not their values. */
  detail?: string;
  actor: { id: number | null; username: string | null } | null;
  ts: Date | string;
}

type HashedFields = Omit<AuditRow, 'hash'>;

/** The workstation is hashed only when recorded, so rows written before it was recorded still verify as they are. */
export function hashAuditRow(row: HashedFields): string {
  const fields = [row.id, row.ts, row.userId, row.username, row.action, row.entity, row.entityId, row.outcome, row.detail];
  const content = JSON.stringify(row.workstation === null ? fields : [...fields, row.workstation]);
  return createHash('sha256').update(row.prevHash).update('\n').update(content).digest('hex');
}

/** Appends one row to the chain; call it inside the transaction that makes the change it records. */
export function recordAudit(tx: DbExecutor, event: AuditEvent): AuditRow {
  const head = tx.select().from(auditHead).where(eq(auditHead.id, 1)).get();
  const fields: HashedFields = {
    id: (head?.lastId ?? 0) + 1,
    ts: typeof event.ts === 'string' ? event.ts : event.ts.toISOString(),
    userId: event.actor?.id ?? null,
    username: event.actor?.username ?? null,
    action: event.action,
    entity: event.entity ?? null,
    entityId: event.entityId === undefined ? null : String(event.entityId),
    outcome: event.outcome ?? 'success',
    detail: event.detail ?? '',
    workstation: tx.values<[string | null]>(connectionWorkstationQuery)[0][0],
    prevHash: head?.lastHash ?? GENESIS_HASH,
  };
  const row = { ...fields, hash: hashAuditRow(fields) };
  tx.insert(auditLog).values(row).run();
  tx.insert(auditHead)
    .values({ id: 1, lastId: row.id, lastHash: row.hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { lastId: row.id, lastHash: row.hash } })
    .run();
  return row;
}

/** Reads the log in id order a page at a time, so verifying a long log does not load it all at once. */
function* rowsInOrder(tx: DbExecutor, pageSize = 5000): Generator<AuditRow> {
  let after = 0;
  for (;;) {
    const page = tx.select().from(auditLog).where(gt(auditLog.id, after)).orderBy(asc(auditLog.id)).limit(pageSize).all();
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].id;
  }
}

/** Walks the whole chain; reports the first break and what kind of tampering it points to. */
export function verifyChain(tx: DbExecutor): ChainVerification {
  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const fail = (problem: ChainProblem, atId: number, message: string): ChainVerification => ({ ok: false, rowsChecked: checked, problem, atId, message });
  for (const row of rowsInOrder(tx)) {
    if (row.id > expectedId) return fail('deleted', expectedId, `Audit rows ${expectedId}–${row.id - 1} are missing: rows were deleted.`);
    if (row.prevHash !== prevHash) {
      return fail('inserted', row.id, `Audit row ${row.id} does not follow the row before it: a row was inserted or removed.`);
    }
    if (hashAuditRow(row) !== row.hash) return fail('edited', row.id, `Audit row ${row.id} was altered after it was written.`);
    prevHash = row.hash;
    expectedId = row.id + 1;
    checked += 1;
  }
  const head = tx.select().from(auditHead).where(eq(auditHead.id, 1)).get();
  const lastId = expectedId - 1;
  if ((head?.lastId ?? 0) !== lastId || (head?.lastHash ?? GENESIS_HASH) !== prevHash) {
    const headId = head?.lastId ?? 0;
    return headId > lastId
      ? fail('truncated', lastId + 1, `The audit log ends at row ${lastId} but row ${headId} was written: rows were removed from the end.`)
      : fail('inserted', lastId, `Audit rows after ${headId} were not written by the application.`);
  }
  return { ok: true, rowsChecked: checked, message: `All ${checked} audit rows verified: the chain is intact.` };
}
