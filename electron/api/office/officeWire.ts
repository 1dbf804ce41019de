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

/** Shown once to the administrator who made it: only its hash is kept. */
export const enrolmentCodeWire = z.object({ code: z.string(), workstationName: z.string(), expiresAt: z.string() });
export type EnrolmentCode = z.infer<typeof enrolmentCodeWire>;
