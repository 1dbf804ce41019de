import { z } from 'zod';
import { ROLES } from '../users/roles';
import { officeSettingsSchema, scheduleSettingsSchema } from '../settings/settingsSchemas';

export const PASSWORD_MIN_LENGTH = 12;

/** Length is the only composition rule (NIST SP 800-63B / CJIS); the common-password check runs in the main process. */
export const newPasswordSchema = z
  .string({ error: 'Enter a password.' })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a good password.`)
  .max(256, 'Use at most 256 characters.');

export const usernameSchema = z
  .string({ error: 'Enter a username.' })
  .trim()
  .toLowerCase()
  .min(3, 'The username must be at least 3 characters.')
  .max(64, 'The username must be at most 64 characters.')
  .regex(/^[a-z0-9._-]+$/, 'Use only letters, digits, dots, hyphens and underscores in the username.');

export const fullNameSchema = z.string().trim().min(1, 'Enter the full name.').max(200, 'The full name must be at most 200 characters.');
export const roleSchema = z.enum(ROLES, { error: 'Choose a role: officer, supervisor or admin.' });

const passwordEntered = z.string({ error: 'Enter the password.' }).min(1, 'Enter the password.').max(256, 'Use at most 256 characters.');

export const setupInputSchema = z.object({
  office: officeSettingsSchema,
  /** The office's time zone, asked at set-up; without it the office keeps the host computer's zone. */
  schedule: scheduleSettingsSchema.optional(),
  admin: z.object({ username: usernameSchema, fullName: fullNameSchema, password: newPasswordSchema }),
});

export const loginInputSchema = z.object({ username: usernameSchema, password: passwordEntered });
export const unlockInputSchema = z.object({ password: passwordEntered });
export const changePasswordInputSchema = z.object({ currentPassword: passwordEntered, newPassword: newPasswordSchema });
export const recoverInputSchema = z.object({
  recoveryKey: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F\s-]+$/, 'The recovery key is made of the digits 0–9 and letters A–F, in groups of four.')
    .refine((key) => key.replace(/[^0-9a-f]/gi, '').length === 64, 'The recovery key has 64 digits and letters (16 groups of four).'),
  username: usernameSchema,
  newPassword: newPasswordSchema,
});

export type SetupInput = z.infer<typeof setupInputSchema>;
