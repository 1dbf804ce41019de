import type { UseFormReturnType } from '@mantine/form';
import type { FormErrors } from '@mantine/form';
import type { ReactNode } from 'react';
import type { ChannelOutput } from '../../../../../electron/api/contract';
import type { ClientChange } from '../../../api/clients';
import { FormModal } from '../../../components/FormModal';
import { notifySuccess } from '../../../components/notifySuccess';
import { useClientForm } from '../useClientForm';

interface ClientFormModalProps<C extends ClientChange, V extends Record<string, unknown>> {
  channel: C;
  title: string;
  submitLabel: string;
  initialValues: V;
  /** Confirms the change once the host has saved it. */
  savedMessage: string | ((output: ChannelOutput<C>) => string);
  onClose: () => void;
  toInput?: (values: V) => unknown;
  check?: (values: V) => FormErrors;
  size?: string;
  children: (form: UseFormReturnType<V>) => ReactNode;
}

/** A dialog editing one part of a client's record through one channel, checked by that channel's schema. */
export function ClientFormModal<C extends ClientChange, V extends Record<string, unknown>>({
  channel,
  title,
  submitLabel,
  initialValues,
  savedMessage,
  onClose,
  toInput,
  check,
  size,
  children,
}: ClientFormModalProps<C, V>) {
  const { form, submit, formError, pending } = useClientForm(channel, {
    initialValues,
    toInput,
    check,
    onSaved: (output) => {
      notifySuccess(typeof savedMessage === 'string' ? savedMessage : savedMessage(output));
      onClose();
    },
  });
  return (
    <FormModal title={title} submitLabel={submitLabel} pending={pending} error={formError} onSubmit={submit} onClose={onClose} size={size}>
      {children(form)}
    </FormModal>
  );
}
