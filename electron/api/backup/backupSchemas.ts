import { z } from 'zod';
import { text } from '../shared/fieldSchemas';

const keepCount = (label: string, max: number) =>
  z
    .number({ error: `Enter how many ${label} backups to keep.` })
    .int('Enter a whole number.')
    .min(0, 'The number of backups to keep cannot be negative.')
    .max(max, `Keep at most ${max} ${label} backups.`);

/** A full path on this computer (POSIX, a Windows drive or a UNC share); also checked in the renderer, so no node:path. */
const isAbsolutePath = (value: string) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value);

/** An absolute folder on this computer (a USB drive, a share on the closed network). */
export const folderSchema = (label: string) =>
  text(label, 1000)
    .min(1, `Enter ${label}.`)
    .refine((value) => isAbsolutePath(value), `Enter ${label} as a full path (for example D:\\Backups or /media/usb/backups).`);

/** Settings key `backup`: where, when and how many. */
export const backupSettingsSchema = z
  .object({
    /** Null until an administrator chooses a folder; nothing is backed up before then. */
    folder: folderSchema('the backup folder').nullable(),
    /** Office-clock time of the daily backup, 'HH:mm'; null: no daily backup. */
    dailyAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the time as HH:MM on the 24-hour clock, for example 18:30.')
      .nullable(),
    onLastSignOut: z.boolean(),
    keepDaily: keepCount('daily', 365),
    keepWeekly: keepCount('weekly', 520),
    keepMonthly: keepCount('monthly', 1200),
    /** The home page warns when the last verified backup is older than this. */
    warnAfterDays: z
      .number({ error: 'Enter after how many days to warn.' })
      .int('Enter a whole number of days.')
      .min(1, 'Warn after at least 1 day.')
      .max(90, 'Warn after at most 90 days.'),
  })
  .refine((s) => s.keepDaily + s.keepWeekly + s.keepMonthly > 0, { message: 'Keep at least one backup.', path: ['keepDaily'] });

export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const defaultBackupSettings: BackupSettings = {
  folder: null,
  dailyAt: null,
  onLastSignOut: true,
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
  warnAfterDays: 2,
};

const backupOutcomeSchema = z.object({
  at: z.string(),
  name: z.string(),
  folder: z.string(),
  sizeBytes: z.number(),
  durationMs: z.number(),
  message: z.string(),
});

/** Settings key `backupStatus`: written by the backup service, never by a form. */
export const backupStatusSchema = z.object({
  lastGood: backupOutcomeSchema.nullable(),
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
});

export type BackupStatusValue = z.infer<typeof backupStatusSchema>;
export type BackupOutcome = z.infer<typeof backupOutcomeSchema>;

export const defaultBackupStatus: BackupStatusValue = { lastGood: null, lastFailure: null };
