import { List, Modal, Text, Timeline } from '@mantine/core';
import { useDirectory } from '../../api/users';
import { formatLocalTime } from '../../components/formatTime';
import { userNameOf } from '../clients/officerOptions';
import { goalChanges } from './goalChanges';
import type { PlanGoal } from './planTypes';

/** How one goal changed over time, oldest first: what was set, then each change with who made it, when and why. */
export function GoalHistory({ goal, onClose }: { goal: PlanGoal; onClose: () => void }) {
  const directory = useDirectory();
  const changedBy = userNameOf(directory.data);
  return (
    <Modal opened onClose={onClose} title="History of the goal" size="lg">
      <Text mb="md">{goal.goal}</Text>
      <Timeline bulletSize={14} lineWidth={2} aria-label="Changes to the goal">
        {goal.history.map((change) => (
          <Timeline.Item key={change.id} title={change.before === null ? 'Goal set' : 'Goal changed'}>
            <Text size="sm" c="dimmed">
              {formatLocalTime(change.changedAt)} by {changedBy(change.changedBy)}
            </Text>
            <List size="sm" spacing={2} mt={4}>
              {goalChanges(change.before, change.after).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
            {change.note && (
              <Text size="sm" mt={4}>
                Note: {change.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Modal>
  );
}
