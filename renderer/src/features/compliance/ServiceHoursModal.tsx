import { Autocomplete, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useLogServiceHours } from '../../api/compliance';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { idSelectProps, optionalNumberProps } from '../../components/nullableInputs';
import { formatHours, minutesOf } from './units';

interface ServiceHoursModalProps {
  clientId: number;
  conditions: { value: string; label: string }[];
  /** Placements this client has worked at before, offered as the officer types. */
  agencies: string[];
  onClose: () => void;
}

/** Logs one day's community service; the officer types hours (2.5), the host keeps minutes. */
export function ServiceHoursModal({ clientId, conditions, agencies, onClose }: ServiceHoursModalProps) {
  const mutation = useLogServiceHours();
  return (
    <ChannelFormModal
      channel="compliance.logServiceHours"
      mutation={mutation}
      title="Log community-service hours"
      submitLabel="Log hours"
      initialValues={{
        clientId,
        entry: {
          conditionId: conditions.length === 1 ? Number(conditions[0].value) : (null as number | null),
          serviceDate: today(),
          // Hours as typed; sent as minutes.
          minutes: null as number | null,
          agency: '',
          verifiedBy: '',
          notes: '',
        },
      }}
      toInput={(values) => ({ ...values, entry: { ...values.entry, minutes: minutesOf(values.entry.minutes) } })}
      savedMessage={(row) => `${formatHours(row.minutes / 60)} of community service logged.`}
      onClose={onClose}
    >
      {(form) => (
        <Stack>
          <Select label="Condition" data={conditions} allowDeselect={false} placeholder="Choose…" {...idSelectProps(form.getInputProps('entry.conditionId'))} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Date of the service" type="date" {...form.getInputProps('entry.serviceDate')} />
            <NumberInput
              label="Hours worked"
              description="For example 4 or 2.5"
              decimalScale={2}
              min={0}
              step={0.5}
              data-autofocus
              {...optionalNumberProps(form.getInputProps('entry.minutes'))}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Autocomplete label="Placement agency" data={agencies} {...form.getInputProps('entry.agency')} />
            <TextInput label="Verified by" description="Who at the placement confirmed the hours" {...form.getInputProps('entry.verifiedBy')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('entry.notes')} />
        </Stack>
      )}
    </ChannelFormModal>
  );
}
