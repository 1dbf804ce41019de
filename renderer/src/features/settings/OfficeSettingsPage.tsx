import { Stack } from '@mantine/core';
import { useSettings } from '../../api/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { OfficeDetailsForm } from './OfficeDetailsForm';
import { EnforcementForm } from './EnforcementForm';
import { ContactStandardsForm } from './ContactStandardsForm';
import { OpportunitiesForm } from './OpportunitiesForm';
import { ScheduleSettingsForm } from './ScheduleSettingsForm';
import { SecurityForm } from './SecurityForm';

export function OfficeSettingsPage() {
  const settings = useSettings();
  return (
    <>
      <PageHeader title="Office settings" />
      <ErrorAlert error={settings.error} />
      {settings.isPending && <PageLoader />}
      {settings.data && (
        <Stack maw={720}>
          <OfficeDetailsForm initial={settings.data.office} />
          <SecurityForm initial={settings.data.security} />
          <EnforcementForm initial={settings.data.enforcement} />
          <ScheduleSettingsForm initial={settings.data.schedule} />
          <ContactStandardsForm initial={settings.data.contactStandards} />
          <OpportunitiesForm initial={settings.data.opportunities} />
        </Stack>
      )}
    </>
  );
}
