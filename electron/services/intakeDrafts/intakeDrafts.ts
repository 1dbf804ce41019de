import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbExecutor } from '../../../db/open';
import { intakeDrafts } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import type { saveDraftInputSchema } from '../../api/intakeDrafts/intakeDraftsSchemas';
import type { DraftSummary, IntakeDraft } from '../../api/intakeDrafts/intakeDraftsWire';

const UNTITLED = 'Untitled intake';
const { data: _data, ...summaryColumns } = getTableColumns(intakeDrafts);

/** Drafts are private: another officer's draft is answered as not found, so its existence is not revealed either. */
const ownDraft = (ctx: ServiceContext, id: number) => and(eq(intakeDrafts.id, id), eq(intakeDrafts.ownerId, ctx.actor.id));
const notFound = () => new AppError('NOT_FOUND', 'This draft does not exist; it may have been used for an intake or deleted.', 'id');

function audit(ctx: ServiceContext, tx: DbExecutor, action: string, id: number) {
  recordAudit(tx, { action, entity: 'intake_draft', entityId: id, actor: ctx.actor, ts: ctx.clock.now() });
}

export function saveDraft(ctx: ServiceContext, input: z.infer<typeof saveDraftInputSchema>): DraftSummary {
  const values = { label: input.label || UNTITLED, data: input.data, updatedAt: ctx.clock.now().toISOString() };
  return ctx.db.transaction((tx) => {
    const saved =
      input.id === null
        ? tx
            .insert(intakeDrafts)
            .values({ ...values, ownerId: ctx.actor.id, createdAt: values.updatedAt })
            .returning(summaryColumns)
            .get()
        : tx.update(intakeDrafts).set(values).where(ownDraft(ctx, input.id)).returning(summaryColumns).get();
    if (!saved) throw notFound();
    audit(ctx, tx, 'intakeDraft.save', saved.id);
    return saved;
  });
}

export function listDrafts(ctx: ServiceContext): DraftSummary[] {
  return ctx.db.select(summaryColumns).from(intakeDrafts).where(eq(intakeDrafts.ownerId, ctx.actor.id)).orderBy(desc(intakeDrafts.updatedAt)).all();
}

export function getDraft(ctx: ServiceContext, id: number): IntakeDraft {
  const draft = ctx.db.select().from(intakeDrafts).where(ownDraft(ctx, id)).get();
  if (!draft) throw notFound();
  return draft;
}

/** Deletes the acting user's draft if it is still there; returns whether it was. */
export function deleteOwnDraft(ctx: ServiceContext, tx: DbExecutor, id: number): boolean {
  const deleted = tx.delete(intakeDrafts).where(ownDraft(ctx, id)).returning({ id: intakeDrafts.id }).get();
  if (deleted) audit(ctx, tx, 'intakeDraft.delete', id);
  return Boolean(deleted);
}

export function deleteDraft(ctx: ServiceContext, id: number): null {
  return ctx.db.transaction((tx) => {
    if (!deleteOwnDraft(ctx, tx, id)) throw notFound();
    return null;
  });
}
