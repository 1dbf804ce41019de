import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { blankIdentifier, type IdentifierForm } from '../clientForms';
import { IDENTIFIER_TYPE_LABELS, optionsOf } from '../clientLabels';
import { RecordList } from './RecordList';

const IDENTIFIER_TYPE_OPTIONS = optionsOf(IDENTIFIER_TYPE_LABELS);

/** State ID, FBI number, driver's license, passport: any of them identifies a returning client. */
export function IdentifierRows({ scope }: { scope: FormScope<IdentifierForm[]> }) {
  return (
    <RecordList scope={scope} itemName="Identifier" addLabel="Add identifier" blank={blankIdentifier} emptyText="No identifiers recorded.">
      {(identifier) => (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label="Identifier type" data={IDENTIFIER_TYPE_OPTIONS} placeholder="Choose…" allowDeselect={false} {...identifier.props('type')} />
          <TextInput label="Number" autoComplete="off" {...identifier.props('value')} />
          <TextInput label="Issued by" description="Optional: state, country or agency" {...identifier.props('issuer')} />
        </SimpleGrid>
      )}
    </RecordList>
  );
}
