import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { VIOLATION_STATUSES } from '../../../../electron/api/violations/violationsCodes';
import { useViolationChange, type ViolationWithResponses } from '../../api/violations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FactList } from '../../components/FactList';
import { SmallButton } from '../../components/SmallButton';
import { StatusMenu } from '../../components/StatusMenu';
import { formatDate } from '../clients/formatClient';
import { RESPONSE_TYPE_LABELS, VIOLATION_STATUS_COLORS, VIOLATION_STATUS_LABELS } from './violationLabels';

export type ViolationAction = 'respond' | 'edit';

interface ViolationCardProps {
  violation: ViolationWithResponses;
  /** The condition violated, as the profile words it; empty when none. */
  condition: string;
  /** How the linked notes and tests are named. */
  linkLabels: { notes: string[]; tests: string[] };
  nameOf: (userId: number | null) => string;
  onAction: (action: ViolationAction, violation: ViolationWithResponses) => void;
}

function ResponseList({ violation, nameOf }: Pick<ViolationCardProps, 'violation' | 'nameOf'>) {
  if (violation.responses.length === 0) return <Text c="dimmed">No response recorded yet.</Text>;
  return (
    <List spacing={4}>
      {violation.responses.map((response) => (
        <List.Item key={response.id}>
          {formatDate(response.responseDate)}: <strong>{RESPONSE_TYPE_LABELS[response.responseType]}</strong>
          {response.sanction && ` (${response.sanction})`}
          {response.details && ` — ${response.details}`}{' '}
          <Text span size="sm" c="dimmed">
            by {nameOf(response.respondedBy)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** One violation with its evidence and every response to it, oldest first. */
export function ViolationCard({ violation, condition, linkLabels, nameOf, onAction }: ViolationCardProps) {
  const titleId = useId();
  const setStatus = useViolationChange('violations.setStatus');
  const title = `Violation of ${formatDate(violation.violationDate)}`;
  return (
    <Paper component="article" aria-labelledby={titleId} withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={titleId}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              Recorded by {nameOf(violation.createdBy)}, {formatDate(violation.createdAt)}
            </Text>
          </div>
          <Group gap="xs">
            <Badge color="gray">{violation.severity}</Badge>
            <Badge color={VIOLATION_STATUS_COLORS[violation.status]}>{VIOLATION_STATUS_LABELS[violation.status]}</Badge>
          </Group>
        </Group>
        <FactList
          cols={2}
          facts={[
            ['Condition violated', condition || 'None (new offense or other conduct)'],
            ['Description', violation.description],
            ['Notes', linkLabels.notes.join('\n')],
            ['Drug tests', linkLabels.tests.join('\n')],
          ]}
        />
        <section aria-label="Responses">
          <Title order={4} size="h6" mb={4}>
            Responses
          </Title>
          <ResponseList violation={violation} nameOf={nameOf} />
        </section>
        <ErrorAlert error={setStatus.error} title="The status was not changed" />
        <Group justify="flex-end" gap="xs">
          <SmallButton aria-label={`Record response: ${title}`} onClick={() => onAction('respond', violation)}>
            Record response
          </SmallButton>
          <SmallButton aria-label={`Edit: ${title}`} onClick={() => onAction('edit', violation)}>
            Edit
          </SmallButton>
          <StatusMenu
            label={`Set status: ${title}`}
            statuses={VIOLATION_STATUSES}
            current={violation.status}
            labels={VIOLATION_STATUS_LABELS}
            pending={setStatus.isPending}
            onChoose={(status) => setStatus.mutate({ violationId: violation.id, status })}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
