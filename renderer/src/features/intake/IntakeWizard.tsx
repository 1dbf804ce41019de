import { Alert, Button, Grid, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useBlocker, useNavigate } from 'react-router';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { intakeInputSchema } from '../../../../electron/api/clients/clientsSchemas';
import type { RiskInstrument } from '../../../../electron/api/settings/intakeSettingsSchemas';
import { ApiCallError } from '../../api/client';
import { fetchClientProfile, useClientChange, useFindDuplicates } from '../../api/clients';
import { paths } from '../../app/paths';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formScope } from '../../components/formScope';
import { formatLocalTime } from '../../components/formatTime';
import { notifySuccess } from '../../components/notifySuccess';
import { ScreeningFields } from '../clients/fields/ScreeningFields';
import { fullName } from '../clients/formatClient';
import type { OfficerOption } from '../clients/officerOptions';
import { DuplicateWarning } from './DuplicateWarning';
import { PossibleDuplicateAlert } from './PossibleDuplicateAlert';
import { intakeErrors, toIntakeInput, type IntakeDraftData, type IntakeFormValues } from './intakeForm';
import { errorsOfStep, INTAKE_STEPS, REVIEW_STEP, stepOfPath } from './intakeSteps';
import { AddressesStep } from './steps/AddressesStep';
import { AssignmentStep } from './steps/AssignmentStep';
import { AssociatesStep } from './steps/AssociatesStep';
import { BackgroundStep } from './steps/BackgroundStep';
import { CourtStep } from './steps/CourtStep';
import { IdentityStep } from './steps/IdentityStep';
import { ReviewStep } from './steps/ReviewStep';
import { useDraftSaver } from './useDraftSaver';
import { useDuplicatesWhileTyping } from './useDuplicatesWhileTyping';

type DuplicateMatch = ChannelOutput<'clients.findDuplicates'>[number];

interface IntakeWizardProps {
  resumedDraftId: number | null;
  start: IntakeDraftData;
  instrument: RiskInstrument;
  officers: OfficerOption[];
  canChooseOfficer: boolean;
}

/** Who the intake is about, as the duplicate check asks: name, date of birth and the identifiers typed so far. */
const duplicateQuery = ({ identity, identifiers }: IntakeFormValues) => ({
  firstName: identity.firstName,
  lastName: identity.lastName,
  dateOfBirth: identity.dateOfBirth,
  identifiers: identifiers.flatMap(({ type, value }) => (type && value.trim() ? [{ type, value }] : [])),
});

const problems = (count: number) => (count === 1 ? 'the problem' : `the ${count} problems`);

/** Moves focus to the first field with an error, or inside it for a group of radios. */
function focusField(node: HTMLElement | null) {
  const target = node?.matches('input, textarea, select, button') ? node : node?.querySelector<HTMLElement>('input, textarea, select, button');
  target?.focus();
}

/**
 * The guided intake: one form for every step (going back loses nothing), each step checked by the host's own
 * schema before moving on, drafts saved on request and at every step, a duplicate check as the identity is typed,
 * on leaving its step and before creating.
 */
