import { Stack, Table, Text } from '@mantine/core';
import { useCurrency } from '../../api/settings';
import { useState } from 'react';
import { countsServiceHours } from '../../../../electron/api/compliance/complianceSchemas';
import { RecordTable } from '../../components/RecordTable';
import { SmallButton } from '../../components/SmallButton';
import { TitledSection } from '../../components/TitledSection';
import { formatDate } from '../clients/formatClient';
import type { ComplianceRecord } from './complianceTypes';
import { ENTRY_END_COLUMNS, useEntryEndCells } from './useEntryEndCells';
import { conditionNumbers, conditionOptions } from './conditionChoices';
import { conditionProgressText, remainingOf } from './conditionProgressText';
import { ServiceHoursModal } from './ServiceHoursModal';
import { formatHours } from './units';

/** Hours worked against each community-service order: what is logged, what remains, and every entry. */
export function ServiceHoursSection({ clientId, record }: { clientId: number; record: ComplianceRecord }) {
  const [logging, setLogging] = useState(false);
  const currency = useCurrency();
  const endCells = useEntryEndCells(record.conditions);
  const numberOf = conditionNumbers(record.conditions);
  const orders = record.conditions.filter(({ condition }) => countsServiceHours(condition));
  const agencies = [...new Set(record.serviceHours.map((entry) => entry.agency))];

  return (
    <TitledSection title="Community service" actions={orders.length > 0 && <SmallButton onClick={() => setLogging(true)}>Log hours</SmallButton>}>
      <Stack>
        {orders.length === 0 && <Text c="dimmed">No community-service condition is recorded; add one on the court and conditions tab to log hours.</Text>}
        {orders.map((order) => {
          const remaining = remainingOf(order);
          return (
            <Text key={order.condition.id}>
              Condition {numberOf(order.condition.id)}: {conditionProgressText(order, currency)}
              {remaining !== null && `; ${formatHours(remaining)} remaining`}.
            </Text>
          );
        })}
        {orders.length > 0 && (
          <RecordTable
            label="Community-service hours"
            columns={['Date', 'Hours', 'Placement agency', 'Verified by', ...ENTRY_END_COLUMNS]}
            rows={record.serviceHours}
            emptyText="No hours logged yet."
            minWidth={900}
          >
            {(entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatDate(entry.serviceDate)}</Table.Td>
                <Table.Td>{formatHours(entry.minutes / 60)}</Table.Td>
                <Table.Td>{entry.agency}</Table.Td>
                <Table.Td>{entry.verifiedBy}</Table.Td>
                {endCells(entry)}
              </Table.Tr>
            )}
          </RecordTable>
        )}
      </Stack>
      {logging && (
        <ServiceHoursModal clientId={clientId} conditions={conditionOptions(record.conditions, countsServiceHours)} agencies={agencies} onClose={() => setLogging(false)} />
      )}
    </TitledSection>
  );
}
