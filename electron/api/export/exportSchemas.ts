import { z } from 'zod';

export const EXPORT_PASSPHRASE_MIN_LENGTH = 12;

export const exportPassphraseSchema = z
  .string({ error: 'Enter a passphrase for the export.' })
  .min(EXPORT_PASSPHRASE_MIN_LENGTH, `Use a passphrase of at least ${EXPORT_PASSPHRASE_MIN_LENGTH} characters; whoever has it can read every record in the export.`)
  .max(256, 'Use at most 256 characters.');

/** One client's records (a records request) or the whole office (clientId null: vendor exit, archive). */
export const exportInputSchema = z.object({
  clientId: z.number({ error: 'Choose a client.' }).int('Choose a client.').positive('Choose a client.').nullable(),
  passphrase: exportPassphraseSchema,
});

export type ExportInput = z.infer<typeof exportInputSchema>;
