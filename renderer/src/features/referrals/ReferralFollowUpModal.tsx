import { Stack, Textarea, TextInput } from '@mantine/core';
import { useUpdateReferral } from '../../api/referrals';
import { ChannelFormModal } from '../../components/ChannelFormModal';
import { optionalDateProps } from '../../components/nullableInputs';
import type { Referral } from './referralTypes';

/** The follow-up on a referral: whether the client is using the service and what came of it, and when to check next. */
export function ReferralFollowUpModal({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const mutation = useUpdateReferral();
  return (
    <ChannelFormModal
      channel="referrals.update"
      mutation={mutation}
      title={`Follow up: referral to ${referral.agencyName}`}
      submitLabel="Save follow-up"
      initialValues={{ referralId: referral.id, reason: referral.reason, followUpDate: referral.followUpDate, outcomeNotes: referral.outcomeNotes }}
      savedMessage="Follow-up saved."
      onClose={onClose}
    >
      {(form) => (
        <Stack>
          <Textarea
            label="Outcome"
            description="Whether the client went, what the agency reports, what came of it"
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('outcomeNotes')}
          />
          <TextInput label="Next follow-up" description="Optional" type="date" {...optionalDateProps(form.getInputProps('followUpDate'))} />
          <Textarea label="Reason for the referral" autosize minRows={2} {...form.getInputProps('reason')} />
        </Stack>
      )}
    </ChannelFormModal>
  );
}
