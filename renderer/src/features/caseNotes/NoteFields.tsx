import { NumberInput, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { CONTACT_OUTCOME_LABELS, CONTACT_TYPE_LABELS } from '../../../../electron/api/shared/recordLabels';
import { nowLocal } from '../../../../electron/api/shared/fieldSchemas';
import type { FormScope } from '../../components/formScope';
import { optionalNumberProps } from '../../components/nullableInputs';
import { optionsOf } from '../clients/clientLabels';
import { HomeVisitFields } from './HomeVisitFields';
import type { NoteForm } from './noteForm';

const CONTACT_TYPE_OPTIONS = optionsOf(CONTACT_TYPE_LABELS);
const OUTCOME_OPTIONS = optionsOf(CONTACT_OUTCOME_LABELS);

/** Every field of a contact note; the home-visit checklist appears for home visits. */
export function NoteFields({ scope }: { scope: FormScope<NoteForm> }) {
  const note = scope.value;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label="Contact type" data={CONTACT_TYPE_OPTIONS} placeholder="Choose…" allowDeselect={false} data-autofocus {...scope.props('contactType')} />
        <TextInput label="Date and time" type="datetime-local" max={nowLocal()} {...scope.props('contactAt')} />
        <NumberInput
          label="Duration (minutes)"
          description="Optional"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          {...optionalNumberProps(scope.props('durationMinutes'))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Location" {...scope.props('location')} />
        <TextInput label="People present" description="Besides you" {...scope.props('peoplePresent')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Outcome" data={OUTCOME_OPTIONS} placeholder="Choose…" allowDeselect={false} {...scope.props('outcome')} />
        {note.outcome === 'acceptable_absence' && <TextInput label="Reason the absence was acceptable" {...scope.props('absenceReason')} />}
      </SimpleGrid>
      {note.contactType === 'home_visit' && <HomeVisitFields scope={scope.field('homeVisit')} peoplePresent={note.peoplePresent} />}
      <Textarea label="Narrative" description="What happened, as you would tell the court." autosize minRows={6} maxRows={20} spellCheck {...scope.props('narrative')} />
      <TagsInput label="Tags" description="Optional; press Enter after each tag." clearable {...scope.props('tags')} />
    </Stack>
  );
}
