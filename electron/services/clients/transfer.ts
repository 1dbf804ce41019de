import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { clients } from '../../../db/schema';
import { AppError } from '../../api/errors';
import type { ServiceContext } from '../context';
import { requireAssignableOfficer } from './assignableOfficer';
import { editClient } from '../record/auditedEdit';
import { readClientRecord } from '../record/clientLookup';
import type { ClientRecord } from '../../api/clients/clientsWire';
import type { transferInputSchema } from '../../api/clients/clientsSchemas';

/** Reassigns a client to another officer; the channel is limited to supervisors and administrators. */
export function transferClient(ctx: ServiceContext, input: z.infer<typeof transferInputSchema>): ClientRecord {
  const officer = requireAssignableOfficer(ctx.db, input.toOfficerId, 'toOfficerId');
  return editClient(ctx, {
    clientId: input.clientId,
    action: 'client.transfer',
    write: (tx, client) => {
      if (client.assignedOfficerId === officer.id) throw new AppError('CONFLICT', `The client is already assigned to ${officer.fullName}.`, 'toOfficerId');
      tx.update(clients).set({ assignedOfficerId: officer.id }).where(eq(clients.id, client.id)).run();
      return { value: readClientRecord(tx, client.id), detail: `from officer ${client.assignedOfficerId} to officer ${officer.id}` };
    },
  });
}