export function IntakeWizard({ resumedDraftId, start, instrument, officers, canChooseOfficer }: IntakeWizardProps) {
  const navigate = useNavigate();
  const form = useForm<IntakeFormValues>({ initialValues: start.values });
  const intake = formScope<IntakeFormValues>(form);
  const [active, setActive] = useState(Math.min(start.step, REVIEW_STEP));
  // A message at the top of a step: why Next refused, or why the host sent the officer back to it.
  const [notice, setNotice] = useState<{ step: number; message: string } | null>(null);
  const [matches, setMatches] = useState<DuplicateMatch[] | null>(null);
  // Where the duplicate check ran: on the identity step (the officer may carry on, to `continueTo`) or creating the client.
  const [matchedAt, setMatchedAt] = useState<'identity' | 'create'>('create');
  const [continueTo, setContinueTo] = useState(1);
  const [openError, setOpenError] = useState<unknown>(null);
  const [createError, setCreateError] = useState<unknown>(null);
  const drafts = useDraftSaver(resumedDraftId);
  const findDuplicates = useFindDuplicates();
  const create = useClientChange('clients.intake');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // Set when the intake is done with (created, or the officer opened an existing record): leaving is then expected.
  const leaving = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => !leaving.current && form.isDirty() && currentLocation.pathname !== nextLocation.pathname);

  // A new step is announced by moving focus to its heading (which also scrolls it into view).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [active]);

  const goTo = (step: number) => {
    setNotice(null);
    setActive(step);
  };

  const saveDraft = (step: number, onSaved?: () => void) => {
    const values = form.getValues();
    drafts.saveDraft(values, step, () => {
      form.resetDirty(values);
      onSaved?.();
    });
  };

  const refuse = (errors: FormErrors, step: number, message: string) => {
    form.setErrors(errors);
    setActive(step);
    setNotice({ step, message });
  };

  /** The current step's errors shown and its first field focused; true when it has none. */
  const stepIsValid = () => {
    const errors = errorsOfStep(intakeErrors(form.getValues(), instrument), active);
    const invalid = Object.keys(errors);
    if (invalid.length > 0) {
      refuse(errors, active, `Correct ${problems(invalid.length)} marked below before going on.`);
      focusField(form.getInputNode(invalid[0]));
      return false;
    }
    form.clearErrors();
    return true;
  };

  // Saved at every step, so an idle lock or a closed window costs at most the step in progress.
  const moveTo = (step: number) => {
    saveDraft(step);
    goTo(step);
  };

  /** The matches for who the identity step names, with the step the officer goes on to if it is not the same person. */
  const showIdentityMatches = (found: DuplicateMatch[], then: number) => {
    setMatchedAt('identity');
    setContinueTo(then);
    setMatches(found);
  };

  /** Leaving the identity step: the person is looked for once more before moving on to `step`. */
  const leaveIdentity = (step: number) => {
    findDuplicates.mutate(duplicateQuery(form.getValues()), {
      onSuccess: (found) => (found.length === 0 ? moveTo(step) : showIdentityMatches(found, step)),
      // The check is repeated before the client is created; a failure here does not hold the officer up.
      onError: () => moveTo(step),
    });
  };

  // Back to any step; forward to any step (the review included) once this one is complete: the review says what is missing.
  const openStep = (step: number) => {
    if (step <= active) return goTo(step);
    if (!stepIsValid()) return;
    if (active === 0) leaveIdentity(step);
    else moveTo(step);
  };

  const next = () => openStep(active + 1);

  const submit = () => {
    const { input, formPath } = toIntakeInput(form.getValues(), instrument, drafts.draftId);
    const parsed = intakeInputSchema.parse(input);
    setCreateError(null);
    create.mutate(parsed, {
      onSuccess: (client) => {
        leaving.current = true;
        notifySuccess(`${fullName(parsed.identity)} is now a client, case number ${client.caseNumber}.`);
        void navigate(paths.client(client.id));
      },
      onError: (error) => {
        setMatches(null);
        const path = error instanceof ApiCallError && error.field ? formPath(error.field) : null;
        const step = path === null ? null : stepOfPath(path);
        if (path === null || step === null) {
          setCreateError(error);
          return;
        }
        refuse({ [path]: error.message }, step, `The client was not created: ${error.message}`);
      },
    });
  };

  const checkAndCreate = () => {
    const values = form.getValues();
    const errors = intakeErrors(values, instrument);
    const invalid = Object.keys(errors);
    if (invalid.length > 0) {
      const step = Math.min(...invalid.map((path) => stepOfPath(path) ?? REVIEW_STEP));
      const stepErrors = errorsOfStep(errors, step);
      refuse(stepErrors, step, `Correct ${problems(Object.keys(stepErrors).length)} marked below before creating the client.`);
      return;
    }
    findDuplicates.mutate(duplicateQuery(values), {
      onSuccess: (found) => {
        if (found.length === 0) return submit();
        setMatchedAt('create');
        setMatches(found);
      },
    });
  };

  // The existing record is read first, so a refusal (another officer's client) is shown here, not on a blank page.
  const openExisting = (clientId: number) => {
    setOpenError(null);
    fetchClientProfile(clientId).then(
      () =>
        saveDraft(active, () => {
          leaving.current = true;
          void navigate(paths.client(clientId));
        }),
      setOpenError,
    );
  };

  const step = INTAKE_STEPS[active];
  const values = form.getValues();
  const typedMatches = useDuplicatesWhileTyping(duplicateQuery(values), active === 0);

  return (
    <>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <nav aria-label="Intake steps">
            <Stepper active={active} onStepClick={openStep} orientation="vertical" size="sm">
              {INTAKE_STEPS.map((s, index) => (
                <Stepper.Step key={s.label} label={s.label} aria-current={index === active ? 'step' : undefined} />
              ))}
            </Stepper>
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Paper withBorder p="lg">
            <Stack>
              <div>
                <Text size="sm" c="dimmed">
                  Step {active + 1} of {INTAKE_STEPS.length}
                </Text>
                <Title order={2} ref={headingRef} tabIndex={-1}>
                  {step.title}
                </Title>
              </div>
              {notice?.step === active && (
                <Alert color="red" variant="light" role="alert">
                  {notice.message}
                </Alert>
              )}
              {active === 0 && typedMatches.length > 0 && <PossibleDuplicateAlert matches={typedMatches} onReview={() => showIdentityMatches(typedMatches, 1)} />}
              {active === 0 && <IdentityStep intake={intake} errors={form.errors} />}
              {active === 1 && <AddressesStep intake={intake} />}
              {active === 2 && <AssociatesStep intake={intake} />}
              {active === 3 && <CourtStep intake={intake} />}
              {active === 4 && <BackgroundStep intake={intake} />}
              {active === 5 && <ScreeningFields scope={intake.field('screening')} instrument={instrument} />}
              {active === 6 && <AssignmentStep intake={intake} instrument={instrument} officers={officers} canChooseOfficer={canChooseOfficer} />}
              {active === REVIEW_STEP && <ReviewStep values={values} instrument={instrument} officers={officers} onEdit={goTo} />}
              <ErrorAlert error={drafts.error} title="The draft was not saved" />
              {active === REVIEW_STEP && <ErrorAlert error={findDuplicates.error ?? createError} title="The client was not created" />}
              <Group justify="space-between">
                <Button variant="default" onClick={() => goTo(active - 1)} disabled={active === 0}>
                  Back
                </Button>
                <Group>
                  {drafts.savedAt && (
                    <Text size="sm" c="dimmed">
                      Draft saved {formatLocalTime(drafts.savedAt)}
                    </Text>
                  )}
                  <Button variant="default" loading={drafts.saving} onClick={() => saveDraft(active, () => notifySuccess('Draft saved. Resume it from the home page.'))}>
                    Save draft
                  </Button>
                  {active < REVIEW_STEP ? (
                    <Button onClick={next} loading={active === 0 && findDuplicates.isPending}>
                      Next
                    </Button>
                  ) : (
                    <Button onClick={checkAndCreate} loading={findDuplicates.isPending || create.isPending}>
                      Create client
                    </Button>
                  )}
                </Group>
              </Group>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      {matches && (
        <DuplicateWarning
          matches={matches}
          openError={openError}
          creating={create.isPending}
          onOpen={openExisting}
          proceed={
            matchedAt === 'identity'
              ? {
                  label: 'Not the same person: continue',
                  onClick: () => {
                    setMatches(null);
                    // Opened from the alert while typing, the step has not been checked yet.
                    if (stepIsValid()) moveTo(continueTo);
                  },
                }
              : { label: 'Create anyway', onClick: submit }
          }
          closeLabel={matchedAt === 'identity' ? 'Back to the identity' : 'Back to the review'}
          onClose={() => setMatches(null)}
        />
      )}
      <ConfirmModal
        opened={blocker.state === 'blocked'}
        title="Leave this intake?"
        confirmLabel="Leave without saving"
        confirmColor="red"
        pending={false}
        error={null}
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      >
        <Text>What you entered since the draft was last saved will be lost. Stay and press &ldquo;Save draft&rdquo; to come back to it later.</Text>
      </ConfirmModal>
    </>
  );
}
