import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useCurrency } from '../../api/settings';
import type { LedgerEntry } from '../../../../electron/api/compliance/complianceWire';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useAddLedgerEntry } from '../../api/compliance';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { idSelectProps, optionalNumberProps } from '../../components/nullableInputs';
import { optionsOf } from '../clients/clientLabels';
import { ADJUSTMENT_LABELS, LEDGER_CATEGORY_LABELS, LEDGER_KIND_LABELS } from './complianceLabels';
import { centsOf } from './units';
import { currencySymbol, formatMoney } from '../../../../electron/api/format/money';

const KIND_OPTIONS = optionsOf(LEDGER_KIND_LABELS);
const CATEGORY_OPTIONS = optionsOf(LEDGER_CATEGORY_LABELS);
const ADJUSTMENT_OPTIONS = optionsOf(ADJUSTMENT_LABELS);

interface LedgerEntryModalProps {
  clientId: number;
  /** The fees and restitution conditions an entry may be filed under. */
  conditions: { value: string; label: string }[];
  onClose: () => void;
}

/** A charge, payment, waiver or adjustment; entries are never edited, so a mistake is put right with an adjustment. */
export function LedgerEntryModal({ clientId, conditions, onClose }: LedgerEntryModalProps) {
  const mutation = useAddLedgerEntry();
  const currency = useCurrency();
  return (
    <ChannelFormModal
      channel="compliance.addLedgerEntry"
      mutation={mutation}
      title="Add ledger entry"
      submitLabel="Add entry"
      initialValues={{
        clientId,
        entry: {
          kind: 'payment',
          category: null as LedgerEntry['category'] | null,
          entryDate: today(),
          // The amount as typed, in dollars and cents; sent in cents.
          amountCents: null as number | null,
          adjustment: null as LedgerEntry['adjustment'],
          conditionId: null as number | null,
          reference: '',
          notes: '',
        },
      }}
      toInput={(values) => {
        const { entry } = values;
        return { ...values, entry: { ...entry, amountCents: centsOf(entry.amountCents), adjustment: entry.kind === 'adjustment' ? entry.adjustment : null } };
      }}
      savedMessage={(row) => `${LEDGER_KIND_LABELS[row.kind]} of ${formatMoney(row.amountCents, currency)} added to the ledger.`}
      onClose={onClose}
    >
      {(form) => (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select label="Kind of entry" data={KIND_OPTIONS} allowDeselect={false} {...form.getInputProps('entry.kind')} />
            <Select label="Category" data={CATEGORY_OPTIONS} allowDeselect={false} placeholder="Choose…" {...form.getInputProps('entry.category')} />
            <TextInput label="Date" type="date" {...form.getInputProps('entry.entryDate')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Amount"
              description={`In ${currency}, for example 25.50`}
              leftSection={currencySymbol(currency)}
              decimalScale={2}
              thousandSeparator=","
              min={0}
              data-autofocus
              {...optionalNumberProps(form.getInputProps('entry.amountCents'))}
            />
            {form.values.entry.kind === 'adjustment' && (
              <Select label="Direction" data={ADJUSTMENT_OPTIONS} allowDeselect={false} placeholder="Choose…" {...form.getInputProps('entry.adjustment')} />
            )}
          </SimpleGrid>
          <Select
            label="Condition"
            description="The fees or restitution order it counts toward; empty if none"
            data={conditions}
            clearable
            {...idSelectProps(form.getInputProps('entry.conditionId'))}
          />
          <TextInput label="Reference" description="Receipt or order number" {...form.getInputProps('entry.reference')} />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('entry.notes')} />
        </Stack>
      )}
    </ChannelFormModal>
  );
}
