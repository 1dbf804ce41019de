import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { blankAlias, type AliasForm } from '../clientForms';
import { ALIAS_KIND_LABELS, optionsOf } from '../clientLabels';
import { RecordList } from './RecordList';

const ALIAS_KIND_OPTIONS = optionsOf(ALIAS_KIND_LABELS);

/** Aliases, nicknames and previous names: duplicate checks and the caseload search look at them too. */
export function AliasRows({ scope }: { scope: FormScope<AliasForm[]> }) {
  return (
    <RecordList scope={scope} itemName="Other name" addLabel="Add other name" blank={blankAlias} emptyText="No aliases, nicknames or previous names.">
      {(alias) => (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label="Kind of name" data={ALIAS_KIND_OPTIONS} allowDeselect={false} {...alias.props('kind')} />
          <TextInput label="First name" description="Optional" autoComplete="off" {...alias.props('firstName')} />
          <TextInput label="Last name or whole alias" autoComplete="off" {...alias.props('lastName')} />
        </SimpleGrid>
      )}
    </RecordList>
  );
}
