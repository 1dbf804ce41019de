import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbExecutor } from '../../../db/open';
import { clients, clientStatusHistory, type ClientStatusHistoryRow } from '../../../db/schema';
import { type ClientStatus } from '../../api/clients/clientsCodes';
import { AppError } from '../../api/errors';
import type { ServiceContext } from '../context';
import { editClient } from '../record/auditedEdit';
import { NEXT_STATUSES, type reopenInputSchema, type setStatusInputSchema } from '../../api/clients/clientsSchemas';

const statusLabel = (status: ClientStatus) => status.replace('_', ' ');

type StatusChange = Pick<ClientStatusHistoryRow, 'clientId' | 'fromStatus' | 'toStatus' | 'reason' | 'effectiveDate'>;

export function insertStatusHistory(tx: DbExecutor, ctx: ServiceContext, change: StatusChange): ClientStatusHistoryRow {
  return tx
    .insert(clientStatusHistory)
    .values({ ...change, changedBy: ctx.actor.id, changedAt: ctx.clock.now().toISOString() })
    .returning()
    .get();
}

export function changeStatus(ctx: ServiceContext, input: z.infer<typeof setStatusInputSchema>): ClientStatusHistoryRow {
  return editClient(ctx, {
    clientId: input.clientId,
    action: 'client.status',
    write: (tx, client) => {
      const from = client.status;
      if (from === input.status) throw new AppError('CONFLICT', `The client is already ${statusLabel(from)}.`, 'status');
      if (from === 'closed') throw new AppError('CONFLICT', 'This case is closed. A supervisor or administrator can reopen it, with a reason.', 'status');
      if (!NEXT_STATUSES[from].includes(input.status)) {
        const allowed = NEXT_STATUSES[from].map(statusLabel).join(', ');
        throw new AppError(
          'CONFLICT',
          `A client who is ${statusLabel(from)} cannot become ${statusLabel(input.status)}; from ${statusLabel(from)} the status can change to: ${allowed}.`,
          'status',
        );
      }
      const closing = input.status === 'closed';
      tx.update(clients)
        .set({ status: input.status, closureReason: closing ? input.closureReason : null, closedOn: closing ? input.effectiveDate : null })
        .where(eq(clients.id, client.id))
        .run();
      const row = insertStatusHistory(tx, ctx, { clientId: client.id, fromStatus: from, toStatus: input.status, reason: input.reason, effectiveDate: input.effectiveDate });
      return { value: row, detail: `${from} → ${input.status}${closing ? ` (${input.closureReason})` : ''}` };
    },
  });
}

/** Reopening a closed case is a supervisor's decision (the channel is limited to supervisors and administrators). */
export function reopenClient(ctx: ServiceContext, input: z.infer<typeof reopenInputSchema>): ClientStatusHistoryRow {
  return editClient(ctx, {
    clientId: input.clientId,
    action: 'client.reopen',
    write: (tx, client) => {
      if (client.status !== 'closed') throw new AppError('CONFLICT', `Only a closed case can be reopened; this client is ${statusLabel(client.status)}.`, 'clientId');
      tx.update(clients).set({ status: 'active', closureReason: null, closedOn: null }).where(eq(clients.id, client.id)).run();
      const row = insertStatusHistory(tx, ctx, { clientId: client.id, fromStatus: 'closed', toStatus: 'active', reason: input.reason, effectiveDate: input.effectiveDate });
      return { value: row, detail: 'closed → active' };
    },
  });
}
