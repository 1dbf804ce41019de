import { z } from 'zod';
import { fullNameSchema, newPasswordSchema, roleSchema, usernameSchema } from '../auth/authSchemas';

const userId = z.number({ error: 'Choose a user.' }).int().positive();
const title = z.string().trim().max(100, 'The job title must be at most 100 characters.').default('');
/** The supervisor whose team the user is on; null for none. */
const supervisorId = z.number({ error: 'Choose a supervisor, or none.' }).int().positive().nullable();

export const createUserInputSchema = z.object({
  username: usernameSchema,
  fullName: fullNameSchema,
  title,
  role: roleSchema,
  supervisorId: supervisorId.default(null),
  temporaryPassword: newPasswordSchema,
});
/** Leaving supervisorId out keeps the current supervisor. */
export const updateUserInputSchema = z.object({ id: userId, fullName: fullNameSchema, title, role: roleSchema, supervisorId: supervisorId.optional() });
export const userIdInputSchema = z.object({ id: userId });
export const setTemporaryPasswordInputSchema = z.object({ id: userId, temporaryPassword: newPasswordSchema });
