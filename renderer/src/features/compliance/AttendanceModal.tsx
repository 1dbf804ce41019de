import { Autocomplete, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { Attendance } from '../../../../electron/api/compliance/complianceWire';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useRecordAttendance } from '../../api/compliance';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { idSelectProps } from '../../components/nullableInputs';
import { optionsOf } from '../clients/clientLabels';
import { ATTENDANCE_LABELS } from './complianceLabels';

const ATTENDANCE_OPTIONS = optionsOf(ATTENDANCE_LABELS);

interface AttendanceModalProps {
  clientId: number;
  conditions: { value: string; label: string }[];
  /** Programmes this client has attended before, offered as the officer types. */
  programmes: string[];
  onClose: () => void;
}

/** One programme or treatment session, attended or not; sessions attended count towards a sessions condition. */
export function AttendanceModal({ clientId, conditions, programmes, onClose }: AttendanceModalProps) {
  const mutation = useRecordAttendance();
  return (
    <ChannelFormModal
      channel="compliance.recordAttendance"
      mutation={mutation}
      title="Record program attendance"
      submitLabel="Record attendance"
      initialValues={{
        clientId,
        entry: { programmeName: '', sessionDate: today(), attendance: null as Attendance['attendance'] | null, conditionId: null as number | null, notes: '' },
      }}
      savedMessage="Attendance recorded."
      onClose={onClose}
    >
      {(form) => (
        <Stack>
          <Autocomplete label="Program" data={programmes} data-autofocus {...form.getInputProps('entry.programmeName')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Session date" type="date" {...form.getInputProps('entry.sessionDate')} />
            <Select label="Attendance" data={ATTENDANCE_OPTIONS} allowDeselect={false} placeholder="Choose…" {...form.getInputProps('entry.attendance')} />
          </SimpleGrid>
          <Select
            label="Condition"
            description="The order it counts toward; empty if none"
            data={conditions}
            clearable
            {...idSelectProps(form.getInputProps('entry.conditionId'))}
          />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('entry.notes')} />
        </Stack>
      )}
    </ChannelFormModal>
  );
}
