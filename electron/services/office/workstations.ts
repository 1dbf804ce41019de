import { and, asc, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { AppDb, DbExecutor } from '../../../db/open';
import { enrolmentCodes, users, workstations, type EnrolmentCodeRow, type WorkstationRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';

/** The last-contact stamp is a hint for administrators: written at most this often per workstation. */
export const CONTACT_STAMP_MS = 60_000;

/** Each workstation with the name of the administrator whose code enrolled it. */
export function listWorkstations(ctx: ServiceContext): (WorkstationRow & { enrolledByName: string | null })[] {
  return ctx.db
    .select({ ...getTableColumns(workstations), enrolledByName: users.fullName })
    .from(workstations)
    .leftJoin(enrolmentCodes, eq(enrolmentCodes.workstationId, workstations.id))
    .leftJoin(users, eq(users.id, enrolmentCodes.createdBy))
    .orderBy(asc(workstations.name), asc(workstations.id))
    .all();
}

/** Revokes a workstation's certificate: the host refuses its next request, and enrolling it again needs a new code. */
export function revokeWorkstation(ctx: ServiceContext, workstationId: number): WorkstationRow {
  return ctx.db.transaction((tx) => {
    const row = tx.select().from(workstations).where(eq(workstations.id, workstationId)).get();
    if (!row) throw new AppError('NOT_FOUND', `There is no workstation with id ${workstationId}.`, 'workstationId');
    if (row.revokedAt) throw new AppError('CONFLICT', `${row.name} was already revoked on ${row.revokedAt}.`, 'workstationId');
    const now = ctx.clock.now();
    const revoked = tx.update(workstations).set({ revokedAt: now.toISOString(), revokedBy: ctx.actor.id }).where(eq(workstations.id, workstationId)).returning().get();
    recordAudit(tx, { action: 'office.revokeWorkstation', entity: 'workstation', entityId: workstationId, detail: row.name, actor: ctx.actor, ts: now });
    return revoked;
  });
}

export interface Enrolment {
  code: EnrolmentCodeRow;
  certificateFingerprint: string;
  certificateSerial: string;
}

/**
 * Records an enrolled workstation and spends its code in one transaction; the code is checked again inside it,
 * so two workstations racing with one code cannot both be enrolled.
 */
export function recordEnrolment(db: AppDb, enrolment: Enrolment, now: Date): WorkstationRow {
  return db.transaction((tx) => {
    const spent = tx
      .update(enrolmentCodes)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(enrolmentCodes.id, enrolment.code.id), isNull(enrolmentCodes.usedAt)))
      .returning()
      .get();
    if (!spent) throw new AppError('AUTH_FAILED', 'This enrollment code has already been used.', 'code');
    const row = tx
      .insert(workstations)
      .values({
        name: enrolment.code.workstationName,
        certificateFingerprint: enrolment.certificateFingerprint,
        certificateSerial: enrolment.certificateSerial,
        enrolledAt: now.toISOString(),
      })
      .returning()
      .get();
    tx.update(enrolmentCodes).set({ workstationId: row.id }).where(eq(enrolmentCodes.id, spent.id)).run();
    recordAudit(tx, {
      action: 'office.enrollWorkstation',
      entity: 'workstation',
      entityId: row.id,
      detail: `${row.name}, with the code made by user ${spent.createdBy}`,
      actor: null,
      ts: now,
    });
    return row;
  });
}

export function workstationByFingerprint(db: DbExecutor, fingerprint: string): WorkstationRow | null {
  return db.select().from(workstations).where(eq(workstations.certificateFingerprint, fingerprint)).get() ?? null;
}

/** Stamps the workstation's last contact when the stamp is older than CONTACT_STAMP_MS. */
export function recordContact(db: DbExecutor, row: WorkstationRow, now: Date) {
  if (row.lastContactAt && now.getTime() - Date.parse(row.lastContactAt) < CONTACT_STAMP_MS) return;
  db.update(workstations).set({ lastContactAt: now.toISOString() }).where(eq(workstations.id, row.id)).run();
}
