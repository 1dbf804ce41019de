import path from 'node:path';
import { rotateDatabaseKey } from '../../../db/keyRotation';
import { VaultError } from '../../../db/vaultFormat';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import { checkpointFolderOf, lastAuditCheckpoint } from '../audit/auditCheckpoints';
import type { ServiceContext } from '../context';
import type { KeyAccess } from '../users/users';
import type { SecurityStatus } from '../../api/security/securityWire';

export function securityStatus(ctx: ServiceContext, keys: KeyAccess): SecurityStatus {
  const vault = keys.vault.read();
  const checkpointFolder = checkpointFolderOf(ctx.db, path.dirname(keys.vault.file));
  return {
    keyRotatedAt: vault.keyRotatedAt,
    damagedSlots: vault.damagedSlots.map((d) => ({
      owner: d.kind === 'recovery' ? 'the office recovery key' : (d.username ?? 'an unknown owner'),
      problem: d.problem,
    })),
    checkpointFolder,
    lastCheckpoint: lastAuditCheckpoint(checkpointFolder),
  };
}

/**
 * Gives the database a new key and re-seals every remaining slot to it, so a copy of the old key (kept by
 * someone who has left) no longer opens the database as it is from now on. Runs on an administrator's
 * request and after every deactivation.
 */
export function rotateKey(ctx: ServiceContext, keys: KeyAccess, reason: string): SecurityStatus {
  try {
    const rotate = () => rotateDatabaseKey(keys.database, keys.vault, keys.masterKey, ctx.clock.now());
    if (keys.aloneWithDatabase) keys.aloneWithDatabase(rotate);
    else rotate();
  } catch (error) {
    if (!(error instanceof VaultError && error.code === 'SLOT_LEGACY')) throw error;
    recordAudit(ctx.db, {
      action: 'security.rotateKey',
      entity: 'database',
      outcome: 'failure',
      detail: `${reason}; not rotated: old-format key slots`,
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    throw new AppError('CONFLICT', error.message);
  }
  recordAudit(ctx.db, { action: 'security.rotateKey', entity: 'database', detail: reason, actor: ctx.actor, ts: ctx.clock.now() });
  return securityStatus(ctx, keys);
}
