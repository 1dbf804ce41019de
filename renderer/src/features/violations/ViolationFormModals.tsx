import { Alert, Fieldset } from '@mantine/core';
import { useState } from 'react';
import { violationSchema } from '../../../../electron/api/violations/violationsSchemas';
import { useViolationChange, type ViolationWithResponses } from '../../api/violations';
import { formScope } from '../../components/formScope';
import { FormModal } from '../../components/FormModal';
import { notifySuccess } from '../../components/notifySuccess';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { useSchemaForm } from '../../components/useSchemaForm';
import { fieldsOf } from '../clients/clientForms';
import type { ConditionRow } from '../clients/profileTypes';
import { ResponseFields } from './ResponseFields';
import { ViolationFields } from './ViolationFields';
import { blankResponse, blankViolation, newViolationSchema, responseDateCheck, responseInputOf, type ResponseForm, type ViolationForm } from './violationForm';

interface NewViolationModalProps {
  clientId: number;
  conditions: ConditionRow[];
  /** Pre-filled from what prompted it (a positive drug test, say). */
  initial?: Partial<ViolationForm>;
  onClose: () => void;
}

/**
 * Records a violation and, if one was given at once, the response. They are two calls: once the violation is
 * saved, a refused response is corrected and sent again without recording the violation twice.
 */
export function NewViolationModal({ clientId, conditions, initial, onClose }: NewViolationModalProps) {
  const create = useViolationChange('violations.create');
  const respond = useViolationChange('violations.respond');
  const [savedId, setSavedId] = useState<number | null>(null);
  const done = (message: string) => {
    notifySuccess(message);
    onClose();
  };
  const { form, submit, formError } = useSchemaForm({
    schema: newViolationSchema,
    initialValues: { clientId, violation: { ...blankViolation(), ...initial }, response: blankResponse() },
    toInput: (values) => ({ ...values, response: values.response.responseType ? responseInputOf(values.response) : null }),
    check: (values) => responseDateCheck(values.violation.violationDate, values.response, 'response.responseDate'),
    onValid: ({ violation, response }, showError) => {
      const respondTo = (violationId: number) => {
        if (!response) return done('Violation recorded.');
        respond.mutate({ violationId, response }, { onSuccess: () => done('Violation and response recorded.'), onError: showError });
      };
      if (savedId !== null) return respondTo(savedId);
      create.mutate(
        { clientId, violation },
        {
          onSuccess: (saved) => {
            setSavedId(saved.id);
            respondTo(saved.id);
          },
          onError: showError,
        },
      );
    },
  });
  const scope = formScope<{ violation: ViolationForm; response: ResponseForm }>(form);
  return (
    <FormModal
      title="Record violation"
      submitLabel="Save violation"
      pending={create.isPending || respond.isPending}
      error={formError}
      onSubmit={submit}
      onClose={onClose}
      size="xl"
    >
      {savedId !== null && (
        <Alert color="orange" variant="light">
          The violation is recorded, but not its response. Correct the response and save again, or cancel and record it later from the violation.
        </Alert>
      )}
      <ViolationFields scope={scope.field('violation')} clientId={clientId} conditions={conditions} />
      <Fieldset legend="Response (optional)">
        <ResponseFields scope={scope.field('response')} optional />
      </Fieldset>
    </FormModal>
  );
}

interface ViolationModalProps {
  violation: ViolationWithResponses;
  onClose: () => void;
}

export function EditViolationModal({ violation, conditions, onClose }: ViolationModalProps & { conditions: ConditionRow[] }) {
  return (
    <ChannelFormModal
      channel="violations.update"
      mutation={useViolationChange('violations.update')}
      title="Edit violation"
      submitLabel="Save violation"
      size="xl"
      initialValues={{ violationId: violation.id, violation: fieldsOf(violationSchema, violation) }}
      savedMessage="Violation saved."
      onClose={onClose}
    >
      {(form) => <ViolationFields scope={formScope<{ violation: ViolationForm }>(form).field('violation')} clientId={violation.clientId} conditions={conditions} />}
    </ChannelFormModal>
  );
}

/** A further response to a violation (responses are kept, never edited). */
export function ResponseModal({ violation, onClose }: ViolationModalProps) {
  return (
    <ChannelFormModal
      channel="violations.respond"
      mutation={useViolationChange('violations.respond')}
      title="Record response"
      submitLabel="Save response"
      initialValues={{ violationId: violation.id, response: blankResponse() }}
      toInput={(values) => ({ ...values, response: responseInputOf(values.response) })}
      check={(values) => responseDateCheck(violation.violationDate, values.response, 'response.responseDate')}
      savedMessage="Response recorded."
      onClose={onClose}
    >
      {(form) => <ResponseFields scope={formScope<{ response: ResponseForm }>(form).field('response')} />}
    </ChannelFormModal>
  );
}
