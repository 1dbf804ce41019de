import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import { useMeasurementSystem } from '../../../api/settings';
import { HeightInput, WeightInput } from './MeasurementFields';
import type { IdentityForm } from '../clientForms';
import { optionsOf, SEX_LABELS } from '../clientLabels';

const SEX_OPTIONS = optionsOf(SEX_LABELS);

/** Who the person is: names, date of birth, description, contact and language. Used by intake and by the profile's edit. */
export function IdentityFields({ scope }: { scope: FormScope<IdentityForm> }) {
  const system = useMeasurementSystem();
  return (
    <Stack>
      <Fieldset legend="Name">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput label="First name" autoComplete="off" {...scope.props('firstName')} />
          <TextInput label="Middle name" description="Optional" autoComplete="off" {...scope.props('middleName')} />
          <TextInput label="Last name" autoComplete="off" {...scope.props('lastName')} />
          <TextInput label="Suffix" description="Optional: Jr., III" autoComplete="off" {...scope.props('suffix')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Date of birth and description">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput label="Date of birth" type="date" {...scope.props('dateOfBirth')} />
          <Select label="Sex" data={SEX_OPTIONS} placeholder="Choose…" allowDeselect={false} {...scope.props('sex')} />
          <TextInput label="Race or ethnicity" description="Optional" {...scope.props('raceEthnicity')} />
          <HeightInput system={system} props={scope.props('heightMm')} />
          <WeightInput system={system} props={scope.props('weightG')} />
          <TextInput label="Eye color" description="Optional" {...scope.props('eyeColour')} />
          <TextInput label="Hair color" description="Optional" {...scope.props('hairColour')} />
        </SimpleGrid>
        <Textarea mt="md" label="Scars, marks and tattoos" description="Optional" autosize minRows={2} {...scope.props('distinguishingMarks')} />
      </Fieldset>
      <Fieldset legend="Contact and language">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Phone" description="Optional" type="tel" autoComplete="off" {...scope.props('phone')} />
          <TextInput label="Email" description="Optional" type="email" autoComplete="off" {...scope.props('email')} />
          <TextInput label="Primary language" description="Optional" {...scope.props('primaryLanguage')} />
          <Checkbox mt={{ sm: 'xl' }} label="Interpreter needed" {...scope.props('interpreterNeeded', { type: 'checkbox' })} />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
