import { Stack, Text } from '@mantine/core';
import { useBackupOverview } from '../../api/backup';
import { useOfficeMode } from '../../api/office';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { TitledSection } from '../../components/TitledSection';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupStatusSection } from './BackupStatusSection';
import { ExportRecordsSection } from './ExportRecordsSection';
import { RestoreBackupSection } from './RestoreBackupSection';

export function BackupsPage() {
  const overview = useBackupOverview();
  // On a workstation of an office host, backups are made by the host, into a folder on that machine.
  const onHost = useOfficeMode().data?.mode === 'host';
  return (
    <>
      <PageHeader title="Backups" description="Verified, encrypted copies of the office, restoring one, and exports of records." />
      <ErrorAlert error={overview.error} />
      {overview.isPending && <PageLoader />}
      {overview.data && (
        <Stack maw={860}>
          <BackupStatusSection overview={overview.data} onHost={onHost} />
          <BackupSettingsForm initial={overview.data.settings} onHost={onHost} />
          {onHost ? (
            <TitledSection title="Restore a backup">
              <Text>Every workstation works on the office host&apos;s open database, so office IT restores it at the host while the host is stopped (npm run restore).</Text>
            </TitledSection>
          ) : (
            <RestoreBackupSection />
          )}
          <ExportRecordsSection />
        </Stack>
      )}
    </>
  );
}
