import type { Channel } from '../../api/contract';
import { addLedgerEntry, logServiceHours, recordAttendance } from '../../services/compliance/complianceEntries';
import { getCompliance } from '../../services/compliance/complianceRecord';
import type { HandlerGroup } from './types';

export const complianceHandlers: HandlerGroup<Extract<Channel, `compliance.${string}`>> = {
  'compliance.get': ({ sessions }, input) => getCompliance(sessions.requireActive().ctx, input.clientId),
  'compliance.logServiceHours': ({ sessions }, input) => logServiceHours(sessions.requireActive().ctx, input),
  'compliance.addLedgerEntry': ({ sessions }, input) => addLedgerEntry(sessions.requireActive().ctx, input),
  'compliance.recordAttendance': ({ sessions }, input) => recordAttendance(sessions.requireActive().ctx, input),
};
