import type { Channel } from '../../api/contract';
import { backupHealth, backupServiceFor } from '../../services/backup/backupService';
import { exportRecords } from '../../services/export/officeExport';
import { updateSettings } from '../../services/settings/settings';
import type { HandlerGroup } from './types';

export const backupHandlers: HandlerGroup<Extract<Channel, `backup.${string}` | `export.${string}`>> = {
  'backup.overview': ({ sessions }) => backupServiceFor(sessions).overview(sessions.requireActive().ctx),
  'backup.progress': ({ sessions }) => backupServiceFor(sessions).currentProgress(),
  'backup.health': ({ sessions }) => {
    const { ctx } = sessions.requireActive();
    return backupHealth(ctx.db, ctx.clock.now());
  },
  'backup.updateSettings': ({ sessions }, input) => updateSettings(sessions.requireActive().ctx, 'backup', input),
  'backup.run': ({ sessions }) => {
    const { ctx, keys } = sessions.requireActive();
    return backupServiceFor(sessions).runNow(ctx, keys.masterKey);
  },
  'backup.restore': ({ sessions }, input) => backupServiceFor(sessions).restoreOver(sessions.requireActive().ctx, input.backup, input.credential),
  'backup.restoreFirstRun': ({ sessions }, input) => backupServiceFor(sessions).restoreFirstRun(input.backup, input.credential),
  'export.records': ({ sessions }, input) => exportRecords(sessions.requireActive().ctx, input),
};
