import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useCreateReferral } from '../../api/referrals';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { idSelectProps, optionalDateProps } from '../../components/nullableInputs';
import { agencyOptions } from './agencyOptions';
import type { Agency } from './referralTypes';

/** Refers the client to one of the directory's active agencies; the referral starts as "made". */
export function ReferralModal({ clientId, agencies, onClose }: { clientId: number; agencies: Agency[]; onClose: () => void }) {
  const mutation = useCreateReferral();
  return (
    <ChannelFormModal
      channel="referrals.create"
      mutation={mutation}
      title="New referral"
      submitLabel="Make referral"
      initialValues={{ clientId, referral: { agencyId: null as number | null, referredOn: today(), reason: '', followUpDate: null as string | null } }}
      savedMessage="Referral made."
      onClose={onClose}
    >
      {(form) => (
        <Stack>
          <Select label="Agency" data={agencyOptions(agencies)} searchable placeholder="Choose…" data-autofocus {...idSelectProps(form.getInputProps('referral.agencyId'))} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Referred on" type="date" {...form.getInputProps('referral.referredOn')} />
            <TextInput label="Follow up on" description="Optional: when to check the client went" type="date" {...optionalDateProps(form.getInputProps('referral.followUpDate'))} />
          </SimpleGrid>
          <Textarea label="Reason for the referral" autosize minRows={2} {...form.getInputProps('referral.reason')} />
        </Stack>
      )}
    </ChannelFormModal>
  );
}
