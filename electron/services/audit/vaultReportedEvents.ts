import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { users } from '../../../db/schema';
import type { PendingAuditBatch } from '../../../db/vaultFormat';
import { recordAudit } from './auditChain';
import { VAULT_REPORTED_PREFIX } from '../../api/audit/auditSchemas';

/** Chains the failed sign-ins recorded while the database was closed, and how many malformed entries were dropped. */
export function chainVaultReportedEvents(tx: DbExecutor, batch: PendingAuditBatch, now: Date) {
  for (const event of batch.events) {
    const known = tx.select({ id: users.id }).from(users).where(eq(users.username, event.username)).get();
    recordAudit(tx, {
      action: event.action,
      entity: 'user',
      entityId: known?.id,
      outcome: 'failure',
      detail: `${VAULT_REPORTED_PREFIX}${event.detail}`,
      actor: { id: known?.id ?? null, username: event.username },
      ts: event.ts,
    });
  }
  if (batch.rejected > 0) {
    recordAudit(tx, {
      action: 'vault.pendingAudit',
      entity: 'vault',
      outcome: 'failure',
      detail: `${batch.rejected} malformed event(s) in vault.json were dropped: the file was edited outside the app or damaged`,
      actor: null,
      ts: now,
    });
  }
}
