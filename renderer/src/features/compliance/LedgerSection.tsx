import { Stack, Table, Text } from '@mantine/core';
import { useCurrency } from '../../api/settings';
import { useState } from 'react';
import { countsPayments } from '../../../../electron/api/compliance/complianceSchemas';
import { FactList } from '../../components/FactList';
import { RecordTable } from '../../components/RecordTable';
import { SmallButton } from '../../components/SmallButton';
import { TitledSection } from '../../components/TitledSection';
import { formatDate } from '../clients/formatClient';
import { LEDGER_CATEGORY_LABELS, LEDGER_KIND_LABELS } from './complianceLabels';
import type { ComplianceRecord } from './complianceTypes';
import { ENTRY_END_COLUMNS, useEntryEndCells } from './useEntryEndCells';
import { conditionOptions } from './conditionChoices';
import { LedgerEntryModal } from './LedgerEntryModal';
import { owedChange, withRunningBalance } from './runningBalance';
import { formatMoney } from '../../../../electron/api/format/money';

/** "+$50.00" adds to what is owed, "−$25.50" takes from it. */
const signed = (cents: number, currency: string) => (cents === 0 ? formatMoney(0, currency) : `${cents < 0 ? '−' : '+'}${formatMoney(Math.abs(cents), currency)}`);

/** Fees, restitution and fines: the balance owed, per category, and every entry with the balance it left. */
export function LedgerSection({ clientId, record }: { clientId: number; record: ComplianceRecord }) {
  const [adding, setAdding] = useState(false);
  const currency = useCurrency();
  const endCells = useEntryEndCells(record.conditions);
  const { total, byCategory, entries } = record.ledger;

  return (
    <TitledSection title="Fees and restitution" actions={<SmallButton onClick={() => setAdding(true)}>Add ledger entry</SmallButton>}>
      <Stack>
        <FactList
          cols={5}
          facts={[
            ['Balance owed', <strong key="balance">{formatMoney(total.balance, currency)}</strong>],
            ['Charged', formatMoney(total.charged, currency)],
            ['Paid', formatMoney(total.paid, currency)],
            ['Waived', formatMoney(total.waived, currency)],
            ['Adjustments', signed(total.adjustments, currency)],
          ]}
        />
        {byCategory.length > 1 && (
          <Text size="sm">Owed by category: {byCategory.map((row) => `${LEDGER_CATEGORY_LABELS[row.category]} ${formatMoney(row.balance, currency)}`).join(' · ')}</Text>
        )}
        <RecordTable
          label="Ledger entries"
          columns={['Date', 'Entry', 'Category', 'Amount', 'Balance', 'Reference', ...ENTRY_END_COLUMNS]}
          rows={withRunningBalance(entries)}
          emptyText="No charges or payments recorded."
          minWidth={1000}
        >
          {(entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{formatDate(entry.entryDate)}</Table.Td>
              <Table.Td>
                {LEDGER_KIND_LABELS[entry.kind]}
                {entry.adjustment && ` (${entry.adjustment})`}
              </Table.Td>
              <Table.Td>{LEDGER_CATEGORY_LABELS[entry.category]}</Table.Td>
              <Table.Td>{signed(owedChange(entry), currency)}</Table.Td>
              <Table.Td>{formatMoney(entry.balanceAfter, currency)}</Table.Td>
              <Table.Td>{entry.reference}</Table.Td>
              {endCells(entry)}
            </Table.Tr>
          )}
        </RecordTable>
      </Stack>
      {adding && <LedgerEntryModal clientId={clientId} conditions={conditionOptions(record.conditions, countsPayments)} onClose={() => setAdding(false)} />}
    </TitledSection>
  );
}
