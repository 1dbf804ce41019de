import { ALL, channel } from '../channel';
import { addLedgerEntryInputSchema, logServiceHoursInputSchema, recordAttendanceInputSchema } from './complianceSchemas';
import { clientIdInputSchema } from '../clients/clientsSchemas';
import { attendanceWire, complianceRecordWire, ledgerEntryWire, serviceHoursWire } from './complianceWire';

export const complianceChannels = {
  'compliance.get': channel(clientIdInputSchema, ALL, complianceRecordWire),
  'compliance.logServiceHours': channel(logServiceHoursInputSchema, ALL, serviceHoursWire),
  'compliance.addLedgerEntry': channel(addLedgerEntryInputSchema, ALL, ledgerEntryWire),
  'compliance.recordAttendance': channel(recordAttendanceInputSchema, ALL, attendanceWire),
};
