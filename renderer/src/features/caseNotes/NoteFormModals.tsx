import { Checkbox, Text } from '@mantine/core';
import { useNoteChange } from '../../api/caseNotes';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { formScope } from '../../components/formScope';
import { FormModal } from '../../components/FormModal';
import { notifySuccess } from '../../components/notifySuccess';
import { useChannelForm } from '../../components/useChannelForm';
import { NoteFields } from './NoteFields';
import { blankNote, noteFormOf, noteInputOf, type NoteForm } from './noteForm';
import type { NoteRow } from './noteTypes';

interface NewNoteModalProps {
  clientId: number;
  /** Names the client when the form is opened away from their record (from the caseload). */
  clientLabel?: string;
  onClose: () => void;
}

/** Records a contact as a draft, or signed straight away. */
export function NewNoteModal({ clientId, clientLabel, onClose }: NewNoteModalProps) {
  const { form, submit, formError, pending } = useChannelForm('caseNotes.create', useNoteChange('caseNotes.create'), {
    initialValues: { clientId, note: blankNote(), sign: false },
    toInput: (values) => ({ ...values, note: noteInputOf(values.note) }),
    onSaved: (note) => {
      notifySuccess(note.status === 'signed' ? 'Contact saved and signed.' : 'Contact saved as a draft. Sign it when it is complete.');
      onClose();
    },
  });
  const signNow = form.getValues().sign;
  return (
    <FormModal title="New contact" submitLabel={signNow ? 'Save and sign' : 'Save draft'} pending={pending} error={formError} onSubmit={submit} onClose={onClose} size="xl">
      {clientLabel && <Text fw={600}>Client: {clientLabel}</Text>}
      <NoteFields scope={formScope<{ note: NoteForm }>(form).field('note')} />
      <Checkbox
        label="Sign now"
        description="A signed note can no longer be changed or deleted; corrections are added to it as addenda."
        {...form.getInputProps('sign', { type: 'checkbox' })}
      />
    </FormModal>
  );
}

/** Changes a draft; signed notes never reach this form. */
export function EditNoteModal({ note, onClose }: { note: NoteRow; onClose: () => void }) {
  return (
    <ChannelFormModal
      channel="caseNotes.update"
      mutation={useNoteChange('caseNotes.update')}
      title="Edit draft contact"
      submitLabel="Save draft"
      size="xl"
      initialValues={{ noteId: note.id, version: note.rowVersion, note: noteFormOf(note) }}
      toInput={(values) => ({ ...values, note: noteInputOf(values.note) })}
      savedMessage="Draft saved."
      onClose={onClose}
    >
      {(form) => <NoteFields scope={formScope<{ note: NoteForm }>(form).field('note')} />}
    </ChannelFormModal>
  );
}
