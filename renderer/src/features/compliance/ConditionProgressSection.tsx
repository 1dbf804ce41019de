import { Badge, Progress, Stack, Table, Text } from '@mantine/core';
import { useCurrency } from '../../api/settings';
import { useSetConditionStatus } from '../../api/compliance';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordTable } from '../../components/RecordTable';
import { TitledSection } from '../../components/TitledSection';
import { CONDITION_STATUS_LABELS, CONDITION_TYPE_LABELS } from '../clients/clientLabels';
import { ConditionStatusMenu } from '../clients/ConditionStatusMenu';
import { CONDITION_STATUS_COLORS } from './complianceLabels';
import type { ConditionProgress } from './complianceTypes';
import { conditionProgressText } from './conditionProgressText';

function ProgressCell({ progress, number }: { progress: ConditionProgress; number: number }) {
  const text = conditionProgressText(progress, useCurrency());
  if (text === null) return <Text c="dimmed">Not counted</Text>;
  return (
    <Stack gap={4}>
      {progress.percent !== null && <Progress value={progress.percent} color={progress.targetReached ? 'green' : 'blue'} aria-label={`Progress of condition ${number}`} />}
      <Text size="sm">
        {text}
        {progress.percent !== null && ` (${progress.percent}%)`}
      </Text>
      {progress.targetReached && progress.condition.status !== 'complied' && (
        <Text size="sm" fw={600}>
          Target reached: set the status to complied when the order is satisfied.
        </Text>
      )}
    </Stack>
  );
}

/** Each condition's status, set by the officer, beside the progress the record shows towards its target. */
export function ConditionProgressSection({ conditions }: { conditions: ConditionProgress[] }) {
  const setStatus = useSetConditionStatus();
  return (
    <TitledSection title="Conditions">
      <ErrorAlert error={setStatus.error} title="The condition's status was not changed" />
      <RecordTable label="Condition compliance" columns={['#', 'Condition', 'Status', 'Progress', 'Actions']} rows={conditions} emptyText="No conditions recorded." minWidth={820}>
        {(progress, index) => (
          <Table.Tr key={progress.condition.id}>
            <Table.Td>{index + 1}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {CONDITION_TYPE_LABELS[progress.condition.type]}
              </Text>
              {progress.condition.text}
            </Table.Td>
            <Table.Td miw={130}>
              <Badge color={CONDITION_STATUS_COLORS[progress.condition.status]}>{CONDITION_STATUS_LABELS[progress.condition.status]}</Badge>
            </Table.Td>
            <Table.Td miw={220}>
              <ProgressCell progress={progress} number={index + 1} />
            </Table.Td>
            <Table.Td>
              <ConditionStatusMenu condition={progress.condition} label={`Set status of condition ${index + 1}`} mutation={setStatus} />
            </Table.Td>
          </Table.Tr>
        )}
      </RecordTable>
    </TitledSection>
  );
}
