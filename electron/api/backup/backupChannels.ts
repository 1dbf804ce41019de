import { ADMIN, ALL, channel, noInput, returns } from '../channel';
import { type SettingsValues } from '../settings/settingsSchemas';
import { backupSettingsSchema } from './backupSchemas';
import { type BackupHealth, type BackupOverview, type BackupResult, type BackupRunState, type RestoreResult } from './backupWire';
import { exportInputSchema } from '../export/exportSchemas';
import { exportedFileWire } from '../reports/reportsWire';
import { restoreInputSchema } from './restoreSchemas';

export const backupChannels = {
  // Backups run with the session's key; restoring on a new workstation is public but only while no office exists.
  'backup.overview': channel(noInput, ADMIN, returns<BackupOverview>()),
  'backup.progress': channel(noInput, ADMIN, returns<BackupRunState>()),
  'backup.health': channel(noInput, ALL, returns<BackupHealth>()),
  'backup.updateSettings': channel(backupSettingsSchema, ADMIN, returns<SettingsValues['backup']>()),
  'backup.run': channel(noInput, ADMIN, returns<BackupResult>()),
  'backup.restore': channel(restoreInputSchema, ADMIN, returns<RestoreResult>()),
  'backup.restoreFirstRun': channel(restoreInputSchema, 'public', returns<RestoreResult>()),
  'export.records': channel(exportInputSchema, ADMIN, exportedFileWire),
};
