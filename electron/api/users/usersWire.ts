import { z } from 'zod';
import { ROLES } from './roles';

/** A user account as the renderer sees it: no key material or password state beyond what an administrator acts on. */
export const userWire = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  title: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  supervisorId: z.number().nullable(),
});
export type User = z.infer<typeof userWire>;

/** An account on the administrators' list, with its lockout standing. */
export const userSummaryWire = userWire.extend({ locked: z.boolean(), lockedAt: z.string().nullable(), recentFailedLogins: z.number() });
export type UserSummary = z.infer<typeof userSummaryWire>;

/** Who is who in the office, for pickers and names: every signed-in user may read it. */
export const directoryEntryWire = userWire.pick({ id: true, fullName: true, role: true, supervisorId: true });
export type DirectoryEntry = z.infer<typeof directoryEntryWire>;
