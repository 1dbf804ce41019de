import type { FormErrors } from '@mantine/form';

/** The stepper's steps in order, and the form paths each one owns (so an error can be shown on its step). */
export const INTAKE_STEPS = [
  { label: 'Identity & photo', title: 'Identity and photo', fields: ['identity', 'photo', 'aliases', 'identifiers', 'safetyAlerts'] },
  { label: 'Addresses', title: 'Addresses', fields: ['addresses'] },
  { label: 'Associates', title: 'Family, employer and other contacts', fields: ['associates'] },
  { label: 'Court case', title: 'Court case, offenses and conditions', fields: ['courtCases', 'conditions'] },
  { label: 'Background', title: 'Background', fields: ['background'] },
  { label: 'Screening', title: 'Risk and needs screening', fields: ['screening.assessedOn', 'screening.answers'] },
  { label: 'Assignment', title: 'Assignment and supervision level', fields: ['assignment', 'screening.chosenLevel', 'screening.overrideReason'] },
  { label: 'Review', title: 'Review and create', fields: [] },
] as const;

export const REVIEW_STEP = INTAKE_STEPS.length - 1;

const owns = (field: string, path: string) => path === field || path.startsWith(`${field}.`);

/** The step that shows a field; null for paths no step shows (the draft id). */
export function stepOfPath(path: string): number | null {
  const index = INTAKE_STEPS.findIndex((step) => step.fields.some((field: string) => owns(field, path)));
  return index === -1 ? null : index;
}

export const errorsOfStep = (errors: FormErrors, step: number): FormErrors => Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(path) === step));
