import { Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { addressSchema } from '../../../../../electron/api/clients/clientsSchemas';
import { today } from '../../../../../electron/api/shared/fieldSchemas';
import { useDirectory } from '../../../api/users';
import { blankAddress, fieldsOf } from '../clientForms';
import { ADDRESS_KIND_LABELS } from '../clientLabels';
import { RecordTable } from '../../../components/RecordTable';
import { ClientFormModal } from '../dialogs/ClientFormModal';
import { RecordModal } from '../dialogs/RecordModal';
import { AddressFields } from '../fields/AddressFields';
import { formatAddress, formatDate, formatPeriod } from '../formatClient';
import { userNameOf } from '../officerOptions';
import type { AddressRow, ClientProfile } from '../profileTypes';
import { TitledSection } from '../../../components/TitledSection';
import { SmallButton } from '../../../components/SmallButton';

type AddressDialog = { kind: 'add' } | { kind: 'edit' | 'moveOut' | 'verify'; address: AddressRow };

/** The two dated actions on a current address: the client moved out, or the officer confirmed they live there. */
const DATE_ACTIONS = {
  moveOut: {
    channel: 'clients.moveOutOfAddress',
    field: 'movedOut',
    title: 'Moved out of',
    submitLabel: 'Record move',
    label: 'Moved out on',
    description: 'The address stays in the client’s address history.',
    saved: 'The address is now in the client’s address history.',
  },
  verify: {
    channel: 'clients.verifyAddress',
    field: 'verifiedOn',
    title: 'Verify',
    submitLabel: 'Mark verified',
    label: 'Verified on',
    description: 'The day you confirmed the client lives there (a home visit, say).',
    saved: 'Address marked verified.',
  },
} as const;

function AddressDateModal({ kind, address, onClose }: { kind: keyof typeof DATE_ACTIONS; address: AddressRow; onClose: () => void }) {
  const action = DATE_ACTIONS[kind];
  return (
    <ClientFormModal
      channel={action.channel}
      title={`${action.title} ${formatAddress(address)}`}
      submitLabel={action.submitLabel}
      size="md"
      initialValues={{ addressId: address.id, [action.field]: today() }}
      savedMessage={action.saved}
      onClose={onClose}
    >
      {(form) => <TextInput label={action.label} description={action.description} type="date" data-autofocus {...form.getInputProps(action.field)} />}
    </ClientFormModal>
  );
}

interface AddressTableProps {
  label: string;
  addresses: AddressRow[];
  verifierName: (id: number | null) => string;
  onAction: (dialog: AddressDialog) => void;
}

function AddressTable({ label, addresses, verifierName, onAction }: AddressTableProps) {
  return (
    <RecordTable label={label} columns={['Address', 'Kind', 'Lived there', 'Verified', 'Actions']} rows={addresses} minWidth={860}>
      {(address) => {
        const place = formatAddress(address);
        return (
          <Table.Tr key={address.id}>
            <Table.Td>
              <Text>{place}</Text>
              {address.livingWith && <Text size="sm">Lives with {address.livingWith}</Text>}
              {address.notes && (
                <Text size="sm" c="dimmed">
                  {address.notes}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{ADDRESS_KIND_LABELS[address.kind]}</Table.Td>
            <Table.Td>{formatPeriod(address.movedIn, address.movedOut) || 'Dates not known'}</Table.Td>
            <Table.Td>
              <Text size="sm">{address.verifiedOn ? `${formatDate(address.verifiedOn)} by ${verifierName(address.verifiedBy)}` : 'Not verified'}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <SmallButton aria-label={`Edit ${place}`} onClick={() => onAction({ kind: 'edit', address })}>
                  Edit
                </SmallButton>
                {address.movedOut === null && (
                  <>
                    <SmallButton aria-label={`Mark verified: ${place}`} onClick={() => onAction({ kind: 'verify', address })}>
                      Mark verified
                    </SmallButton>
                    <SmallButton aria-label={`Moved out of ${place}`} onClick={() => onAction({ kind: 'moveOut', address })}>
                      Moved out
                    </SmallButton>
                  </>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      }}
    </RecordTable>
  );
}

/** Where the client lives and has lived; moving out keeps the address as history, never deletes it. */
export function AddressesTab({ profile }: { profile: ClientProfile }) {
  const { client, addresses } = profile;
  const directory = useDirectory();
  const [dialog, setDialog] = useState<AddressDialog | null>(null);
  const close = () => setDialog(null);
  const current = addresses.filter((address) => address.movedOut === null);
  const past = addresses.filter((address) => address.movedOut !== null);
  const verifierName = userNameOf(directory.data);

  return (
    <Stack>
      <TitledSection title="Current addresses" actions={<SmallButton onClick={() => setDialog({ kind: 'add' })}>Add address</SmallButton>}>
        {current.length ? (
          <AddressTable label="Current addresses" addresses={current} verifierName={verifierName} onAction={setDialog} />
        ) : (
          <Text c="dimmed">No current address.</Text>
        )}
      </TitledSection>
      <TitledSection title="Address history">
        {past.length ? <AddressTable label="Past addresses" addresses={past} verifierName={verifierName} onAction={setDialog} /> : <Text c="dimmed">No past addresses.</Text>}
      </TitledSection>

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <RecordModal
          noun="address"
          field="address"
          channels={{ add: 'clients.addAddress', update: 'clients.updateAddress' }}
          clientId={client.id}
          blank={blankAddress}
          existing={dialog.kind === 'edit' ? { idField: 'addressId', id: dialog.address.id, values: fieldsOf(addressSchema, dialog.address) } : null}
          onClose={close}
        >
          {/* Moving out has its own action, which keeps the address in the history. */}
          {(scope) => <AddressFields scope={scope} withMovedOut={false} />}
        </RecordModal>
      )}
      {(dialog?.kind === 'moveOut' || dialog?.kind === 'verify') && <AddressDateModal kind={dialog.kind} address={dialog.address} onClose={close} />}
    </Stack>
  );
}
