import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbExecutor } from '../../../db/open';
import { agencies, type AgencyRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import { changedFields } from '../record/auditedEdit';
import { requireRow } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import type { AgencyInput, createAgencyInputSchema, listAgenciesInputSchema, updateAgencyInputSchema } from '../../api/referrals/referralsSchemas';

/**
 * The office's directory of agencies. Every role reads it; supervisors and administrators maintain it
 * (the channels say so), since a directory shared by the office should not change under officers' feet.
 */

export function listAgencies(db: DbExecutor, input: z.infer<typeof listAgenciesInputSchema>): AgencyRow[] {
  return db
    .select()
    .from(agencies)
    .where(input.includeInactive ? undefined : eq(agencies.active, true))
    .orderBy(asc(agencies.kind), sql`${agencies.name} collate nocase`)
    .all();
}

function requireUniqueName(db: DbExecutor, agency: AgencyInput, exceptId: number | null) {
  const same = db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(sql`${agencies.name} = ${agency.name} collate nocase`, exceptId === null ? undefined : ne(agencies.id, exceptId)))
    .get();
  if (same) throw new AppError('CONFLICT', `The directory already has an agency called "${agency.name}".`, 'agency.name');
}

function writeAgency(ctx: ServiceContext, action: string, write: (db: DbExecutor, at: string) => { value: AgencyRow; detail: string }): AgencyRow {
  return ctx.db.transaction((tx) => {
    const { value, detail } = write(tx, ctx.clock.now().toISOString());
    recordAudit(tx, { action, entity: 'agency', entityId: value.id, detail, actor: ctx.actor, ts: ctx.clock.now() });
    return value;
  });
}

export function createAgency(ctx: ServiceContext, input: z.infer<typeof createAgencyInputSchema>): AgencyRow {
  return writeAgency(ctx, 'agency.create', (tx, at) => {
    requireUniqueName(tx, input.agency, null);
    const row = tx
      .insert(agencies)
      .values({ ...input.agency, createdAt: at })
      .returning()
      .get();
    return { value: row, detail: row.kind };
  });
}

export function updateAgency(ctx: ServiceContext, input: z.infer<typeof updateAgencyInputSchema>): AgencyRow {
  return writeAgency(ctx, 'agency.update', (tx, at) => {
    const before = requireRow(tx, agencies, input.agencyId, 'agency', 'agencyId');
    requireUniqueName(tx, input.agency, before.id);
    const values = { ...input.agency, active: input.active };
    const row = tx
      .update(agencies)
      .set({ ...values, updatedAt: at })
      .where(eq(agencies.id, before.id))
      .returning()
      .get();
    return { value: row, detail: changedFields(before, values) };
  });
}
