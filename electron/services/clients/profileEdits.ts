import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { clientBackground, clients, type ClientBackgroundRow } from '../../../db/schema';
import type { ServiceContext } from '../context';
import { changedFields, editClient } from '../record/auditedEdit';
import { identityValues, photoValues, replaceAliases, replaceIdentifiers } from './partRows';
import { readClientRecord } from '../record/clientLookup';
import type { ClientRecord } from '../../api/clients/clientsWire';
import type { setPhotoInputSchema, updateBackgroundInputSchema, updateIdentityInputSchema, updateSafetyAlertsInputSchema } from '../../api/clients/clientsSchemas';

/** Edits of the client row itself and of the one-per-client background; each returns what it saved. */

/** Names, description and contact details, with the other names and identifiers as whole lists. */
export function updateIdentity(ctx: ServiceContext, input: z.infer<typeof updateIdentityInputSchema>): ClientRecord {
  return editClient(ctx, {
    clientId: input.clientId,
    version: input.version,
    action: 'client.updateIdentity',
    write: (tx, before) => {
      tx.update(clients).set(identityValues(input.identity)).where(eq(clients.id, before.id)).run();
      replaceAliases(tx, before.id, input.aliases);
      replaceIdentifiers(tx, before.id, input.identifiers);
      const detail = `${changedFields(before, input.identity)}; ${input.aliases.length} other name(s), ${input.identifiers.length} identifier(s)`;
      return { value: readClientRecord(tx, before.id), detail };
    },
  });
}

export function setPhoto(ctx: ServiceContext, input: z.infer<typeof setPhotoInputSchema>): ClientRecord {
  return editClient(ctx, {
    clientId: input.clientId,
    action: input.photo ? 'client.setPhoto' : 'client.removePhoto',
    write: (tx, client) => {
      tx.update(clients).set(photoValues(input.photo)).where(eq(clients.id, client.id)).run();
      return { value: readClientRecord(tx, client.id), detail: input.photo ? input.photo.mime : '' };
    },
  });
}

export function updateSafetyAlerts(ctx: ServiceContext, input: z.infer<typeof updateSafetyAlertsInputSchema>): ClientRecord {
  return editClient(ctx, {
    clientId: input.clientId,
    action: 'client.updateSafetyAlerts',
    write: (tx, client) => {
      tx.update(clients).set({ safetyAlerts: input.safetyAlerts }).where(eq(clients.id, client.id)).run();
      return { value: readClientRecord(tx, client.id), detail: input.safetyAlerts ? 'alerts set' : 'alerts cleared' };
    },
  });
}

export function updateBackground(ctx: ServiceContext, input: z.infer<typeof updateBackgroundInputSchema>): ClientBackgroundRow {
  return editClient(ctx, {
    clientId: input.clientId,
    action: 'client.updateBackground',
    write: (tx, client) => {
      const before = tx.select().from(clientBackground).where(eq(clientBackground.clientId, client.id)).get() ?? {};
      const row = { ...input.background, updatedAt: ctx.clock.now().toISOString(), updatedBy: ctx.actor.id };
      const saved = tx
        .insert(clientBackground)
        .values({ ...row, clientId: client.id })
        .onConflictDoUpdate({ target: clientBackground.clientId, set: row })
        .returning()
        .get();
      return { value: saved, detail: changedFields(before, input.background) };
    },
  });
}
