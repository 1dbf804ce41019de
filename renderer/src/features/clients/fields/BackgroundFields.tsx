import { SimpleGrid, Textarea } from '@mantine/core';
import type { FormScope } from '../../../components/formScope';
import type { BackgroundInput } from '../clientForms';

type BackgroundArea = keyof BackgroundInput;

/** The collateral areas of an intake interview, in the order officers usually cover them. */
export const BACKGROUND_AREAS: Record<BackgroundArea, { label: string; description: string }> = {
  education: { label: 'Education', description: 'Schooling, qualifications, current study' },
  employment: { label: 'Employment', description: 'Current job, history, skills' },
  finances: { label: 'Finances', description: 'Income, debts, benefits, ability to pay' },
  physicalHealth: { label: 'Physical health', description: 'Conditions, disabilities, medication' },
  mentalHealth: { label: 'Mental health', description: 'Diagnoses, treatment, risk concerns' },
  substanceUse: { label: 'Substance use', description: 'Alcohol and drugs, treatment history' },
  gangAffiliation: { label: 'Gang affiliation', description: 'Membership, associates, tattoos, risk' },
  criminalHistory: { label: 'Criminal history', description: 'Prior convictions, supervision history' },
};

export const BACKGROUND_FIELDS = Object.keys(BACKGROUND_AREAS) as BackgroundArea[];

export function BackgroundFields({ scope }: { scope: FormScope<BackgroundInput> }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {BACKGROUND_FIELDS.map((field) => (
        <Textarea key={field} label={BACKGROUND_AREAS[field].label} description={BACKGROUND_AREAS[field].description} autosize minRows={3} {...scope.props(field)} />
      ))}
    </SimpleGrid>
  );
}
