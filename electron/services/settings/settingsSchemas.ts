import { z } from 'zod';

const trimmed = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`);

export const officeSettingsSchema = z.object({
  name: trimmed('The office name', 200).min(1, 'Enter the office name.'),
  address: trimmed('The address', 500).min(1, 'Enter the office address; it is printed on the letterhead.'),
  phone: trimmed('The phone number', 50).regex(/^[0-9+()\-.\s/ext]*$/i, 'Use digits, spaces and + ( ) - . / only in the phone number.'),
});

export const IDLE_LOCK_DEFAULT_MINUTES = 15;
export const IDLE_LOCK_MAX_MINUTES = 30;

export const securitySettingsSchema = z.object({
  idleLockMinutes: z
    .number({ error: 'Enter the idle lock time in minutes.' })
    .int('Enter a whole number of minutes.')
    .min(1, 'The idle lock time must be at least 1 minute.')
    .max(IDLE_LOCK_MAX_MINUTES, `The idle lock time can be at most ${IDLE_LOCK_MAX_MINUTES} minutes (CJIS session lock).`),
});

/** One schema per settings key; later capabilities add their keys here. */
export const settingsSchemas = {
  office: officeSettingsSchema,
  security: securitySettingsSchema,
} as const;

export type SettingsKey = keyof typeof settingsSchemas;
export type SettingsValues = { [K in SettingsKey]: z.infer<(typeof settingsSchemas)[K]> };

export const settingsDefaults: SettingsValues = {
  office: { name: '', address: '', phone: '' },
  security: { idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES },
};
