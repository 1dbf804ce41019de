import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { APPOINTMENT_TYPE_LABELS } from '../../../../electron/api/schedule/scheduleSchemas';
import { useActiveSession } from '../../app/ActiveSession';
import { useClientProfile } from '../../api/clients';
import { useAppointmentChange } from '../../api/schedule';
import { useDirectory } from '../../api/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { idSelectProps } from '../../components/nullableInputs';
import { notifySuccess } from '../../components/notifySuccess';
import { useChannelForm } from '../../components/useChannelForm';
import { optionsOf } from '../clients/clientLabels';
import { formatAddress } from '../clients/formatClient';
import { officerOptions } from '../clients/officerOptions';
import { toSaveInput, type AppointmentFormValues, type SaveChannel } from './appointmentForm';
import { ClientSelect } from './ClientSelect';
import { ConflictList } from './ConflictList';
import { RecurrenceFields } from './RecurrenceFields';

const TYPE_OPTIONS = optionsOf(APPOINTMENT_TYPE_LABELS);
const LOCATION_OPTIONS = [
  { value: 'office', label: 'Office' },
  { value: 'client_address', label: "Client's address" },
  { value: 'other', label: 'Other place' },
];

type Form = UseFormReturnType<AppointmentFormValues>;
type Conflicts = Extract<ChannelOutput<'appointments.create'>, { saved: false }>['officerConflicts'];

/** The chosen client's current addresses (reading them opens, and audits, the record). */
function ClientAddressSelect({ form, clientId }: { form: Form; clientId: number }) {
  const profile = useClientProfile(clientId);
  const current = (profile.data?.addresses ?? []).filter((address) => address.movedOut === null);
  const options = current.map((address) => ({ value: String(address.id), label: formatAddress(address) }));
  // Where the client lives is where a home visit goes: chosen for the officer, who may pick another.
  const residence = current.find((address) => address.kind === 'residence') ?? current[0];
  const chosen = form.getValues().appointment.addressId;
  useEffect(() => {
    if (chosen === null && residence) form.setFieldValue('appointment.addressId', residence.id);
  }, [chosen, residence, form]);
  return <Select label="Address" placeholder="Choose…" data={options} {...idSelectProps(form.getInputProps('appointment.addressId'))} />;
}

function AddressSelect({ form }: { form: Form }) {
  const { clientId } = form.getValues().appointment;
  if (clientId === null) return <Select label="Address" placeholder="Choose the client first" data={[]} disabled {...form.getInputProps('appointment.addressId')} value={null} />;
  return <ClientAddressSelect key={clientId} form={form} clientId={clientId} />;
}

function AppointmentFields({ form, clientLabel, seriesLocked }: { form: Form; clientLabel: string | null; seriesLocked: boolean }) {
  const { user } = useActiveSession();
  const directory = useDirectory().data ?? [];
  const { appointment } = form.getValues();
  const officers = user.role === 'officer' ? [{ value: String(user.id), label: user.fullName }] : officerOptions(directory);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Type"
          data={TYPE_OPTIONS}
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('appointment.type')}
          onChange={(value) => {
            const type = value as AppointmentFormValues['appointment']['type'];
            form.setFieldValue('appointment.type', type);
            // A home visit is at the client's address; another type booked from one goes back to the office.
            if (type === 'home_visit') form.setFieldValue('appointment.locationKind', 'client_address');
            else if (appointment.type === 'home_visit' && appointment.locationKind === 'client_address') {
              form.setFieldValue('appointment.locationKind', 'office');
              form.setFieldValue('appointment.addressId', null);
            }
          }}
        />
        <Select label="Officer" data={officers} allowDeselect={false} disabled={user.role === 'officer'} {...idSelectProps(form.getInputProps('appointment.officerId'))} />
      </SimpleGrid>
      <ClientSelect
        inputProps={form.getInputProps('appointment.clientId')}
        current={appointment.clientId === null || clientLabel === null ? null : { id: appointment.clientId, label: clientLabel }}
        disabled={seriesLocked}
      />
      {appointment.type === 'other' && <TextInput label="Title" description="Needed for an event without a client" {...form.getInputProps('appointment.title')} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Start" type="datetime-local" {...form.getInputProps('appointment.start')} />
        <TextInput label="End" type="datetime-local" {...form.getInputProps('appointment.end')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Location"
          data={LOCATION_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('appointment.locationKind')}
          onChange={(value) => {
            form.setFieldValue('appointment.locationKind', value as AppointmentFormValues['appointment']['locationKind']);
            if (value !== 'client_address') form.setFieldValue('appointment.addressId', null);
          }}
        />
        {appointment.locationKind === 'client_address' ? (
          <AddressSelect form={form} />
        ) : (
          <TextInput
            label={appointment.locationKind === 'office' ? 'Room' : 'Place'}
            description={appointment.locationKind === 'office' ? 'Optional' : undefined}
            {...form.getInputProps('appointment.locationText')}
          />
        )}
      </SimpleGrid>
      {appointment.type === 'court_hearing' && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Court" {...form.getInputProps('appointment.court')} />
          <TextInput label="Docket number" description="Optional" {...form.getInputProps('appointment.docketNumber')} />
          <TextInput label="Hearing type" {...form.getInputProps('appointment.hearingType')} />
        </SimpleGrid>
      )}
      <Textarea label="Notes" description="Optional" autosize minRows={2} {...form.getInputProps('appointment.notes')} />
    </>
  );
}

interface AppointmentFormModalProps {
  channel: SaveChannel;
  title: string;
  initialValues: AppointmentFormValues;
  /** The client's name as the list shows it, when editing. */
  clientLabel?: string | null;
  onClose: () => void;
}

/**
 * Books or changes an appointment (or a series). The host answers an officer's double-booking with the
 * conflicts instead of saving; they are listed here and "Book anyway" sends the same input confirmed. A client's
 * overlapping appointment is refused outright and shown as the form's error.
 */
export function AppointmentFormModal({ channel, title, initialValues, clientLabel = null, onClose }: AppointmentFormModalProps) {
  const mutation = useAppointmentChange(channel);
  const confirmed = useRef(false);
  const [conflicts, setConflicts] = useState<Conflicts>([]);
  const { form, submit, formError, pending } = useChannelForm(channel, mutation, {
    initialValues,
    toInput: (values) => toSaveInput(values, confirmed.current),
    onSaved: (output) => {
      if (!output.saved) {
        setConflicts(output.officerConflicts);
        return;
      }
      const count = output.appointments.length;
      notifySuccess(count === 1 ? 'Appointment saved.' : `${count} appointments saved.`);
      onClose();
    },
  });
  const bookAnyway = () => {
    confirmed.current = true;
    submit();
  };
  const editing = channel !== 'appointments.create';

  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <form
        onSubmit={(event) => {
          confirmed.current = false;
          setConflicts([]);
          submit(event);
        }}
        noValidate
      >
        <Stack>
          <AppointmentFields form={form} clientLabel={clientLabel} seriesLocked={channel === 'appointments.updateOccurrence' && initialValues.repeats} />
          {channel !== 'appointments.updateOccurrence' && <RecurrenceFields form={form} fixed={channel === 'appointments.updateFollowing'} />}
          {conflicts.length > 0 && <ConflictList conflicts={conflicts} />}
          <ErrorAlert error={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            {conflicts.length > 0 && (
              <Button color="orange" loading={pending} onClick={bookAnyway}>
                Book anyway
              </Button>
            )}
            <Button type="submit" loading={pending}>
              {editing ? 'Save changes' : 'Book appointment'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
