import { Menu } from '@mantine/core';
import { SmallButton } from './SmallButton';

interface StatusMenuProps<S extends string> {
  /** Names the button for screen readers: "Set status: Violation of 3 Mar 2025". */
  label: string;
  statuses: readonly S[];
  current: S;
  labels: Record<S, string>;
  pending: boolean;
  onChoose: (status: S) => void;
}

/** "Set status" and the statuses a record can move to (all but its own). */
export function StatusMenu<S extends string>({ label, statuses, current, labels, pending, onChoose }: StatusMenuProps<S>) {
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <SmallButton aria-label={label} loading={pending}>
          Set status
        </SmallButton>
      </Menu.Target>
      <Menu.Dropdown>
        {statuses
          .filter((status) => status !== current)
          .map((status) => (
            <Menu.Item key={status} onClick={() => onChoose(status)}>
              {labels[status]}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
