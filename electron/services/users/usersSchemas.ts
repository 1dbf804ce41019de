import { z } from 'zod';
import { fullNameSchema, newPasswordSchema, roleSchema, usernameSchema } from '../auth/authSchemas';

const userId = z.number({ error: 'Choose a user.' }).int().positive();
const title = z.string().trim().max(100, 'The job title must be at most 100 characters.').default('');

export const createUserInputSchema = z.object({
  username: usernameSchema,
  fullName: fullNameSchema,
  title,
  role: roleSchema,
  temporaryPassword: newPasswordSchema,
});
export const updateUserInputSchema = z.object({ id: userId, fullName: fullNameSchema, title, role: roleSchema });
export const userIdInputSchema = z.object({ id: userId });
export const setTemporaryPasswordInputSchema = z.object({ id: userId, temporaryPassword: newPasswordSchema });
