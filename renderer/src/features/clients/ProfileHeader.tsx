import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { ChronologyExportButton } from '../reports/ChronologyExportButton';
import { ClientPhoto } from './ClientPhoto';
import { LEVEL_LABELS } from './clientLabels';
import { ageOn, formatDate, fullName } from './formatClient';
import type { ProfileClient } from './profileTypes';
import { StatusBadge } from './StatusBadge';

/** Who the client is at a glance, and the safety alerts where nobody can miss them. */
export function ProfileHeader({ client, onEditAlerts }: { client: ProfileClient; onEditAlerts: () => void }) {
  const name = fullName(client);
  return (
    <Stack gap="md" mb="lg">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <ClientPhoto clientId={client.id} hasPhoto={client.hasPhoto} name={name} />
        <Stack gap="xs" style={{ flex: 1 }}>
          <PageHeader
            title={name}
            description={`Case ${client.caseNumber} · born ${formatDate(client.dateOfBirth)} (age ${ageOn(client.dateOfBirth)})`}
            actions={
              <>
                <ChronologyExportButton client={client} />
                <Button variant="default" onClick={onEditAlerts}>
                  {client.safetyAlerts ? 'Edit safety alerts' : 'Add safety alert'}
                </Button>
              </>
            }
          />
          <Group gap="xl" aria-label="Supervision summary" role="group">
            <Group gap="xs">
              <Text c="dimmed">Status</Text>
              <StatusBadge status={client.status} />
            </Group>
            <Text>
              <Text span c="dimmed">
                Supervision level{' '}
              </Text>
              <strong>{LEVEL_LABELS[client.supervisionLevel]}</strong>
            </Text>
            <Text>
              <Text span c="dimmed">
                Officer{' '}
              </Text>
              <strong>{client.assignedOfficerName}</strong>
            </Text>
            <Text>
              <Text span c="dimmed">
                Supervised since{' '}
              </Text>
              <strong>{formatDate(client.supervisionStartDate)}</strong>
            </Text>
          </Group>
        </Stack>
      </Group>
      {client.safetyAlerts && (
        <Alert
          color="red"
          variant="outline"
          role="note"
          aria-label="Safety alerts"
          title={
            <Text fw={700} c="red.9">
              Safety alerts
            </Text>
          }
        >
          <Text style={{ whiteSpace: 'pre-wrap' }}>{client.safetyAlerts}</Text>
        </Alert>
      )}
    </Stack>
  );
}
