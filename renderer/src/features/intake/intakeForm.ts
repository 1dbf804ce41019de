import type { FormErrors } from '@mantine/form';
import { z } from 'zod';
import type { SettingsValues } from '../../../../electron/api/settings/settingsSchemas';
import { intakeInputSchema, type IntakeInput } from '../../../../electron/api/clients/clientsSchemas';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { blankToMissing } from '../../components/blankToMissing';
import {
  blankAddress,
  blankBackground,
  blankCourtCase,
  blankIdentity,
  blankScreening,
  type AssignmentForm,
  type AssociateForm,
  type ConditionFieldsForm,
  type CourtCaseForm,
  type IdentifierForm,
  type IdentityForm,
  type ScreeningForm,
} from '../clients/clientForms';
import { screeningErrors, screeningProgress, withChosenLevel } from '../clients/screening';

/** A condition row of the intake: a standard one the officer can untick, or a special one they added. */
export type IntakeConditionForm = ConditionFieldsForm & { courtCaseIndex: number | null; included: boolean };

/** The whole intake as the stepper holds it (one form for every step, so going back loses nothing). */
export type IntakeFormValues = Omit<IntakeInput, 'draftId' | 'identity' | 'identifiers' | 'associates' | 'courtCases' | 'conditions' | 'screening' | 'assignment'> & {
  identity: IdentityForm;
  identifiers: IdentifierForm[];
  associates: AssociateForm[];
  courtCases: CourtCaseForm[];
  conditions: IntakeConditionForm[];
  screening: ScreeningForm;
  assignment: AssignmentForm;
};

/** A new intake: one residence to fill in, one court case, the office's standard conditions ticked, the officer assigned. */
export function blankIntake(settings: Pick<SettingsValues, 'intake'>, officerId: number | null): IntakeFormValues {
  return {
    identity: blankIdentity(),
    photo: null,
    aliases: [],
    identifiers: [],
    addresses: [blankAddress()],
    associates: [],
    courtCases: [blankCourtCase()],
    conditions: settings.intake.standardConditions.map((condition) => ({
      kind: 'standard',
      type: condition.type,
      text: condition.text,
      targetAmount: condition.targetAmount ?? null,
      targetUnit: condition.targetUnit ?? null,
      courtCaseIndex: 0,
      included: true,
    })),
    background: blankBackground(),
    safetyAlerts: '',
    screening: blankScreening(today()),
    assignment: { officerId, supervisionStartDate: today(), status: 'active' },
  };
}

type Instrument = SettingsValues['riskInstrument'];

/**
 * The intake as the host takes it, and how to find a host path's field in the form: unticked standard
 * conditions are not sent, so `conditions.3` in the input may be row 5 of the form.
 */
export function toIntakeInput(values: IntakeFormValues, instrument: Instrument, draftId: number | null) {
  const sent = values.conditions.flatMap((condition, index) => (condition.included ? [index] : []));
  const proposed = screeningProgress(instrument, values.screening.answers).proposedLevel;
  const input = blankToMissing({
    ...values,
    draftId,
    conditions: sent.map((index) => {
      const { included: _included, ...condition } = values.conditions[index];
      return condition;
    }),
    screening: withChosenLevel(values.screening, proposed),
  });
  const formPath = (path: string) => path.replace(/^conditions\.(\d+)/, (_, index: string) => `conditions.${sent[Number(index)] ?? index}`);
  return { input, formPath };
}

/**
 * Every problem with the intake, keyed by form path: the host's own schema, then its scoring and override
 * rule. The stepper shows the ones that belong to the step on screen.
 */
export function intakeErrors(values: IntakeFormValues, instrument: Instrument): FormErrors {
  const { input, formPath } = toIntakeInput(values, instrument, null);
  const errors: FormErrors = {};
  for (const issue of intakeInputSchema.safeParse(input).error?.issues ?? []) {
    const path = formPath(issue.path.join('.'));
    errors[path] ??= issue.message;
  }
  return { ...screeningErrors(instrument, values.screening, 'screening'), ...errors };
}

/** A draft is the form as it stood and the step the officer was on. */
const draftDataSchema = z.object({ step: z.number().int().min(0), values: z.record(z.string(), z.unknown()) });
export type IntakeDraftData = { step: number; values: IntakeFormValues };

export const draftData = (step: number, values: IntakeFormValues): IntakeDraftData => ({ step, values });

/**
 * Reads a saved draft back. Parts a later version of the form added are taken from a blank intake, so an older
 * draft still opens; answers to items the instrument no longer has are dropped.
 */
export function readDraftData(data: unknown, blank: IntakeFormValues, instrument: Instrument): IntakeDraftData {
  const parsed = draftDataSchema.safeParse(data);
  if (!parsed.success) return { step: 0, values: blank };
  const values = { ...blank, ...parsed.data.values } as IntakeFormValues;
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const answers = Object.fromEntries(Object.entries(values.screening.answers).filter(([id]) => itemIds.has(id)));
  return { step: parsed.data.step, values: { ...values, screening: { ...values.screening, answers } } };
}

/** The label a draft is listed under: the person's name as far as it is typed. */
export const draftLabel = (values: IntakeFormValues) =>
  [values.identity.firstName, values.identity.lastName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
