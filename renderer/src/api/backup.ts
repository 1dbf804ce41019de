import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../electron/api/contract';
import type { RestoreResult } from '../../../electron/api/backup/backupWire';
import { applyAuthStatus } from './auth';
import { useChannelMutation } from './channelMutation';
import { call } from './client';
import { queryKeys } from './queryKeys';

/** How often a running backup's progress is read: often enough for the bar to move smoothly. */
const PROGRESS_POLL_MS = 500;
/** While a backup someone else started (the schedule, a sign-out) runs, the overview is re-read until it ends. */
const RUNNING_POLL_MS = 2_000;

export function useBackupOverview() {
  return useQuery({
    queryKey: queryKeys.backup.overview,
    queryFn: () => call('backup.overview', {}),
    refetchInterval: (query) => (query.state.data?.running ? RUNNING_POLL_MS : false),
  });
}

export function useBackupProgress(running: boolean) {
  return useQuery({ queryKey: queryKeys.backup.progress, queryFn: () => call('backup.progress', {}), enabled: running, refetchInterval: PROGRESS_POLL_MS });
}

export function useBackupHealth() {
  return useQuery({ queryKey: queryKeys.backup.health, queryFn: () => call('backup.health', {}) });
}

export const useBackupSettingsChange = () => useChannelMutation('backup.updateSettings', () => [queryKeys.backup.all]);

export const useRunBackup = () => useChannelMutation('backup.run', () => [queryKeys.backup.all, queryKeys.audit.all]);

/**
 * A restore ends every session (the database it had open is gone) or, on a new workstation, creates the
 * office: either way the gate re-reads the status and shows the sign-in screen. `onRestored` runs first,
 * while the screen that asked is still mounted (the status change unmounts it).
 */
export function useRestoreBackup<C extends 'backup.restore' | 'backup.restoreFirstRun'>(channel: C, onRestored: (result: RestoreResult) => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async (result) => {
      onRestored(result);
      applyAuthStatus(await call('auth.status', {}));
    },
  });
}

export function useExportRecords() {
  return useMutation({ mutationFn: (input: ChannelInput<'export.records'>) => call('export.records', input) });
}
