import { settleKeyRotation } from '../../db/keyRotation';
import { openEncryptedDatabase, type AppDb, type OpenDatabase } from '../../db/open';
import { normalizeRecoveryKey } from '../../db/recoveryKey';
import type { Vault } from '../../db/vault';
import { VaultError } from '../../db/vaultFormat';
import { AppError } from '../api/errors';
import { recordAudit } from '../services/audit/auditChain';

export const SEALED_MESSAGE = 'The office host is sealed: sign in to unseal it.';

export interface HostSealOptions {
  databaseFile: string;
  migrationsFolder: string;
  nativeBinding?: string;
  vault: Vault;
  now: () => Date;
  /** Named on the audit rows the host's own connection writes. */
  workstation: string;
}

/**
 * The host's own hold on the office's key. Sealed (no key in memory) at start and after an administrator
 * seals it; unsealed by the first successful sign-in or by the recovery key. While unsealed it keeps a
 * connection of its own for the host's work between requests (the workstation table). The key never leaves
 * this process: nothing here answers with it.
 */
export class HostSeal {
  private unsealed: { masterKey: Buffer; open: OpenDatabase } | null = null;

  constructor(private readonly options: HostSealOptions) {}

  get sealed(): boolean {
    return this.unsealed === null;
  }

  /** The host's connection; refuses with the sealed message while there is none. */
  db(): AppDb {
    if (!this.unsealed) throw new AppError('SESSION_REQUIRED', SEALED_MESSAGE);
    return this.unsealed.open.db;
  }

  /** Unseals with a key a sign-in has just unwrapped (a copy is kept, the session's own is wiped at its lock). */
  unsealWithKey(masterKey: Buffer) {
    if (this.unsealed) return;
    const key = Buffer.from(masterKey);
    const open = openEncryptedDatabase(this.options.databaseFile, {
      key,
      migrationsFolder: this.options.migrationsFolder,
      nativeBinding: this.options.nativeBinding,
      workstation: this.options.workstation,
    });
    this.unsealed = { masterKey: key, open };
  }

  async unsealWithRecoveryKey(recoveryKey: string) {
    if (this.unsealed) return;
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
      settleKeyRotation(this.options.databaseFile, this.options.vault, key, this.options.now(), this.options.nativeBinding);
      this.unsealWithKey(key);
    } finally {
      key.fill(0);
    }
    recordAudit(this.db(), { action: 'office.unseal', entity: 'database', detail: 'with the office recovery key', actor: null, ts: this.options.now() });
  }

  /** Closes the host's connection and wipes its key; the caller ends the sessions first. */
  seal() {
    const unsealed = this.unsealed;
    this.unsealed = null;
    if (!unsealed) return;
    if (unsealed.open.sqlite.open) unsealed.open.sqlite.close();
    unsealed.masterKey.fill(0);
  }
}
