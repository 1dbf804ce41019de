import { z } from 'zod';
import { usernameSchema } from '../auth/authSchemas';
import { folderSchema } from './backupSchemas';

/** Whose key opens a backup: an account that exists in it, or the office recovery key. */
export const backupCredentialSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('password'), username: usernameSchema, password: z.string().min(1, 'Enter the password.').max(256, 'Use at most 256 characters.') }),
  z.object({
    kind: z.literal('recoveryKey'),
    recoveryKey: z
      .string()
      .trim()
      .refine((key) => key.replace(/[^0-9a-f]/gi, '').length === 64, 'The recovery key has 64 digits and letters (16 groups of four).'),
  }),
]);

export type BackupCredential = z.infer<typeof backupCredentialSchema>;

export const backupLocationSchema = z.object({ backup: folderSchema('the backup to restore') });
export const backupFolderInputSchema = z.object({ folder: folderSchema('the folder holding the backups') });
export const restoreInputSchema = z.object({ backup: folderSchema('the backup to restore'), credential: backupCredentialSchema });
