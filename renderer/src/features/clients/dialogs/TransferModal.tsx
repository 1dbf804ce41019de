import { Select, Text } from '@mantine/core';
import { useDirectory } from '../../../api/users';
import { idSelectProps } from '../../../components/nullableInputs';
import { officerOptions } from '../officerOptions';
import { ClientFormModal } from './ClientFormModal';

export interface TransferTarget {
  id: number;
  name: string;
  assignedOfficerId: number;
  assignedOfficerName: string;
}

/** A supervisor hands a client to another officer; the host audits the transfer. */
export function TransferModal({ client, onClose }: { client: TransferTarget; onClose: () => void }) {
  const directory = useDirectory();
  const options = officerOptions(directory.data ?? []).filter((option) => option.value !== String(client.assignedOfficerId));
  const officerName = (id: number) => options.find((option) => option.value === String(id))?.label ?? 'the new officer';
  return (
    <ClientFormModal
      channel="clients.transfer"
      title={`Transfer ${client.name}`}
      submitLabel="Transfer client"
      size="md"
      initialValues={{ clientId: client.id, toOfficerId: null as number | null }}
      savedMessage={(saved) => `${client.name} is now on the caseload of ${officerName(saved.assignedOfficerId)}.`}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Text>
            Currently assigned to <strong>{client.assignedOfficerName}</strong>. The new officer sees the whole record from now on; the transfer is recorded in the audit log.
          </Text>
          <Select
            label="Transfer to"
            data={options}
            searchable
            allowDeselect={false}
            placeholder="Choose an officer…"
            data-autofocus
            {...idSelectProps(form.getInputProps('toOfficerId'))}
          />
        </>
      )}
    </ClientFormModal>
  );
}
