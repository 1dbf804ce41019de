import { Group, Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { CURRENCIES } from '../../../../electron/api/format/money';
import type { PaperSize } from '../../../../electron/api/settings/settingsSchemas';
import { MEASUREMENT_SYSTEM_LABELS, MEASUREMENT_SYSTEMS } from '../../../../electron/api/format/measurements';

const CURRENCY_NAMES: Record<(typeof CURRENCIES)[number], string> = {
  USD: 'US dollar',
  CAD: 'Canadian dollar',
  MXN: 'Mexican peso',
  EUR: 'Euro',
  GBP: 'Pound sterling',
};
const CURRENCY_OPTIONS = CURRENCIES.map((code) => ({ value: code, label: `${code} – ${CURRENCY_NAMES[code]}` }));
const PAPER_OPTIONS: { value: PaperSize; label: string }[] = [
  { value: 'letter', label: 'US Letter' },
  { value: 'a4', label: 'A4' },
];
const UNIT_OPTIONS = MEASUREMENT_SYSTEMS.map((system) => ({ value: system, label: MEASUREMENT_SYSTEM_LABELS[system] }));

/** The currency money is shown in, the paper Word documents are laid out on, and the units of height and weight. */
export function OfficeFormatFields({ inputProps }: { inputProps: (field: 'currency' | 'paperSize' | 'measurementSystem') => GetInputPropsReturnType }) {
  return (
    <Group grow align="flex-start">
      <Select label="Currency" description="Fees, fines and restitution are shown in it." data={CURRENCY_OPTIONS} allowDeselect={false} {...inputProps('currency')} />
      <Select label="Paper size" description="For court reports and other Word documents." data={PAPER_OPTIONS} allowDeselect={false} {...inputProps('paperSize')} />
      <Select
        label="Height and weight"
        description="Forms, screens and documents use these units."
        data={UNIT_OPTIONS}
        allowDeselect={false}
        {...inputProps('measurementSystem')}
      />
    </Group>
  );
}
