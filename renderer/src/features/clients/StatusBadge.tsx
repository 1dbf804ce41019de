import { Badge } from '@mantine/core';
import type { ClientStatus } from '../../../../electron/api/clients/clientsCodes';
import { STATUS_COLORS, STATUS_LABELS } from './clientLabels';

export function StatusBadge({ status }: { status: ClientStatus }) {
  return <Badge color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Badge>;
}
