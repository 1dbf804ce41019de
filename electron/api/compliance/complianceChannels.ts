import { ALL, channel, returns } from '../channel';
import { type CommunityServiceRow, type LedgerEntryRow, type ProgrammeAttendanceRow } from '../../../db/schema';
import { type ComplianceRecord } from '../../services/compliance/complianceRecord';
import { addLedgerEntryInputSchema, logServiceHoursInputSchema, recordAttendanceInputSchema } from './complianceSchemas';
import { clientIdInputSchema } from '../clients/clientsSchemas';

export const complianceChannels = {
  'compliance.get': channel(clientIdInputSchema, ALL, returns<ComplianceRecord>()),
  'compliance.logServiceHours': channel(logServiceHoursInputSchema, ALL, returns<CommunityServiceRow>()),
  'compliance.addLedgerEntry': channel(addLedgerEntryInputSchema, ALL, returns<LedgerEntryRow>()),
  'compliance.recordAttendance': channel(recordAttendanceInputSchema, ALL, returns<ProgrammeAttendanceRow>()),
};
