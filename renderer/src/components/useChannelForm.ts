import type { FormErrors } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../../electron/api/contract';
import { useSchemaForm } from './useSchemaForm';

export interface ChannelFormOptions<C extends Channel, V extends Record<string, unknown>> {
  initialValues: V;
  onSaved: (output: ChannelOutput<C>) => void;
  toInput?: (values: V) => unknown;
  check?: (values: V) => FormErrors;
}

/** A form whose values are one channel's input, validated by that channel's own schema from the contract, and sent through `change`. */
export function useChannelForm<C extends Channel, V extends Record<string, unknown>>(
  channel: C,
  change: UseMutationResult<ChannelOutput<C>, Error, ChannelInput<C>>,
  { initialValues, onSaved, toInput, check }: ChannelFormOptions<C, V>,
) {
  const { form, submit, formError } = useSchemaForm({
    schema: contract[channel].input,
    initialValues,
    toInput,
    check,
    onValid: (input, showError) => change.mutate(input as ChannelInput<C>, { onSuccess: onSaved, onError: showError }),
  });
  return { form, submit, formError, pending: change.isPending };
}
