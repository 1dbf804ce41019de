import type { Channel } from '../../api/contract';
import { AppError } from '../../api/errors';
import { createEnrolmentCode } from '../../services/office/enrolmentCodes';
import { listWorkstations, revokeWorkstation } from '../../services/office/workstations';
import type { HandlerGroup, OfficeHostControl } from './types';

function hostOf(office: OfficeHostControl | undefined): OfficeHostControl {
  if (!office) throw new AppError('CONFLICT', 'This app is not an office host: there is nothing to seal or unseal.');
  return office;
}

export const officeHandlers: HandlerGroup<Extract<Channel, `office.${string}`>> = {
  'office.createEnrollmentCode': ({ ctx }, input) => createEnrolmentCode(ctx, input.workstationName),
  'office.mode': ({ office }) => ({ mode: office ? 'host' : 'standalone' }),
  'office.listWorkstations': ({ ctx }) => listWorkstations(ctx),
  'office.revokeWorkstation': ({ ctx }, input) => revokeWorkstation(ctx, input.workstationId),
  'office.seal': ({ ctx, office }) => {
    hostOf(office).seal(ctx);
    return null;
  },
  'office.unseal': async ({ office }, input) => {
    await hostOf(office).unsealWithRecoveryKey(input.recoveryKey);
    return null;
  },
};
