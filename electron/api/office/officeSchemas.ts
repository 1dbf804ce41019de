import { z } from 'zod';

export const workstationNameSchema = z
  .string({ error: 'Name the workstation.' })
  .trim()
  .min(1, 'Name the workstation, e.g. "Front desk 2".')
  .max(64, 'The workstation name must be at most 64 characters.')
  // Written into its certificate: letters, digits, spaces and simple punctuation only.
  .regex(/^[\p{L}\p{N} ._()'-]+$/u, "Use letters, digits, spaces and . _ ( ) ' - in the workstation name.");

export const createEnrolmentCodeInputSchema = z.object({ workstationName: workstationNameSchema });
export const workstationIdInputSchema = z.object({ workstationId: z.number({ error: 'Choose a workstation.' }).int().positive() });
export const unsealInputSchema = z.object({ recoveryKey: z.string({ error: 'Enter the office recovery key.' }).trim().min(1, 'Enter the office recovery key.').max(200) });
