import { eq } from 'drizzle-orm';
import { clients } from '../../../db/schema';
import type { ServiceContext } from '../context';
import { writeForClient, type ClientWrite } from './auditedReadWrite';

/** One change to the client's own record: writeForClient, plus the client's updated stamp. */
export function editClient<T>(ctx: ServiceContext, edit: ClientWrite<T>): T {
  return writeForClient(ctx, {
    ...edit,
    write: (tx, client, at) => {
      // Stamped first, so that a write returning the client's row returns it stamped.
      tx.update(clients).set({ updatedAt: at.toISOString(), updatedBy: ctx.actor.id }).where(eq(clients.id, client.id)).run();
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
