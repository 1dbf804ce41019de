import type { SettingsValues } from '../settings/settingsSchemas';

/*
 * What the backup channels answer: small read models the backup service builds field by field, crossing as they are.
 */

export type BackupPhase = 'copy' | 'verify' | 'finish';

export interface BackupProgress {
  phase: BackupPhase;
  /** 0..1 over the whole backup. */
  fraction: number;
}

/** Whether a backup is running now, and how far it has come. */
export interface BackupRunState {
  running: boolean;
  progress: BackupProgress | null;
}

/** A backup in the office's backup folder. */
export interface BackupListing {
  name: string;
  createdAt: string;
  sizeBytes: number;
  dir: string;
}

export interface BackupOverview extends BackupRunState {
  settings: SettingsValues['backup'];
  status: SettingsValues['backupStatus'];
  backups: BackupListing[];
}

export interface BackupHealth {
  overdue: boolean;
  lastGoodAt: string | null;
  warnAfterDays: number;
  message: string | null;
}

export interface BackupResult {
  name: string;
  dir: string;
  createdAt: string;
  sizeBytes: number;
  durationMs: number;
  verification: string;
  /** Older backups removed by rotation. */
  removed: string[];
}

export interface RestoreResult {
  createdAt: string;
  /** Where the replaced office was kept (null on a workstation that had none). */
  safetyCopy: string | null;
  migrated: boolean;
  auditRows: number;
}
