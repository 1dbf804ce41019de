import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { LineList } from '../../components/LineList';
import { SmallButton } from '../../components/SmallButton';
import { formatDate } from '../clients/formatClient';
import { GOAL_STATUS_COLORS, GOAL_STATUS_LABELS } from './planLabels';
import type { PlanGoal } from './planTypes';

interface GoalCardProps {
  goal: PlanGoal;
  /** Names the goal's buttons for screen readers: "Goal 2". */
  name: string;
  onEdit: () => void;
  onChangeStatus: () => void;
  onShowHistory: () => void;
}

const isOpen = (goal: PlanGoal) => goal.status === 'open' || goal.status === 'in_progress';

/** One goal: status, target date (flagged once passed while the goal is still open), action steps and its actions. */
export function GoalCard({ goal, name, onEdit, onChangeStatus, onShowHistory }: GoalCardProps) {
  const overdue = isOpen(goal) && goal.targetDate !== null && goal.targetDate < today();
  return (
    <Paper withBorder p="md" component="article" aria-label={name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text fw={600}>{goal.goal}</Text>
          <Group gap="xs">
            <Badge color={GOAL_STATUS_COLORS[goal.status]}>{GOAL_STATUS_LABELS[goal.status]}</Badge>
            {goal.targetDate && (
              <Text size="sm" fw={overdue ? 700 : undefined} c={overdue ? 'red.9' : undefined}>
                Target {formatDate(goal.targetDate)}
                {overdue && ' (passed)'}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {goal.history.length === 1 ? 'Set once, never changed' : `Changed ${goal.history.length - 1} ${goal.history.length === 2 ? 'time' : 'times'}`}
            </Text>
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <SmallButton aria-label={`Change status of ${name.toLowerCase()}`} onClick={onChangeStatus}>
            Change status
          </SmallButton>
          <SmallButton aria-label={`Edit ${name.toLowerCase()}`} onClick={onEdit}>
            Edit
          </SmallButton>
          <SmallButton aria-label={`History of ${name.toLowerCase()}`} onClick={onShowHistory}>
            History
          </SmallButton>
        </Group>
      </Group>
      {goal.actionSteps.length > 0 && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>
            Action steps
          </Text>
          <LineList lines={goal.actionSteps.map((step) => (step.done ? `${step.text} (done)` : step.text))} none="" />
        </Stack>
      )}
    </Paper>
  );
}
