import { Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { optionalDateProps } from '../../../components/nullableInputs';
import { blankOffence, type CourtCaseForm } from '../clientForms';
import { OFFENCE_CLASS_LABELS, optionsOf, PLEA_LABELS, SENTENCE_TYPE_LABELS } from '../clientLabels';
import { RecordList } from './RecordList';

const PLEA_OPTIONS = optionsOf(PLEA_LABELS);
const SENTENCE_TYPE_OPTIONS = optionsOf(SENTENCE_TYPE_LABELS);
const OFFENCE_CLASS_OPTIONS = optionsOf(OFFENCE_CLASS_LABELS);

/** The court order: case, disposition, sentence and term, and the offences it lists (at least one). */
export function CourtCaseFields({ scope }: { scope: FormScope<CourtCaseForm> }) {
  return (
    <Stack>
      <Fieldset legend="Court order">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <TextInput label="Docket number" autoComplete="off" {...scope.props('docketNumber')} />
          <TextInput label="Court" {...scope.props('court')} />
          <TextInput label="Judge" description="Optional" {...scope.props('judge')} />
          <TextInput label="Disposition date" description="Optional" type="date" {...optionalDateProps(scope.props('dispositionDate'))} />
          <Select label="Plea" description="Optional" data={PLEA_OPTIONS} clearable {...scope.props('plea')} />
          <Select label="Sentence type" description="Optional" data={SENTENCE_TYPE_OPTIONS} clearable {...scope.props('sentenceType')} />
          <TextInput label="Term start" description="Optional" type="date" {...optionalDateProps(scope.props('termStart'))} />
          <TextInput label="Term end" description="Optional" type="date" {...optionalDateProps(scope.props('termEnd'))} />
        </SimpleGrid>
        <Textarea mt="md" label="Sentence details" description="Optional: as the order words it" autosize minRows={2} {...scope.props('sentenceDetails')} />
      </Fieldset>
      <Fieldset legend="Offenses">
        <RecordList scope={scope.field('offences')} itemName="Offense" addLabel="Add offense" blank={blankOffence} minimum={1}>
          {(offence) => (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
              <TextInput label="Statute" description="Optional" {...offence.props('statute')} />
              <TextInput label="Offense description" {...offence.props('description')} />
              <Select label="Offense class" data={OFFENCE_CLASS_OPTIONS} placeholder="Choose…" allowDeselect={false} {...offence.props('offenceClass')} />
              <TextInput label="Offense date" description="Optional" type="date" {...optionalDateProps(offence.props('offenceDate'))} />
            </SimpleGrid>
          )}
        </RecordList>
      </Fieldset>
    </Stack>
  );
}
