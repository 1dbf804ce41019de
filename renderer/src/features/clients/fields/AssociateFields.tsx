import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import type { AssociateForm } from '../clientForms';
import { ASSOCIATE_KIND_LABELS, optionsOf } from '../clientLabels';

const ASSOCIATE_KIND_OPTIONS = optionsOf(ASSOCIATE_KIND_LABELS);

/** A person or organisation the officer may contact about the client: family, employer, school, treatment… */
export function AssociateFields({ scope }: { scope: FormScope<AssociateForm> }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Select label="Kind of contact" data={ASSOCIATE_KIND_OPTIONS} placeholder="Choose…" allowDeselect={false} {...scope.props('kind')} />
        <TextInput label="Name" autoComplete="off" {...scope.props('name')} />
        <TextInput label="Relationship" description="Optional: mother, supervisor, counselor" {...scope.props('relationship')} />
        <TextInput label="Phone" description="Optional" type="tel" autoComplete="off" {...scope.props('phone')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea label="Address" description="Optional" autosize minRows={1} {...scope.props('address')} />
        <Textarea label="Notes" description="Optional" autosize minRows={1} {...scope.props('notes')} />
      </SimpleGrid>
    </Stack>
  );
}
