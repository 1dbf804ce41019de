import type { Channel } from '../../api/contract';
import { backupHealth, backupServiceFor } from '../../services/backup/backupService';
import { exportRecords } from '../../services/export/officeExport';
import { updateSettings } from '../../services/settings/settings';
import type { HandlerGroup } from './types';

export const backupHandlers: HandlerGroup<Extract<Channel, `backup.${string}` | `export.${string}`>> = {
  'backup.overview': ({ sessions, ctx }) => backupServiceFor(sessions).overview(ctx),
  'backup.progress': ({ sessions }) => backupServiceFor(sessions).currentProgress(),
  'backup.health': ({ ctx }) => {
    return backupHealth(ctx.db, ctx.clock.now());
  },
  'backup.updateSettings': ({ ctx }, input) => updateSettings(ctx, 'backup', input),
  'backup.run': ({ sessions, ctx, keys }) => {
    return backupServiceFor(sessions).runNow(ctx, keys.masterKey);
  },
  'backup.restore': ({ sessions, ctx }, input) => backupServiceFor(sessions).restoreOver(ctx, input.backup, input.credential),
  'backup.restoreFirstRun': ({ sessions }, input) => backupServiceFor(sessions).restoreFirstRun(input.backup, input.credential),
  'export.records': ({ ctx }, input) => exportRecords(ctx, input),
};
