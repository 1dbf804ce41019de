import { Menu } from '@mantine/core';
import { CONDITION_STATUSES } from '../../../../electron/api/clients/clientsCodes';
import type { ChannelMutation } from '../../api/channelMutation';
import { SmallButton } from '../../components/SmallButton';
import { CONDITION_STATUS_LABELS } from './clientLabels';
import type { ConditionRow } from './profileTypes';

interface ConditionStatusMenuProps {
  condition: Pick<ConditionRow, 'id' | 'status'>;
  /** Names the button for screen readers: "Set status of condition 2". */
  label: string;
  mutation: ChannelMutation<'clients.setConditionStatus'>;
}

/** "Set status" and the statuses a condition can move to; the caller shows the host's refusal. */
export function ConditionStatusMenu({ condition, label, mutation }: ConditionStatusMenuProps) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <SmallButton aria-label={label} loading={mutation.isPending && mutation.variables.conditionId === condition.id}>
          Set status
        </SmallButton>
      </Menu.Target>
      <Menu.Dropdown>
        {CONDITION_STATUSES.filter((status) => status !== condition.status).map((status) => (
          <Menu.Item key={status} onClick={() => mutation.mutate({ conditionId: condition.id, status })}>
            {CONDITION_STATUS_LABELS[status]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
