import { Text, Textarea } from '@mantine/core';
import { useNoteChange } from '../../api/caseNotes';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { notifySuccess } from '../../components/notifySuccess';
import type { NoteAction } from './NoteCard';
import { EditNoteModal } from './NoteFormModals';
import { noteTitle } from './noteFormat';
import type { NoteRow } from './noteTypes';

export interface NoteDialog {
  action: NoteAction;
  note: NoteRow;
}

interface DialogProps {
  note: NoteRow;
  onClose: () => void;
}

/** The two one-click changes to a draft, each confirmed first: signing it for good, or deleting it. */
const CONFIRMS = {
  sign: {
    channel: 'caseNotes.sign',
    title: 'Sign this note?',
    confirmLabel: 'Sign note',
    color: undefined,
    saved: 'Note signed.',
    body: (title: string) => (
      <>
        <strong>{title}</strong> becomes part of the permanent record: after signing, nobody can change or delete it. Corrections are then added as addenda, shown with the note.
      </>
    ),
  },
  delete: {
    channel: 'caseNotes.delete',
    title: 'Delete this draft?',
    confirmLabel: 'Delete draft',
    color: 'red',
    saved: 'Draft deleted.',
    body: (title: string) => (
      <>
        The draft <strong>{title}</strong> is deleted, and any drug test or violation that pointed to it no longer does. The deletion is recorded in the audit log.
      </>
    ),
  },
} as const;

function ConfirmDraftChange({ note, kind, onClose }: DialogProps & { kind: keyof typeof CONFIRMS }) {
  const confirm = CONFIRMS[kind];
  const change = useNoteChange(confirm.channel);
  const done = () => {
    notifySuccess(confirm.saved);
    onClose();
  };
  return (
    <ConfirmModal
      opened
      title={confirm.title}
      confirmLabel={confirm.confirmLabel}
      confirmColor={confirm.color}
      pending={change.isPending}
      error={change.error}
      onConfirm={() => change.mutate({ noteId: note.id }, { onSuccess: done })}
      onClose={onClose}
    >
      <Text>{confirm.body(noteTitle(note))}</Text>
    </ConfirmModal>
  );
}

/** What "Edit" on a signed note answers: it cannot be changed, and a correction is an addendum. */
function SignedNoteNotice({ note, onClose, onAddAddendum }: DialogProps & { onAddAddendum: () => void }) {
  return (
    <ConfirmModal opened title="This note is signed" confirmLabel="Add addendum" pending={false} error={null} onConfirm={onAddAddendum} onClose={onClose}>
      <Text>
        <strong>{noteTitle(note)}</strong> was signed, so it can no longer be edited or deleted: the record stays as it was when it was signed.
      </Text>
      <Text>To correct it or add to it, write an addendum. It is kept with the note, under it, with your name and the date.</Text>
    </ConfirmModal>
  );
}

/** The two things written onto a signed note: an addendum (permanent) and a supervisor's review. */
const TEXT_FORMS = {
  addendum: {
    channel: 'caseNotes.addAddendum',
    field: 'text',
    title: 'Add addendum',
    submitLabel: 'Save addendum',
    saved: 'Addendum added to the note.',
    intro: (title: string) => `To ${title}. An addendum is permanent once saved.`,
    label: 'Addendum',
    description: 'The correction or addition, and why it is made.',
  },
  review: {
    channel: 'caseNotes.review',
    field: 'comment',
    title: 'Record review',
    submitLabel: 'Record review',
    saved: 'Review recorded.',
    intro: (title: string) => `You have reviewed ${title}.`,
    label: 'Comment',
    description: 'Optional.',
  },
} as const;

function NoteTextModal({ note, kind, onClose }: DialogProps & { kind: keyof typeof TEXT_FORMS }) {
  const text = TEXT_FORMS[kind];
  return (
    <ChannelFormModal
      channel={text.channel}
      mutation={useNoteChange(text.channel)}
      title={text.title}
      submitLabel={text.submitLabel}
      initialValues={{ noteId: note.id, [text.field]: '' }}
      savedMessage={text.saved}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Text>{text.intro(noteTitle(note))}</Text>
          <Textarea label={text.label} description={text.description} autosize minRows={3} spellCheck data-autofocus {...form.getInputProps(text.field)} />
        </>
      )}
    </ChannelFormModal>
  );
}

/** The dialog a note's action opens; "Edit" on a signed note leads to the addendum form through its explanation. */
export function NoteDialogs({ dialog, onChange, onClose }: { dialog: NoteDialog; onChange: (dialog: NoteDialog) => void; onClose: () => void }) {
  const { action, note } = dialog;
  switch (action) {
    case 'edit':
      return note.status === 'signed' ? (
        <SignedNoteNotice note={note} onClose={onClose} onAddAddendum={() => onChange({ action: 'addendum', note })} />
      ) : (
        <EditNoteModal note={note} onClose={onClose} />
      );
    case 'sign':
    case 'delete':
      return <ConfirmDraftChange note={note} kind={action} onClose={onClose} />;
    case 'addendum':
    case 'review':
      return <NoteTextModal note={note} kind={action} onClose={onClose} />;
  }
}
