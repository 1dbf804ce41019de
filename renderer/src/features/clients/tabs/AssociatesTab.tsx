import { Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { associateSchema } from '../../../../../electron/api/clients/clientsSchemas';
import { useClientChange } from '../../../api/clients';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifySuccess } from '../../../components/notifySuccess';
import { RecordTable } from '../../../components/RecordTable';
import { blankAssociate, fieldsOf } from '../clientForms';
import { ASSOCIATE_KIND_LABELS } from '../clientLabels';
import { RecordModal } from '../dialogs/RecordModal';
import { AssociateFields } from '../fields/AssociateFields';
import type { AssociateRow, ClientProfile } from '../profileTypes';
import { TitledSection } from '../../../components/TitledSection';
import { SmallButton } from '../../../components/SmallButton';

type AssociateDialog = { kind: 'add' } | { kind: 'edit' | 'remove'; associate: AssociateRow };

/** Family, employer, school, treatment, attorney: who the officer contacts about the client. */
export function AssociatesTab({ profile }: { profile: ClientProfile }) {
  const { client, associates } = profile;
  const [dialog, setDialog] = useState<AssociateDialog | null>(null);
  const remove = useClientChange('clients.removeAssociate');
  const close = () => {
    setDialog(null);
    remove.reset();
  };

  return (
    <TitledSection title="Contacts" actions={<SmallButton onClick={() => setDialog({ kind: 'add' })}>Add contact</SmallButton>}>
      <RecordTable
        label="Contacts"
        columns={['Name', 'Kind', 'Relationship', 'Phone', 'Address and notes', 'Actions']}
        rows={associates}
        emptyText="No contacts recorded."
        minWidth={860}
      >
        {(associate) => (
          <Table.Tr key={associate.id}>
            <Table.Td fw={600}>{associate.name}</Table.Td>
            <Table.Td>{ASSOCIATE_KIND_LABELS[associate.kind]}</Table.Td>
            <Table.Td>{associate.relationship}</Table.Td>
            <Table.Td>{associate.phone}</Table.Td>
            <Table.Td>
              <Text size="sm">{associate.address}</Text>
              <Text size="sm" c="dimmed">
                {associate.notes}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <SmallButton aria-label={`Edit ${associate.name}`} onClick={() => setDialog({ kind: 'edit', associate })}>
                  Edit
                </SmallButton>
                <SmallButton danger aria-label={`Remove ${associate.name}`} onClick={() => setDialog({ kind: 'remove', associate })}>
                  Remove
                </SmallButton>
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      </RecordTable>

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <RecordModal
          noun="contact"
          field="associate"
          channels={{ add: 'clients.addAssociate', update: 'clients.updateAssociate' }}
          clientId={client.id}
          blank={blankAssociate}
          existing={dialog.kind === 'edit' ? { idField: 'associateId', id: dialog.associate.id, values: fieldsOf(associateSchema, dialog.associate) } : null}
          onClose={close}
        >
          {(scope) => <AssociateFields scope={scope} />}
        </RecordModal>
      )}
      <ConfirmModal
        opened={dialog?.kind === 'remove'}
        title="Remove this contact?"
        confirmLabel="Remove contact"
        confirmColor="red"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          dialog?.kind === 'remove' &&
          remove.mutate(
            { associateId: dialog.associate.id },
            {
              onSuccess: () => {
                notifySuccess(`${dialog.associate.name} removed from the contacts.`);
                close();
              },
            },
          )
        }
        onClose={close}
      >
        <Text>{dialog?.kind === 'remove' && dialog.associate.name} will no longer be listed. Notes that mention them keep their meaning: the record is kept, marked removed.</Text>
      </ConfirmModal>
    </TitledSection>
  );
}
