import { Stack } from '@mantine/core';
import { useCompliance } from '../../api/compliance';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import type { ClientProfile } from '../clients/profileTypes';
import { AttendanceSection } from './AttendanceSection';
import { ConditionProgressSection } from './ConditionProgressSection';
import { LedgerSection } from './LedgerSection';
import { ServiceHoursSection } from './ServiceHoursSection';

/** How the client is keeping the conditions: status and progress of each, hours, money and programme sessions. */
export function ComplianceTab({ profile }: { profile: ClientProfile }) {
  const clientId = profile.client.id;
  const compliance = useCompliance(clientId);
  if (!compliance.data) return compliance.isPending ? <PageLoader /> : <ErrorAlert error={compliance.error} />;
  const record = compliance.data;
  return (
    <Stack>
      <ConditionProgressSection conditions={record.conditions} />
      <ServiceHoursSection clientId={clientId} record={record} />
      <LedgerSection clientId={clientId} record={record} />
      <AttendanceSection clientId={clientId} record={record} />
    </Stack>
  );
}
