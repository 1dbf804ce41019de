import { useQuery } from '@tanstack/react-query';
import { useChannelMutation } from './channelMutation';
import { call } from './client';
import { queryKeys } from './queryKeys';

export function useCompliance(clientId: number) {
  return useQuery({ queryKey: queryKeys.compliance.client(clientId), queryFn: () => call('compliance.get', { clientId }) });
}

/** What a new entry (or a condition's new status) makes stale: the compliance tab, and the timeline for entries. */
const complianceOf = (row: { clientId: number }) => [queryKeys.compliance.client(row.clientId), queryKeys.timeline.client(row.clientId)];

export const useLogServiceHours = () => useChannelMutation('compliance.logServiceHours', complianceOf);
export const useAddLedgerEntry = () => useChannelMutation('compliance.addLedgerEntry', complianceOf);
export const useRecordAttendance = () => useChannelMutation('compliance.recordAttendance', complianceOf);

/** A condition's status shows on the court tab (the profile) and beside its progress on the compliance tab. */
export const useSetConditionStatus = () => useChannelMutation('clients.setConditionStatus', (row) => [queryKeys.clients.all, ...complianceOf(row)]);
