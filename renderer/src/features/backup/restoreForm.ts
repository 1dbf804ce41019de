import type { z } from 'zod';
import type { RestoreResult } from '../../../../electron/api/backup/backupWire';
import { restoreInputSchema } from '../../../../electron/api/backup/restoreSchemas';
import { formatLocalTime } from '../../components/formatTime';
import { useSchemaForm } from '../../components/useSchemaForm';

export type CredentialKind = 'password' | 'recoveryKey';

export interface RestoreFormValues extends Record<string, unknown> {
  backup: string;
  // Both kinds' fields are kept, so switching back and forth loses nothing typed; the schema reads only the chosen kind's.
  credential: { kind: CredentialKind; username: string; password: string; recoveryKey: string };
}

const initialValues: RestoreFormValues = { backup: '', credential: { kind: 'password', username: '', password: '', recoveryKey: '' } };

export type RestoreInput = z.output<typeof restoreInputSchema>;

/** The backup to restore and the credential that opens it, checked by the restore channels' own schema. */
export function useRestoreForm(onValid: (input: RestoreInput, showError: (error: unknown) => void) => void) {
  return useSchemaForm({ schema: restoreInputSchema, initialValues, onValid });
}

/** What the sign-in screen says after a restore: the accounts and passwords are the backup's now. */
export const restoredNotice = (result: RestoreResult) =>
  `The office was restored from the backup of ${formatLocalTime(result.createdAt)}. Sign in with an account and password as they were in that backup.`;
