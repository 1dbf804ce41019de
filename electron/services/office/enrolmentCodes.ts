import { createHash, randomInt } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { enrolmentCodes, type EnrolmentCodeRow } from '../../../db/schema';
import type { EnrolmentCode } from '../../api/office/officeWire';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';

/** Long enough to walk from the administrator's desk to the workstation; a code unused by then is dead. */
export const ENROLMENT_CODE_MINUTES = 30;
/** No 0/O, 1/I/L or U: the code is read off one screen and typed on another. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const CODE_LENGTH = 10;

/** Case, spaces and hyphens do not matter when the code is typed. */
const normalizeCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
/** The code has ~49 random bits and lives minutes, so a plain SHA-256 is enough to keep it out of the database. */
const hashCode = (code: string) => createHash('sha256').update(normalizeCode(code)).digest('hex');

/** Makes a one-time code admitting one workstation under the given name; only its hash is stored. */
export function createEnrolmentCode(ctx: ServiceContext, workstationName: string): EnrolmentCode {
  const raw = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const code = `${raw.slice(0, 5)}-${raw.slice(5)}`;
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ENROLMENT_CODE_MINUTES * 60_000).toISOString();
  ctx.db.transaction((tx) => {
    const row = tx
      .insert(enrolmentCodes)
      .values({ codeHash: hashCode(code), workstationName, createdBy: ctx.actor.id, createdAt: now.toISOString(), expiresAt })
      .returning()
      .get();
    recordAudit(tx, { action: 'office.createEnrollmentCode', entity: 'enrollmentCode', entityId: row.id, detail: `for workstation ${workstationName}`, actor: ctx.actor, ts: now });
  });
  return { code, workstationName, expiresAt };
}

/** The unused, unexpired code matching what was typed, or null: a wrong, used and expired code look alike to the caller. */
export function findUsableCode(db: DbExecutor, code: string, now: Date): EnrolmentCodeRow | null {
  return (
    db
      .select()
      .from(enrolmentCodes)
      .where(and(eq(enrolmentCodes.codeHash, hashCode(code)), isNull(enrolmentCodes.usedAt), gt(enrolmentCodes.expiresAt, now.toISOString())))
      .get() ?? null
  );
}
