import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { formatLocalTime } from '../../components/formatTime';
import { PageHeader } from '../../components/PageHeader';
import { ChangePasswordModal } from '../auth/ChangePasswordModal';
import { BackupHealthAlert } from '../backup/BackupHealthAlert';
import { CaseloadSummaryCard } from '../caseload/CaseloadSummaryCard';
import { CourtDatesCard } from '../insights/CourtDatesCard';
import { IntakeDraftsCard } from '../intake/IntakeDraftsCard';
import { AwaitingReviewCard } from '../reviews/AwaitingReviewCard';
import { ScheduleDashboard } from '../schedule/ScheduleDashboard';
import { ROLE_LABELS } from '../users/roleLabels';

const ADMIN_CARDS = [
  { to: paths.users, title: 'Users', text: 'Create accounts, reset passwords, release lockouts and deactivate staff who leave.' },
  { to: paths.audit, title: 'Audit log', text: 'See every sign-in and change, verify that the log has not been altered, and export it.' },
  { to: paths.settings, title: 'Office settings', text: 'The office letterhead details and how soon an idle session locks.' },
  { to: paths.backups, title: 'Backups', text: 'Where and when the office is backed up, restoring a backup, and exporting records.' },
];

function idleLockDescription(seconds: number) {
  if (seconds % 60 !== 0) return `${seconds} seconds`;
  const minutes = seconds / 60;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function HomePage() {
  const { user, officeName, idleLockSeconds } = useActiveSession();
  const [changingPassword, changePassword] = useDisclosure(false);

  return (
    <>
      <PageHeader title={`Welcome, ${user.fullName}`} description={`${officeName} · signed in as ${ROLE_LABELS[user.role].toLowerCase()} (${user.username})`} />
      <Stack gap="xl">
        <BackupHealthAlert />
        <AwaitingReviewCard />
        <ScheduleDashboard />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <CaseloadSummaryCard />
          <IntakeDraftsCard />
          <CourtDatesCard />
        </SimpleGrid>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="xs">
            Your session
          </Title>
          <Text mb="xs">
            {user.previousLoginAt
              ? `Your previous sign-in was on ${formatLocalTime(user.previousLoginAt)}. If that was not you, tell an administrator.`
              : 'This is your first sign-in.'}
          </Text>
          <Text>
            The session locks after {idleLockDescription(idleLockSeconds)} without keyboard or mouse activity. When you leave the workstation, lock it yourself with Ctrl+L or from
            your name at the top right.
          </Text>
          <Group mt="md">
            <Button variant="default" onClick={changePassword.open}>
              Change my password
            </Button>
          </Group>
        </Card>
        {user.role === 'admin' && (
          <section aria-labelledby="home-administration">
            <Title order={2} size="h4" mb="sm" id="home-administration">
              Administration
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }}>
              {ADMIN_CARDS.map((card) => (
                <Card key={card.to} withBorder padding="lg">
                  <Anchor component={Link} to={card.to} fw={700} size="lg">
                    {card.title}
                  </Anchor>
                  <Text mt="xs">{card.text}</Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>
        )}
      </Stack>
      <ChangePasswordModal opened={changingPassword} onClose={changePassword.close} />
    </>
  );
}
