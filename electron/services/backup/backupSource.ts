import type { AppDb } from '../../../db/open';
import type { SessionManager } from '../auth/sessionManager';
import type { Actor } from '../context';

/** The office while it can be read: its open connection, who is acting (nobody for the host's schedule) and its key. */
export interface BackupAccess {
  db: AppDb;
  actor: Actor | null;
  now: () => Date;
  /** Copied by the backup before it starts: the holder may wipe it (a sign-out, a seal) while the backup runs. */
  masterKey: Buffer;
}

/**
 * Where backups come from: the standalone app's signed-in session, or the office host's unsealed connection
 * (electron/office/officeHost.ts). The files and folders are fixed; the access exists only while the key is in memory.
 */
export interface BackupSource {
  dataDir: string;
  databaseFile: string;
  vaultFile: string;
  migrationsFolder: string;
  nativeBinding?: string;
  /** Null while no key is held: signed out or locked, or a sealed host. */
  access(): BackupAccess | null;
  /** Whether the key leaves memory at sign-out, so a backup is due then when the office asks for one (standalone only). */
  keyLeavesAtSignOut: boolean;
}

/** A standalone app's: the one SessionManager's active session. */
export function sessionBackupSource(sessions: SessionManager): BackupSource {
  return {
    dataDir: sessions.options.dataDir,
    databaseFile: sessions.databaseFile,
    vaultFile: sessions.vault.file,
    migrationsFolder: sessions.options.migrationsFolder,
    nativeBinding: sessions.options.nativeBinding,
    keyLeavesAtSignOut: true,
    access() {
      const active = sessions.peekActive();
      return active && { db: active.ctx.db, actor: active.ctx.actor, now: active.ctx.clock.now, masterKey: active.keys.masterKey };
    },
  };
}
