import { Fieldset, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormScope } from '../../components/formScope';
import { YesNoChoice } from '../../components/YesNoChoice';
import type { ChecklistForm } from './noteForm';

/** What an officer checks at the client's home; a "yes" that needs explaining asks for the explanation. */
export function HomeVisitFields({ scope }: { scope: FormScope<ChecklistForm> }) {
  const visit = scope.value;
  return (
    <Fieldset legend="Home-visit checklist">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <YesNoChoice label="Residence verified" inputProps={scope.props('residenceVerified')} />
          <YesNoChoice label="Client present" inputProps={scope.props('clientPresent')} />
          <YesNoChoice label="Others present" inputProps={scope.props('othersPresent')} />
          <YesNoChoice label="Contraband, drugs or weapons observed" inputProps={scope.props('contrabandObserved')} />
          <YesNoChoice label="Curfew kept" inputProps={scope.props('curfewCompliant')} nullLabel="No curfew, or not checked" />
        </SimpleGrid>
        {visit.othersPresent && <TextInput label="Who else was present" {...scope.props('othersPresentWho')} />}
        {visit.contrabandObserved && <Textarea label="What was observed" autosize minRows={2} spellCheck {...scope.props('contrabandDetails')} />}
        <Textarea label="Living conditions" autosize minRows={2} spellCheck {...scope.props('livingConditions')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label="Photos taken" min={0} max={200} allowDecimal={false} allowNegative={false} {...scope.props('photosAttached')} />
          <TextInput label="Photo notes" description="What the photos show, where they are kept" {...scope.props('photoNotes')} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
