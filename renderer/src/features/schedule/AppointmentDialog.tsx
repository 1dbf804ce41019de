import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CONTACT_OUTCOME_LABELS } from '../../../../electron/api/shared/recordLabels';
import { paths } from '../../app/paths';
import { useAppointment, useAppointmentChange } from '../../api/schedule';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FactList } from '../../components/FactList';
import { notifySuccess } from '../../components/notifySuccess';
import { PageLoader } from '../../components/PageLoader';
import { noteLink } from '../caseNotes/noteLink';
import { editAppointmentValues, type AppointmentView, type SeriesSummary } from './appointmentForm';
import { AppointmentFormModal } from './AppointmentFormModal';
import { formatSpan } from './calendarEvents';
import { OutcomeModal, type OutcomeResult } from './OutcomeModal';

type Step = 'view' | 'edit' | 'cancel' | 'outcome' | 'edit-this' | 'edit-following' | { violationFor: OutcomeResult };

interface AppointmentDialogProps {
  appointmentId: number;
  /** A new time dragged on the calendar: the dialog opens straight at the edit, with these times. */
  moved?: { start: Date; end: Date };
  onClose: () => void;
}

/** Asks whether a change applies to this occurrence of a series only, or to it and every later one. */
function WhichOccurrences({
  verb,
  pending,
  error,
  onChoose,
  onClose,
}: {
  verb: string;
  pending?: boolean;
  error?: unknown;
  onChoose: (which: 'this' | 'following') => void;
  onClose: () => void;
}) {
  return (
    <Modal opened onClose={onClose} title={`${verb} a repeating appointment`} size="md">
      <Stack>
        <Text>This appointment is part of a series. {verb} only this occurrence, or this one and every later one?</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Back
          </Button>
          <Button variant="light" loading={pending} onClick={() => onChoose('this')}>
            This occurrence
          </Button>
          <Button loading={pending} onClick={() => onChoose('following')}>
            This and following
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AppointmentFacts({ appointment, series }: { appointment: AppointmentView; series: SeriesSummary | null }) {
  return (
    <FactList
      cols={2}
      facts={[
        ['When', formatSpan(appointment.startLocal, appointment.endLocal)],
        ['Client', appointment.clientName && `${appointment.clientName} (${appointment.caseNumber})`],
        ['Officer', appointment.officerName],
        ['Where', appointment.locationLabel],
        ['Repeats', series?.description],
        ['Court', appointment.court],
        ['Docket number', appointment.docketNumber],
        ['Hearing type', appointment.hearingType],
        ['Outcome', appointment.outcome && CONTACT_OUTCOME_LABELS[appointment.outcome]],
        ['Notes', appointment.notes],
      ]}
    />
  );
}

/** One appointment: its details, and from there edit, cancel or record its outcome (which opens the case note). */
export function AppointmentDialog({ appointmentId, moved, onClose }: AppointmentDialogProps) {
  const detail = useAppointment(appointmentId);
  const cancel = useAppointmentChange('appointments.cancel');
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>(moved ? 'edit' : 'view');
  if (!detail.data) {
    return (
      <Modal opened onClose={onClose} title="Appointment">
        <ErrorAlert error={detail.error} />
        {detail.isPending && <PageLoader />}
      </Modal>
    );
  }
  const { appointment, series } = detail.data;
  const scheduled = appointment.status === 'scheduled';
  const clientLabel = appointment.clientName && `${appointment.clientName} (${appointment.caseNumber})`;
  const openNote = (result: OutcomeResult) => {
    if (result.noteId !== null && appointment.clientId !== null) void navigate(noteLink(appointment.clientId, result.noteId));
    onClose();
  };
  const doCancel = (which: 'this' | 'following') =>
    cancel.mutate(
      { appointmentId, which },
      {
        onSuccess: (cancelled) => {
          notifySuccess(cancelled.length === 1 ? 'Appointment cancelled.' : `${cancelled.length} appointments cancelled.`);
          onClose();
        },
      },
    );

  if (step === 'edit' && series)
    return <WhichOccurrences verb="Change" onChoose={(which) => setStep(which === 'this' ? 'edit-this' : 'edit-following')} onClose={moved ? onClose : () => setStep('view')} />;
  if (step === 'edit' || step === 'edit-this' || step === 'edit-following') {
    return (
      <AppointmentFormModal
        channel={step === 'edit-following' ? 'appointments.updateFollowing' : 'appointments.updateOccurrence'}
        title={step === 'edit-following' ? 'Change this and following appointments' : 'Change the appointment'}
        initialValues={{
          ...editAppointmentValues(appointment, step === 'edit-following' ? series : null, moved),
          repeats: step === 'edit-following' || (step === 'edit-this' && series !== null),
        }}
        clientLabel={clientLabel}
        onClose={onClose}
      />
    );
  }
  if (step === 'cancel') {
    return series ? (
      <WhichOccurrences verb="Cancel" pending={cancel.isPending} error={cancel.error} onChoose={doCancel} onClose={() => setStep('view')} />
    ) : (
      <Modal opened onClose={() => setStep('view')} title="Cancel the appointment" size="md">
        <Stack>
          <Text>Cancel this appointment? It stays on the calendar, marked cancelled.</Text>
          <ErrorAlert error={cancel.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep('view')}>
              Back
            </Button>
            <Button color="red" loading={cancel.isPending} onClick={() => doCancel('this')}>
              Cancel appointment
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  if (step === 'outcome')
    return <OutcomeModal appointmentId={appointmentId} onSaved={(result) => (result.promptViolation ? setStep({ violationFor: result }) : openNote(result))} onClose={onClose} />;
  if (typeof step === 'object') {
    return (
      <Modal opened onClose={() => openNote(step.violationFor)} title="Record a violation?" size="md">
        <Stack>
          <Text>{appointment.clientName} failed to attend. Record a violation of the reporting condition now? The case note was started as a draft either way.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => openNote(step.violationFor)}>
              Not now – open the case note
            </Button>
            <Button
              color="red"
              onClick={() => {
                void navigate(`${paths.client(appointment.clientId as number)}?tab=violations`);
                onClose();
              }}
            >
              Record a violation
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} title={appointment.clientName ? `${appointment.typeLabel}: ${appointment.clientName}` : appointment.title || appointment.typeLabel} size="lg">
      <Stack>
        <Group gap="xs">
          <Badge variant="light">{appointment.typeLabel}</Badge>
          <Badge variant="outline" color={scheduled ? 'blue' : 'gray'}>
            {appointment.status}
          </Badge>
          {appointment.exceptionKind && <Badge color="grape">Changed from the series</Badge>}
        </Group>
        <AppointmentFacts appointment={appointment} series={series} />
        <Group justify="flex-end">
          {appointment.noteId !== null && appointment.clientId !== null && (
            <Button variant="default" onClick={() => openNote({ appointment, noteId: appointment.noteId, noteCreated: false, promptViolation: false })}>
              Open case note
            </Button>
          )}
          {scheduled && (
            <>
              <Button variant="default" color="red" onClick={() => setStep('cancel')}>
                Cancel appointment
              </Button>
              <Button variant="default" onClick={() => setStep('edit')}>
                Edit
              </Button>
            </>
          )}
          {appointment.clientId !== null && appointment.status !== 'cancelled' && (
            <Button onClick={() => setStep('outcome')}>{appointment.outcome ? 'Change outcome' : 'Record outcome'}</Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
