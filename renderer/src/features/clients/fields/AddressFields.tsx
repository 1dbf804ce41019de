import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { optionalDateProps } from '../../../components/nullableInputs';
import type { AddressForm } from '../clientForms';
import { ADDRESS_KIND_LABELS, optionsOf } from '../clientLabels';

const ADDRESS_KIND_OPTIONS = optionsOf(ADDRESS_KIND_LABELS);

/** One address with its dates; `withMovedOut` is off where moving out is its own action (the profile's "Moved out"). */
export function AddressFields({ scope, withMovedOut = true }: { scope: FormScope<AddressForm>; withMovedOut?: boolean }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Select label="Kind of address" data={ADDRESS_KIND_OPTIONS} allowDeselect={false} {...scope.props('kind')} />
        <TextInput label="Street address" autoComplete="off" {...scope.props('line1')} />
        <TextInput label="Address line 2" description="Optional: apartment, unit" autoComplete="off" {...scope.props('line2')} />
        <TextInput label="City or town" autoComplete="off" {...scope.props('city')} />
        <TextInput label="State or region" description="Optional" autoComplete="off" {...scope.props('region')} />
        <TextInput label="Postal code" description="Optional" autoComplete="off" {...scope.props('postalCode')} />
        <TextInput label="Moved in" description="Optional" type="date" {...optionalDateProps(scope.props('movedIn'))} />
        {withMovedOut && <TextInput label="Moved out" description="Leave empty if they still live here" type="date" {...optionalDateProps(scope.props('movedOut'))} />}
        <TextInput label="Who else lives there" description="Optional" {...scope.props('livingWith')} />
      </SimpleGrid>
      <Textarea label="Address notes" description="Optional: directions, dogs, access" autosize minRows={1} {...scope.props('notes')} />
    </Stack>
  );
}
