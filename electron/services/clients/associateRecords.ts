import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { associates, type AssociateRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import type { ServiceContext } from '../context';
import { changedFields } from '../record/auditedEdit';
import { addToClient, editClientPart } from './partEdits';
import { insertAssociate } from './partRows';
import type { addAssociateInputSchema, associateIdInputSchema, updateAssociateInputSchema } from '../../api/clients/clientsSchemas';

/** Family, employer, school, treatment provider, attorney and other contacts. */

const stillListed = (id: number) => and(eq(associates.id, id), isNull(associates.removedAt));
const alreadyRemoved = () => new AppError('CONFLICT', 'This contact was removed from the record.', 'associateId');

export function addAssociate(ctx: ServiceContext, input: z.infer<typeof addAssociateInputSchema>): AssociateRow {
  return addToClient(ctx, input.clientId, 'client.addAssociate', 'contact', (tx, client, at) => insertAssociate(tx, client.id, input.associate, at));
}

export function updateAssociate(ctx: ServiceContext, input: z.infer<typeof updateAssociateInputSchema>): AssociateRow {
  return editClientPart(ctx, 'contact', input.associateId, {
    field: 'associateId',
    action: 'client.updateAssociate',
    write: (tx) => {
      const before = tx.select().from(associates).where(stillListed(input.associateId)).get();
      if (!before) throw alreadyRemoved();
      const row = tx.update(associates).set(input.associate).where(eq(associates.id, input.associateId)).returning().get();
      return { value: row, detail: `contact ${row.id}; ${changedFields(before, input.associate)}` };
    },
  });
}

/** Removal stamps the contact rather than deleting it, so notes that mention them keep their context. */
export function removeAssociate(ctx: ServiceContext, input: z.infer<typeof associateIdInputSchema>): AssociateRow {
  return editClientPart(ctx, 'contact', input.associateId, {
    field: 'associateId',
    action: 'client.removeAssociate',
    write: (tx) => {
      const row = tx.update(associates).set({ removedAt: ctx.clock.now().toISOString() }).where(stillListed(input.associateId)).returning().get();
      if (!row) throw alreadyRemoved();
      return { value: row, detail: `contact ${row.id}` };
    },
  });
}
