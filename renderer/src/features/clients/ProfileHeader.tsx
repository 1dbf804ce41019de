import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ChronologyExportButton } from '../reports/ChronologyExportButton';
import { ClientPhoto } from './ClientPhoto';
import { LEVEL_LABELS } from './clientLabels';
import { ageOn, formatDate, fullName } from './formatClient';
import type { ProfileClient } from './profileTypes';
import { StatusBadge } from './StatusBadge';

interface ProfileHeaderProps {
  client: ProfileClient;
  onEditAlerts: () => void;
  /** The client's standing against the contact standards, shown on the summary line. */
  standing: ReactNode;
}

/**
 * Who the client is at a glance, in a few lines so the record starts high on the screen: a small photo, the name
 * with the case, status, level, officer and contact standards beside it, and the safety alerts where nobody can miss them.
 */
export function ProfileHeader({ client, onEditAlerts, standing }: ProfileHeaderProps) {
  const name = fullName(client);
  useDocumentTitle(`${name} · Probation Desk`);
  return (
    <Stack gap="xs" mb="sm">
      <Group align="center" wrap="nowrap" gap="md">
        <ClientPhoto clientId={client.id} hasPhoto={client.hasPhoto} name={name} size="small" />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="center" gap="sm">
            <Title order={1} size="h2">
              {name}
            </Title>
            <Group gap="xs">
              <ChronologyExportButton client={client} />
              <Button variant="default" onClick={onEditAlerts}>
                {client.safetyAlerts ? 'Edit safety alerts' : 'Add safety alert'}
              </Button>
            </Group>
          </Group>
          <Text c="dimmed" size="sm">
            Case {client.caseNumber} · born {formatDate(client.dateOfBirth)} (age {ageOn(client.dateOfBirth)}) · supervised since {formatDate(client.supervisionStartDate)}
          </Text>
          <Group gap="md" wrap="wrap" aria-label="Supervision summary" role="group">
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                Status
              </Text>
              <StatusBadge status={client.status} />
            </Group>
            <Text size="sm">
              <Text span c="dimmed">
                Level{' '}
              </Text>
              <strong>{LEVEL_LABELS[client.supervisionLevel]}</strong>
            </Text>
            <Text size="sm">
              <Text span c="dimmed">
                Officer{' '}
              </Text>
              <strong>{client.assignedOfficerName}</strong>
            </Text>
            {standing}
          </Group>
        </Stack>
      </Group>
      {client.safetyAlerts && (
        <Alert
          color="red"
          variant="outline"
          role="note"
          aria-label="Safety alerts"
          p="xs"
          title={
            <Text fw={700} c="red.9">
              Safety alerts
            </Text>
          }
        >
          <Text style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
            {client.safetyAlerts}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
