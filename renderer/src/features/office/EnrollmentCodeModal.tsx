import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { EnrolmentCode } from '../../../../electron/api/office/officeWire';
import { useCreateEnrollmentCode } from '../../api/office';
import { FormModal } from '../../components/FormModal';
import { formatLocalTime } from '../../components/formatTime';
import { useChannelForm } from '../../components/useChannelForm';

/** The code is shown once, here: the host keeps only its hash. */
function MadeCode({ made, onClose }: { made: EnrolmentCode; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`Enrollment code for ${made.workstationName}`}>
      <Stack>
        <Code block fz="xl" aria-label="Enrollment code">
          {made.code}
        </Code>
        <Text>
          Type it on that workstation with <Code>npm run enroll</Code>, with this host&apos;s address and fingerprint, and check that both screens show the same fingerprint. It
          works once, until {formatLocalTime(made.expiresAt)}, and is not shown again.
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function EnrollmentCodeModal({ onClose }: { onClose: () => void }) {
  const create = useCreateEnrollmentCode();
  const [made, setMade] = useState<EnrolmentCode | null>(null);
  const { form, submit, formError, pending } = useChannelForm('office.createEnrollmentCode', create, { initialValues: { workstationName: '' }, onSaved: setMade });
  if (made) return <MadeCode made={made} onClose={onClose} />;
  return (
    <FormModal title="New enrollment code" submitLabel="Make the code" pending={pending} error={formError} onSubmit={submit} onClose={onClose} size="md">
      <TextInput label="Workstation name" description='As it will be listed, e.g. "Front desk 2".' required data-autofocus {...form.getInputProps('workstationName')} />
    </FormModal>
  );
}
