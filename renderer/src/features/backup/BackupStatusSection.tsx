import { Alert, Button, Progress, Stack, Table, Text } from '@mantine/core';
import type { BackupOverview, BackupPhase } from '../../../../electron/api/backup/backupWire';
import { useBackupProgress, useRunBackup } from '../../api/backup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FactList } from '../../components/FactList';
import { formatLocalTime } from '../../components/formatTime';
import { notifySuccess } from '../../components/notifySuccess';
import { RecordTable } from '../../components/RecordTable';
import { TitledSection } from '../../components/TitledSection';
import { formatSize } from './formatSize';

const PHASE_LABELS: Record<BackupPhase, string> = {
  copy: 'Copying the database',
  verify: 'Verifying the copy',
  finish: 'Finishing and removing backups no longer kept',
};

/** The last backup and its verification, the backups kept in the folder, and "Back up now" with its progress. */
export function BackupStatusSection({ overview, onHost }: { overview: BackupOverview; onHost: boolean }) {
  const run = useRunBackup();
  // A backup started by the schedule or a sign-out shows its progress too.
  const running = run.isPending || overview.running;
  const progress = useBackupProgress(running).data?.progress ?? null;
  const { lastGood, lastFailure } = overview.status;
  const failedSinceLastGood = lastFailure && (!lastGood || lastFailure.at > lastGood.at) ? lastFailure : null;
  const where = onHost ? ' on the office host' : '';
  const backUp = () => run.mutate({}, { onSuccess: (result) => notifySuccess(`Backup written and verified: ${result.dir}${where}.`) });

  return (
    <TitledSection
      title="Backups of this office"
      actions={
        <Button onClick={backUp} disabled={running || !overview.settings.folder}>
          Back up now
        </Button>
      }
    >
      <Stack>
        {!overview.settings.folder && <Text>Choose a backup folder under Backup settings below: nothing is backed up until then.</Text>}
        {running && (
          <div>
            <Text size="sm" mb={4}>
              {progress ? PHASE_LABELS[progress.phase] : 'Starting the backup'}…
            </Text>
            <Progress value={Math.round((progress?.fraction ?? 0) * 100)} aria-label="Backup progress" animated />
          </div>
        )}
        <ErrorAlert error={run.error} title="The backup failed" />
        {failedSinceLastGood && !run.error && (
          <Alert color="red" variant="light" title={`The backup of ${formatLocalTime(failedSinceLastGood.at)} failed`}>
            {failedSinceLastGood.message}
          </Alert>
        )}
        <FactList
          cols={2}
          facts={[
            [`Backup folder${where}`, overview.settings.folder ?? 'Not chosen'],
            ['Last verified backup', lastGood ? formatLocalTime(lastGood.at) : 'None yet'],
            ['Size', lastGood && formatSize(lastGood.sizeBytes)],
            ['Verification', lastGood?.message],
          ]}
        />
        <RecordTable label="Backups kept" columns={['Made', 'Size', 'Folder']} rows={overview.backups} emptyText="There are no backups in the backup folder yet." minWidth={640}>
          {(backup) => (
            <Table.Tr key={backup.name}>
              <Table.Td>{formatLocalTime(backup.createdAt)}</Table.Td>
              <Table.Td>{formatSize(backup.sizeBytes)}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{backup.dir}</Table.Td>
            </Table.Tr>
          )}
        </RecordTable>
      </Stack>
    </TitledSection>
  );
}
