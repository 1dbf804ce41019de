import { Stack } from '@mantine/core';
import { useBackupOverview } from '../../api/backup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupStatusSection } from './BackupStatusSection';
import { ExportRecordsSection } from './ExportRecordsSection';
import { RestoreBackupSection } from './RestoreBackupSection';

export function BackupsPage() {
  const overview = useBackupOverview();
  return (
    <>
      <PageHeader title="Backups" description="Verified, encrypted copies of the office, restoring one, and exports of records." />
      <ErrorAlert error={overview.error} />
      {overview.isPending && <PageLoader />}
      {overview.data && (
        <Stack maw={860}>
          <BackupStatusSection overview={overview.data} />
          <BackupSettingsForm initial={overview.data.settings} />
          <RestoreBackupSection />
          <ExportRecordsSection />
        </Stack>
      )}
    </>
  );
}
