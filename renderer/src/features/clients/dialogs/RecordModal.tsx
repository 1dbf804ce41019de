import type { ReactNode } from 'react';
import type { ClientChange } from '../../../api/clients';
import { formScope, type FormScope } from '../../../components/formScope';
import { ClientFormModal } from './ClientFormModal';

interface RecordModalProps<T> {
  /** What the record is, lower case: "address" gives "Add address", "Edit address", "Address saved." */
  noun: string;
  /** Where the record sits in both channels' input: { clientId, address } to add, { addressId, address } to edit. */
  field: string;
  channels: { add: ClientChange; update: ClientChange };
  clientId: number;
  blank: () => T;
  /** The stored record to edit, named by its id field; null adds a new one. */
  existing: { idField: string; id: number; values: T } | null;
  size?: string;
  onClose: () => void;
  children: (scope: FormScope<T>) => ReactNode;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Adds one record to a list on the client's record (an address, a contact…) or edits one, with the same fields. */
export function RecordModal<T>({ noun, field, channels, clientId, blank, existing, size = 'xl', onClose, children }: RecordModalProps<T>) {
  return (
    <ClientFormModal
      channel={existing ? channels.update : channels.add}
      title={`${existing ? 'Edit' : 'Add'} ${noun}`}
      submitLabel={`${existing ? 'Save' : 'Add'} ${noun}`}
      size={size}
      initialValues={existing ? { [existing.idField]: existing.id, [field]: existing.values } : { clientId, [field]: blank() }}
      savedMessage={`${capitalize(noun)} ${existing ? 'saved' : 'added'}.`}
      onClose={onClose}
    >
      {(form) => children(formScope<Record<string, T>>(form).field(field))}
    </ClientFormModal>
  );
}
