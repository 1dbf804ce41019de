import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { REFERRAL_STATUSES } from '../../../../electron/api/referrals/referralsCodes';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useSetReferralStatus } from '../../api/referrals';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { REFERRAL_STATUS_LABELS } from './referralLabels';
import type { Referral } from './referralTypes';

/** Moves a referral on (accepted, attending, completed…) with the date it happened; each status is kept in its history. */
export function ReferralStatusModal({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const mutation = useSetReferralStatus();
  const options = REFERRAL_STATUSES.filter((status) => status !== referral.status).map((status) => ({ value: status, label: REFERRAL_STATUS_LABELS[status] }));
  return (
    <ChannelFormModal
      channel="referrals.setStatus"
      mutation={mutation}
      title={`Referral to ${referral.agencyName}`}
      submitLabel="Update status"
      size="md"
      initialValues={{ referralId: referral.id, status: null as Referral['status'] | null, statusDate: today(), note: '' }}
      savedMessage={(row) => `The referral is now ${REFERRAL_STATUS_LABELS[row.status].toLowerCase()}.`}
      onClose={onClose}
    >
      {(form) => (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="New status" data={options} allowDeselect={false} placeholder="Choose…" data-autofocus {...form.getInputProps('status')} />
            <TextInput label="Date" type="date" {...form.getInputProps('statusDate')} />
          </SimpleGrid>
          <Textarea label="Note" description="What the agency or the client said" autosize minRows={2} {...form.getInputProps('note')} />
        </Stack>
      )}
    </ChannelFormModal>
  );
}
