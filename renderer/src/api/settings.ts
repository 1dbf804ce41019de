import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import { DEFAULT_CURRENCY } from '../../../electron/api/format/money';
import { call } from './client';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings.all, queryFn: () => call('settings.get', {}) });
}

/** The office's currency for money on screen; USD until the settings have loaded. */
export function useCurrency(): string {
  return useSettings().data?.office.currency ?? DEFAULT_CURRENCY;
}

export function useSettingsChange<C extends 'settings.updateOffice' | 'settings.updateSecurity' | 'settings.updateEnforcement' | 'settings.updateSchedule' | 'settings.updateContactStandards' | 'settings.updateOpportunities'>(channel: C) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings.all });
      // The status carries the office name shown in the header and the idle-lock time.
      void queryClient.invalidateQueries({ queryKey: queryKeys.auth.status });
    },
  });
}
