import type { Channel } from '../../api/contract';
import { AppError } from '../../api/errors';
import { backupHealth, backupServiceFor } from '../../services/backup/backupService';
import { restoreFirstRun, restoreOver } from '../../services/backup/restoreOffice';
import { exportRecords } from '../../services/export/officeExport';
import { updateSettings } from '../../services/settings/settings';
import type { HandlerContext, HandlerGroup } from './types';

/** The office host's backup service, else the standalone app's. */
export const backupsOf = ({ sessions, office }: HandlerContext) => office?.backups ?? backupServiceFor(sessions);

const NOT_ON_HOST = 'An office host is restored while it is stopped, at the host: npm run restore (see the README).';

export const backupHandlers: HandlerGroup<Extract<Channel, `backup.${string}` | `export.${string}`>> = {
  'backup.overview': (call) => backupsOf(call).overview(call.ctx),
  'backup.progress': (call) => backupsOf(call).currentProgress(),
  'backup.health': ({ ctx }) => {
    return backupHealth(ctx.db, ctx.clock.now());
  },
  'backup.updateSettings': ({ ctx }, input) => updateSettings(ctx, 'backup', input),
  'backup.run': (call) => backupsOf(call).runNow(call.ctx, call.keys.masterKey),
  'backup.restore': (call, input) => {
    // Every workstation's session shares the host's one open connection: the files cannot be replaced under it.
    if (call.office) throw new AppError('CONFLICT', NOT_ON_HOST);
    return restoreOver(call.sessions, backupsOf(call), call.ctx, input.backup, input.credential);
  },
  'backup.restoreFirstRun': ({ sessions }, input) => restoreFirstRun(sessions, input.backup, input.credential),
  'export.records': ({ ctx }, input) => exportRecords(ctx, input),
};
