import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { Channel, ChannelOutput } from '../../../electron/api/contract';
import type { ChannelMutation } from '../api/channelMutation';
import { FormModal } from './FormModal';
import { notifySuccess } from './notifySuccess';
import { useChannelForm, type ChannelFormOptions } from './useChannelForm';

export interface ChannelFormModalProps<C extends Channel, V extends Record<string, unknown>> extends Omit<ChannelFormOptions<C, V>, 'onSaved'> {
  channel: C;
  mutation: ChannelMutation<C>;
  title: string;
  submitLabel: string;
  /** Confirms the change once the host has saved it. */
  savedMessage: string | ((output: ChannelOutput<C>) => string);
  onClose: () => void;
  size?: string;
  children: (form: UseFormReturnType<V>) => ReactNode;
}

/** A dialog saving one form through one channel, checked by that channel's schema; closes and confirms once saved. */
export function ChannelFormModal<C extends Channel, V extends Record<string, unknown>>({
  channel,
  mutation,
  title,
  submitLabel,
  savedMessage,
  onClose,
  size,
  children,
  ...options
}: ChannelFormModalProps<C, V>) {
  const { form, submit, formError, pending } = useChannelForm(channel, mutation, {
    ...options,
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
