import { useMutation } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../electron/api/contract';
import { applyAuthStatus } from './auth';
import { useChannelMutation } from './channelMutation';
import { useChannelQuery } from './channelQuery';
import { call } from './client';

/** How often a running backup's progress is read: often enough for the bar to move smoothly. */
const PROGRESS_POLL_MS = 500;
/** While a backup someone else started (the schedule, a sign-out) runs, the overview is re-read until it ends. */
const RUNNING_POLL_MS = 2_000;

export const useBackupOverview = () => useChannelQuery('backup.overview', {}, { refetchInterval: (query) => (query.state.data?.running ? RUNNING_POLL_MS : false) });
export const useBackupProgress = (running: boolean) => useChannelQuery('backup.progress', {}, { enabled: running, refetchInterval: PROGRESS_POLL_MS });
export const useBackupHealth = () => useChannelQuery('backup.health', {});

export const useBackupSettingsChange = () => useChannelMutation('backup.updateSettings');
export const useRunBackup = () => useChannelMutation('backup.run', ['backup', 'audit']);

/**
 * A restore ends every session (the database it had open is gone) or, on a new workstation, creates the
 * office: either way the gate re-reads the status and shows the sign-in screen. `onRestored` runs first,
 * while the screen that asked is still mounted (the status change unmounts it).
 */
export function useRestoreBackup<C extends 'backup.restore' | 'backup.restoreFirstRun'>(channel: C, onRestored: (result: ChannelOutput<C>) => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: async (result) => {
      onRestored(result);
      applyAuthStatus(await call('auth.status', {}));
    },
  });
}

export const useExportRecords = () => useChannelMutation('export.records', []);
