import { z } from 'zod';

/** A workstation on the administrators' list. */
export const workstationWire = z.object({
  id: z.number(),
  name: z.string(),
  certificateFingerprint: z.string(),
  enrolledAt: z.string(),
  lastContactAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Workstation = z.infer<typeof workstationWire>;

/** On the administrators' page: who made the code it was enrolled with (null for a workstation enrolled before that was kept). */
export const workstationListItemWire = workstationWire.extend({ enrolledByName: z.string().nullable() });
export type WorkstationListItem = z.infer<typeof workstationListItemWire>;

/** Whether this app is an office host (its workstations' page) or a standalone office. */
export const officeModeWire = z.object({ mode: z.enum(['host', 'standalone']) });
export type OfficeMode = z.infer<typeof officeModeWire>;

/** Shown once to the administrator who made it: only its hash is kept. */
export const enrolmentCodeWire = z.object({ code: z.string(), workstationName: z.string(), expiresAt: z.string() });
export type EnrolmentCode = z.infer<typeof enrolmentCodeWire>;
