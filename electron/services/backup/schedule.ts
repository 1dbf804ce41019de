import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { BackupSettings } from '../../api/backup/backupSchemas';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Due when today's time on the office clock has passed and nothing was attempted since then. */
export function isDailyBackupDue(settings: Pick<BackupSettings, 'folder' | 'dailyAt'>, lastAttemptAt: string | null, now: Date, zone: string): boolean {
  if (!settings.folder || !settings.dailyAt) return false;
  const local = dayjs(now).tz(zone);
  const dueAt = dayjs.tz(`${local.format('YYYY-MM-DD')}T${settings.dailyAt}`, zone);
  if (local.isBefore(dueAt)) return false;
  return lastAttemptAt === null || dayjs(lastAttemptAt).isBefore(dueAt);
}
