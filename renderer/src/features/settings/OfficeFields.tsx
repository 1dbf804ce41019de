import { Stack, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { SettingsValues } from '../../../../electron/api/settings/settingsSchemas';

type OfficeField = keyof SettingsValues['office'];

/** Office name, address and phone: asked at set-up and edited in Office settings. */
export function OfficeFields({ inputProps }: { inputProps: (field: OfficeField) => GetInputPropsReturnType }) {
  return (
    <Stack>
      <TextInput label="Office name" description="Printed on the letterhead of court reports." autoComplete="organization" {...inputProps('name')} />
      <Textarea label="Address" autosize minRows={3} autoComplete="street-address" {...inputProps('address')} />
      <TextInput label="Phone" description="Optional." type="tel" autoComplete="tel" {...inputProps('phone')} />
    </Stack>
  );
}
