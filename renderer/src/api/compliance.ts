import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';

export const useCompliance = (clientId: number) => useChannelQuery('compliance.get', { clientId });

export const useLogServiceHours = () => useChannelMutation('compliance.logServiceHours', ['compliance', 'timeline']);
export const useAddLedgerEntry = () => useChannelMutation('compliance.addLedgerEntry', ['compliance', 'timeline']);
export const useRecordAttendance = () => useChannelMutation('compliance.recordAttendance', ['compliance', 'timeline']);

/** A condition's status shows on the court tab (the profile) and beside its progress on the compliance tab. */
export const useSetConditionStatus = () => useChannelMutation('clients.setConditionStatus', ['clients', 'compliance', 'timeline']);
