import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { BackupSettings } from '../../api/backup/backupSchemas';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface DatedBackup {
  name: string;
  createdAt: string;
}

/** Monday of the backup's week on the office clock: weeks run Monday to Sunday. */
const weekOf = (local: dayjs.Dayjs) => local.subtract((local.day() + 6) % 7, 'day').format('YYYY-MM-DD');

/**
 * Grandfather-father-son rotation: the newest backup of each of the last `keepDaily` days that have one, of
 * the last `keepWeekly` weeks and of the last `keepMonthly` months, on the office clock. Returns the names to keep.
 */
export function backupsToKeep(backups: DatedBackup[], policy: Pick<BackupSettings, 'keepDaily' | 'keepWeekly' | 'keepMonthly'>, zone: string): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const pick = (count: number, period: (local: dayjs.Dayjs) => string) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = period(dayjs(backup.createdAt).tz(zone));
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(backup.name);
    }
  };
  pick(policy.keepDaily, (d) => d.format('YYYY-MM-DD'));
  pick(policy.keepWeekly, weekOf);
  pick(policy.keepMonthly, (d) => d.format('YYYY-MM'));
  return keep;
}
