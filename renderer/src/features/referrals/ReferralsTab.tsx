import { Badge, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { today } from '../../../../electron/api/shared/fieldSchemas';
import { useAgencies, useReferrals } from '../../api/referrals';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { RecordTable } from '../../components/RecordTable';
import { SmallButton } from '../../components/SmallButton';
import { TitledSection } from '../../components/TitledSection';
import { formatDate } from '../clients/formatClient';
import type { ClientProfile } from '../clients/profileTypes';
import { AGENCY_KIND_LABELS, REFERRAL_STATUS_COLORS, REFERRAL_STATUS_LABELS } from './referralLabels';
import { ReferralFollowUpModal } from './ReferralFollowUpModal';
import { ReferralModal } from './ReferralModal';
import { ReferralStatusModal } from './ReferralStatusModal';
import type { Referral } from './referralTypes';

type ReferralDialog = { kind: 'new' } | { kind: 'status' | 'followUp'; referral: Referral };

/** Statuses after which there is nothing left to follow up. */
const isClosed = (referral: Referral) => referral.status === 'completed' || referral.status === 'declined' || referral.status === 'no_show';

/** Every status the referral has had, oldest first: "Accepted 4 Mar 2026: intake interview booked." */
const statusTrail = (referral: Referral) =>
  referral.history.map((change) => `${REFERRAL_STATUS_LABELS[change.toStatus]} ${formatDate(change.statusDate)}${change.note ? `: ${change.note}` : ''}`);

function FollowUpCell({ referral }: { referral: Referral }) {
  if (!referral.followUpDate) return null;
  const due = !isClosed(referral) && referral.followUpDate <= today();
  return (
    <Text size="sm" fw={due ? 700 : undefined} c={due ? 'red.9' : undefined}>
      {formatDate(referral.followUpDate)}
      {due && ' (due)'}
    </Text>
  );
}

/** The client's referrals to the office's agencies, their status and the follow-up on each. */
export function ReferralsTab({ profile }: { profile: ClientProfile }) {
  const clientId = profile.client.id;
  const referrals = useReferrals(clientId);
  const agencies = useAgencies();
  const [dialog, setDialog] = useState<ReferralDialog | null>(null);
  const close = () => setDialog(null);
  const noAgencies = agencies.data?.length === 0;

  return (
    <TitledSection
      title="Referrals"
      actions={
        <SmallButton disabled={!agencies.data?.length} onClick={() => setDialog({ kind: 'new' })}>
          New referral
        </SmallButton>
      }
    >
      <Stack>
        {noAgencies && <Text>The office&apos;s agency directory has no active agency yet; a supervisor or administrator adds them on the Agency directory page.</Text>}
        <ErrorAlert error={referrals.error ?? agencies.error} />
        {referrals.isPending && <PageLoader />}
        {referrals.data && (
          <RecordTable
            label="Referrals"
            columns={['Agency', 'Referred on', 'Reason', 'Status', 'Follow-up', 'Outcome', 'Actions']}
            rows={referrals.data}
            emptyText="No referrals made."
            minWidth={900}
          >
            {(referral) => (
              <Table.Tr key={referral.id}>
                <Table.Td>
                  {referral.agencyName}
                  <Text size="sm" c="dimmed">
                    {AGENCY_KIND_LABELS[referral.agencyKind]}
                  </Text>
                </Table.Td>
                <Table.Td>{formatDate(referral.referredOn)}</Table.Td>
                <Table.Td>{referral.reason}</Table.Td>
                <Table.Td>
                  <Badge color={REFERRAL_STATUS_COLORS[referral.status]}>{REFERRAL_STATUS_LABELS[referral.status]}</Badge>
                  <Stack gap={0} mt={4}>
                    {statusTrail(referral).map((line) => (
                      <Text key={line} size="sm" c="dimmed">
                        {line}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <FollowUpCell referral={referral} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{referral.outcomeNotes}</Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <SmallButton aria-label={`Update status of the referral to ${referral.agencyName}`} onClick={() => setDialog({ kind: 'status', referral })}>
                      Update status
                    </SmallButton>
                    <SmallButton aria-label={`Follow up the referral to ${referral.agencyName}`} onClick={() => setDialog({ kind: 'followUp', referral })}>
                      Follow up
                    </SmallButton>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )}
          </RecordTable>
        )}
      </Stack>
      {dialog?.kind === 'new' && agencies.data && <ReferralModal clientId={clientId} agencies={agencies.data} onClose={close} />}
      {dialog?.kind === 'status' && <ReferralStatusModal referral={dialog.referral} onClose={close} />}
      {dialog?.kind === 'followUp' && <ReferralFollowUpModal referral={dialog.referral} onClose={close} />}
    </TitledSection>
  );
}
