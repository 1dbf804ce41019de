import { eq } from 'drizzle-orm';
import { clients } from '../../../db/schema';
import type { ServiceContext } from '../context';
import { writeForClient, type ClientWrite } from './auditedReadWrite';
import { nextVersion, requireVersion } from './editVersions';

/**
 * One change to the client's own record: writeForClient, plus the client's updated stamp and next version. `version`:
 * the record's version the edit was made on; an older one is refused (editVersions.ts).
 */
export function editClient<T>(ctx: ServiceContext, edit: ClientWrite<T> & { version?: number }): T {
  return writeForClient(ctx, {
    ...edit,
    write: (tx, client, at) => {
      requireVersion(tx, ctx, client, edit.version, "This client's record");
      // Stamped first, so that a write returning the client's row returns it stamped.
      tx.update(clients)
        .set({ updatedAt: at.toISOString(), updatedBy: ctx.actor.id, rowVersion: nextVersion(clients.rowVersion) })
        .where(eq(clients.id, client.id))
        .run();
      return edit.write(tx, client, at);
    },
  });
}

/** The names of the fields whose values differ, for the audit detail ("changed: city, postalCode"). */
export function changedFields(before: object, after: object): string {
  const old = before as Record<string, unknown>;
  const changed = Object.entries(after)
    .filter(([key, value]) => JSON.stringify(old[key]) !== JSON.stringify(value))
    .map(([key]) => key);
  return changed.length ? `changed: ${changed.join(', ')}` : 'no change';
}
