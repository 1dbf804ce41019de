import type { FormErrors } from '@mantine/form';
import { contract, type ChannelInput, type ChannelOutput } from '../../../../electron/api/contract';
import { useClientChange, type ClientChange } from '../../api/clients';
import { useSchemaForm } from '../../components/useSchemaForm';

interface ClientFormOptions<C extends ClientChange, V extends Record<string, unknown>> {
  initialValues: V;
  onSaved: (output: ChannelOutput<C>) => void;
  toInput?: (values: V) => unknown;
  check?: (values: V) => FormErrors;
}

/** A form whose values are one client channel's input, validated by that channel's own schema from the contract. */
export function useClientForm<C extends ClientChange, V extends Record<string, unknown>>(channel: C, { initialValues, onSaved, toInput, check }: ClientFormOptions<C, V>) {
  const change = useClientChange(channel);
  const { form, submit, formError } = useSchemaForm({
    schema: contract[channel].input,
    initialValues,
    toInput,
    check,
    onValid: (input, showError) => change.mutate(input as ChannelInput<C>, { onSuccess: onSaved, onError: showError }),
  });
  return { form, submit, formError, pending: change.isPending };
}
