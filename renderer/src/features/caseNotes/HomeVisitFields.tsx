import { Fieldset, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormScope } from '../../components/formScope';
import { YesNoChoice } from '../../components/YesNoChoice';
import type { ChecklistForm } from './noteForm';

/** "People present" as officers write it ("Client; his sister Tanya") less the client: who else was there. */
const othersIn = (peoplePresent: string) => peoplePresent.replace(/^\s*(the )?client\s*([;,]\s*|$)/i, '').trim();

/**
 * What an officer checks at the client's home; a "yes" that needs explaining asks for the explanation. Who else was
 * there starts as the note's "People present" less the client, so the officer does not type it twice.
 */
export function HomeVisitFields({ scope, peoplePresent }: { scope: FormScope<ChecklistForm>; peoplePresent: string }) {
  const visit = scope.value;
  const othersProps = scope.props('othersPresent');
  return (
    <Fieldset legend="Home-visit checklist">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <YesNoChoice label="Residence verified" inputProps={scope.props('residenceVerified')} />
          <YesNoChoice label="Client present" inputProps={scope.props('clientPresent')} />
          <YesNoChoice
            label="Others present"
            inputProps={{
              ...othersProps,
              onChange: (answer: boolean | null) => {
                (othersProps.onChange as (value: boolean | null) => void)(answer);
                if (answer && !visit.othersPresentWho) scope.set('othersPresentWho', othersIn(peoplePresent));
              },
            }}
          />
          <YesNoChoice label="Contraband, drugs or weapons observed" inputProps={scope.props('contrabandObserved')} />
          <YesNoChoice label="Curfew kept" inputProps={scope.props('curfewCompliant')} nullLabel="No curfew, or not checked" />
        </SimpleGrid>
        {visit.othersPresent && (
          <TextInput label="Who else was present" description={peoplePresent ? 'From "People present"; change it if needed' : undefined} {...scope.props('othersPresentWho')} />
        )}
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
