import { z } from 'zod';
import { ADMIN, channel, noInput, returns } from '../channel';
import { createEnrolmentCodeInputSchema, unsealInputSchema, workstationIdInputSchema } from './officeSchemas';
import { enrolmentCodeWire, officeModeWire, workstationListItemWire, workstationWire } from './officeWire';

/** Office network mode: the workstations enrolled with the office host, and sealing the host. */
export const officeChannels = {
  'office.createEnrollmentCode': channel(createEnrolmentCodeInputSchema, ADMIN, enrolmentCodeWire),
  'office.mode': channel(noInput, ADMIN, officeModeWire),
  'office.listWorkstations': channel(noInput, ADMIN, z.array(workstationListItemWire)),
  'office.revokeWorkstation': channel(workstationIdInputSchema, ADMIN, workstationWire),
  /** Ends every session on the host and drops the database key until the next sign-in or the recovery key. */
  'office.seal': channel(noInput, ADMIN, returns<null>()),
  'office.unseal': channel(unsealInputSchema, 'public', returns<null>()),
};
