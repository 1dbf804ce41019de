import { useClientChange, type ClientChange } from '../../../api/clients';
import { ChannelFormModal, type ChannelFormModalProps } from '../../../components/ChannelFormModal';

/** A dialog editing one part of a client's record through one channel, checked by that channel's schema. */
export function ClientFormModal<C extends ClientChange, V extends Record<string, unknown>>(props: Omit<ChannelFormModalProps<C, V>, 'mutation'>) {
  const mutation = useClientChange(props.channel);
  return <ChannelFormModal {...props} mutation={mutation} />;
}
