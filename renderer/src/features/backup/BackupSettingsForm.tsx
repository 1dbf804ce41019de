import { Checkbox, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { BackupSettings } from '../../../../electron/api/backup/backupSchemas';
import { useBackupSettingsChange } from '../../api/backup';
import { notifySuccess } from '../../components/notifySuccess';
import { useChannelForm } from '../../components/useChannelForm';
import { SettingsSection } from '../settings/SettingsSection';

// Inputs hold "none" as '' (no folder, no daily time) and an emptied number box as ''.
interface BackupSettingsValues extends Record<string, unknown> {
  folder: string;
  dailyAt: string;
  onLastSignOut: boolean;
  keepDaily: number | string;
  keepWeekly: number | string;
  keepMonthly: number | string;
  warnAfterDays: number | string;
}

const toInput = ({ folder, dailyAt, ...rest }: BackupSettingsValues) => ({ ...rest, folder: folder.trim() || null, dailyAt: dailyAt || null });

const numberProps = { allowDecimal: false, allowNegative: false, clampBehavior: 'none', maw: 200 } as const;

/** Where backups go, when they are made and how many are kept (settings key `backup`). */
export function BackupSettingsForm({ initial, onHost }: { initial: BackupSettings; onHost: boolean }) {
  const save = useBackupSettingsChange();
  const { form, submit, formError, pending } = useChannelForm('backup.updateSettings', save, {
    initialValues: { ...initial, folder: initial.folder ?? '', dailyAt: initial.dailyAt ?? '' },
    toInput,
    onSaved: () => notifySuccess('Backup settings saved.'),
  });
  return (
    <SettingsSection
      title="Backup settings"
      description="Back up to a drive kept apart from this computer (a USB drive, a share on the office network). Each backup is encrypted with the office key and checked after it is written."
      error={formError}
      pending={pending}
      onSubmit={submit}
    >
      <TextInput
        label="Backup folder"
        description={`A full path to an existing folder${onHost ? ' on the office host, which makes the backups' : ''}, for example E:\\Backups or /media/usb/backups. Leave empty to make no backups.`}
        {...form.getInputProps('folder')}
      />
      <TextInput
        type="time"
        label="Daily backup at"
        description={`On the office clock, ${onHost ? 'while the office host is unsealed' : 'while someone is signed in'}; a missed time is caught up. Leave empty for no daily backup.`}
        maw={420}
        {...form.getInputProps('dailyAt')}
      />
      {/* The host keeps the key after a sign-out, so its schedule does this job. */}
      {!onHost && <Checkbox label="Back up at every sign-out" {...form.getInputProps('onLastSignOut', { type: 'checkbox' })} />}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label="Daily backups kept" {...numberProps} {...form.getInputProps('keepDaily')} />
        <NumberInput label="Weekly backups kept" {...numberProps} {...form.getInputProps('keepWeekly')} />
        <NumberInput label="Monthly backups kept" {...numberProps} {...form.getInputProps('keepMonthly')} />
      </SimpleGrid>
      <NumberInput
        label="Warn after (days)"
        description="Home warns everyone when the last verified backup is older than this."
        {...numberProps}
        maw={420}
        {...form.getInputProps('warnAfterDays')}
      />
    </SettingsSection>
  );
}
