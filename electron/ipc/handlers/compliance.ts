import type { Channel } from '../../api/contract';
import { addLedgerEntry, logServiceHours, recordAttendance } from '../../services/compliance/complianceEntries';
import { getCompliance } from '../../services/compliance/complianceRecord';
import type { HandlerGroup } from './types';

export const complianceHandlers: HandlerGroup<Extract<Channel, `compliance.${string}`>> = {
  'compliance.get': ({ ctx }, input) => getCompliance(ctx, input.clientId),
  'compliance.logServiceHours': ({ ctx }, input) => logServiceHours(ctx, input),
  'compliance.addLedgerEntry': ({ ctx }, input) => addLedgerEntry(ctx, input),
  'compliance.recordAttendance': ({ ctx }, input) => recordAttendance(ctx, input),
};
