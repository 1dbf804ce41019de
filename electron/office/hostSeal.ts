import path from 'node:path';
import { settleKeyRotation } from '../../db/keyRotation';
import { openEncryptedDatabase, type AppDb, type OpenDatabase } from '../../db/open';
import { normalizeRecoveryKey } from '../../db/recoveryKey';
import type { Vault } from '../../db/vault';
import { VaultError } from '../../db/vaultFormat';
import { AppError } from '../api/errors';
import { recordAudit } from '../services/audit/auditChain';
import { writeAuditCheckpointOrLog } from '../services/audit/auditCheckpoints';

export const SEALED_MESSAGE = 'The office host is sealed: sign in to unseal it.';

export interface HostSealOptions {
  databaseFile: string;
  migrationsFolder: string;
  nativeBinding?: string;
  vault: Vault;
  now: () => Date;
  /** Named on the audit rows the host's own connection writes. */
  workstation: string;
  /** Called once the connection has opened (a sign-in's or the recovery key's unseal), e.g. for a backup that fell due. */
  onUnsealed?: () => void;
}

/**
 * The host's hold on the office's database. Sealed (no connection, so no key in memory) at start and after an
 * administrator seals it; unsealed by the first successful sign-in or by the recovery key. While unsealed it
 * keeps the office's one connection, which every workstation's session and the host's own work share: one page
 * cache that a write does not empty for the others, as each connection's own would be. It keeps a copy of the key
 * while unsealed for the host's own backups, which open their own connections; sealing wipes it. The key never
 * leaves this process: only `keyForBackups` answers with it, to the host's backup service.
 */
export class HostSeal {
  private open: OpenDatabase | null = null;
  private key: Buffer | null = null;

  constructor(private readonly options: HostSealOptions) {}

  get sealed(): boolean {
    return this.open === null;
  }

  /** The host's connection; refuses with the sealed message while there is none. */
  db(): AppDb {
    if (!this.open) throw new AppError('SESSION_REQUIRED', SEALED_MESSAGE);
    return this.open.db;
  }

  /**
   * The shared connection for a session that has just unwrapped the key from its slot: a sealed host is unsealed
   * with it first (finishing a key rotation a crash cut short); an unsealed one already holds the same key.
   */
  connect(masterKey: Buffer): OpenDatabase {
    if (!this.open) {
      settleKeyRotation(this.options.databaseFile, this.options.vault, masterKey, this.options.now(), this.options.nativeBinding);
      this.open = openEncryptedDatabase(this.options.databaseFile, {
        key: masterKey,
        migrationsFolder: this.options.migrationsFolder,
        nativeBinding: this.options.nativeBinding,
        workstation: this.options.workstation,
      });
      this.key = Buffer.from(masterKey);
      this.options.onUnsealed?.();
    }
    return this.open;
  }

  /** The key the connection holds now, while unsealed; a copy for a backup to take its own. */
  keyForBackups(): Buffer | null {
    return this.open ? this.key : null;
  }

  /** After a key rotation rekeyed the connection in place: the backups' copy follows it. */
  rekeyed(newKey: Buffer) {
    this.key?.set(newKey);
  }

  async unsealWithRecoveryKey(recoveryKey: string) {
    if (this.open) return;
    const slot = this.options.vault.recoverySlot();
    if (!slot) throw new AppError('DATA_UNAVAILABLE', 'This office has no recovery key slot.');
    let key: Buffer;
    try {
      key = await this.options.vault.unwrap(slot, normalizeRecoveryKey(recoveryKey));
    } catch (error) {
      if (error instanceof VaultError && error.code === 'WRONG_SECRET') throw new AppError('AUTH_FAILED', 'The recovery key is not correct.', 'recoveryKey');
      throw error;
    }
    try {
      this.connect(key);
    } finally {
      key.fill(0);
    }
    recordAudit(this.db(), { action: 'office.unseal', entity: 'database', detail: 'with the office recovery key', actor: null, ts: this.options.now() });
  }

  /** Writes an audit checkpoint and closes the connection, which drops the key; the caller ends the sessions first. */
  seal() {
    const open = this.open;
    this.open = null;
    this.key?.fill(0);
    this.key = null;
    if (!open?.sqlite.open) return;
    writeAuditCheckpointOrLog(open.db, path.dirname(this.options.databaseFile), this.options.now(), 'sealing the office host');
    open.sqlite.close();
  }
}
