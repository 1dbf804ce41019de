import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import { call } from './client';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

export function useAuditLog(input: ChannelInput<'audit.list'>) {
  return useQuery({
    queryKey: queryKeys.audit.list(input),
    queryFn: () => call('audit.list', input),
    placeholderData: keepPreviousData,
  });
}

/** Verifying and exporting are audited themselves, so the list is re-read afterwards. */
const refreshAuditLog = () => queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => call('audit.verify', {}), onSuccess: refreshAuditLog });
}

export function useExportAudit() {
  return useMutation({ mutationFn: (input: ChannelInput<'audit.export'>) => call('audit.export', input), onSuccess: refreshAuditLog });
}
