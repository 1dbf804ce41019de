import { Anchor, Button, Group, List, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../electron/api/contract';
import { paths } from '../../app/paths';
import { useScheduleDashboard } from '../../api/schedule';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { TitledSection } from '../../components/TitledSection';
import { LEVEL_LABELS } from '../clients/clientLabels';
import { formatDate } from '../clients/formatClient';
import type { AppointmentView } from './appointmentForm';
import { AppointmentDialog } from './AppointmentDialog';
import { MY_SCHEDULE, ScopeSelect, type ScheduleScope } from './ScopeSelect';
import { StandingBadge } from './StandingBadge';
import { TableScroller } from '../../components/TableScroller';
import { formatWeekdayTime } from '../../../../electron/api/format/dateFormats';

type ClientDue = ChannelOutput<'schedule.dashboard'>['overdueContacts'][number];

const who = (a: AppointmentView) => a.clientName ?? (a.title || a.typeLabel);

/** Appointments as short lines; each opens the appointment. */
function AppointmentLines({ appointments, empty, dated, onOpen }: { appointments: AppointmentView[]; empty: string; dated?: boolean; onOpen: (id: number) => void }) {
  if (appointments.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <List listStyleType="none" spacing={6}>
      {appointments.map((a) => (
        <List.Item key={a.id}>
          <UnstyledButton onClick={() => onOpen(a.id)} aria-label={`Open ${a.typeLabel.toLowerCase()} with ${who(a)} at ${a.startLocal.replace('T', ' ')}`}>
            <Text span fw={600}>
              {dated ? formatWeekdayTime(a.startLocal) : a.startLocal.slice(11)}
            </Text>{' '}
            {a.typeLabel} · {who(a)}
            {a.type === 'court_hearing' && ` · ${a.court}${a.hearingType ? `, ${a.hearingType}` : ''}`}
            {a.status !== 'scheduled' && ` (${a.status})`}
          </UnstyledButton>
        </List.Item>
      ))}
    </List>
  );
}

function ClientsDue({ label, rows, empty }: { label: string; rows: ClientDue[]; empty: string }) {
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <TableScroller label={label} minWidth={480}>
      <Table verticalSpacing={4} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Client</Table.Th>
            <Table.Th>Standing</Table.Th>
            <Table.Th>Missing</Table.Th>
            <Table.Th>Next appointment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ client, standing, nextAppointmentLocal }) => (
            <Table.Tr key={client.id}>
              <Table.Td>
                <Anchor component={Link} to={paths.client(client.id)} fw={600}>
                  {client.lastName}, {client.firstName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {client.caseNumber} · {LEVEL_LABELS[client.supervisionLevel]}
                </Text>
              </Table.Td>
              <Table.Td>
                <StandingBadge standing={standing} />
              </Table.Td>
              <Table.Td>{standing.todo.join('; ')}</Table.Td>
              <Table.Td>{nextAppointmentLocal ? formatWeekdayTime(nextAppointmentLocal) : <Text c="dimmed">None booked</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

/** What an officer needs first: today, who is overdue or due this week, outcomes still to record, court coming up. */
export function ScheduleDashboard() {
  const [scope, setScope] = useState<ScheduleScope>(MY_SCHEDULE);
  const [open, setOpen] = useState<number | null>(null);
  const dashboard = useScheduleDashboard(scope);
  const data = dashboard.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text c="dimmed">{data && `Today is ${formatDate(data.today)}.`}</Text>
        <ScopeSelect value={scope} onChange={setScope} />
      </Group>
      <ErrorAlert error={dashboard.error} />
      {dashboard.isPending && <PageLoader />}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <TitledSection
              title="Today"
              actions={
                <Button component={Link} to={paths.schedule} variant="default" size="xs">
                  Open the schedule
                </Button>
              }
            >
              <AppointmentLines appointments={data.todays} empty="Nothing booked for today." onOpen={setOpen} />
            </TitledSection>
            <TitledSection title="Outcomes to record">
              <AppointmentLines appointments={data.outcomesToRecord} dated empty="Every past appointment has its outcome." onOpen={setOpen} />
            </TitledSection>
          </SimpleGrid>
          <TitledSection title="Overdue contacts">
            <ClientsDue label="Overdue contacts" rows={data.overdueContacts} empty="No client is overdue for contact." />
          </TitledSection>
          <TitledSection title="Due this week">
            <ClientsDue label="Due this week" rows={data.dueThisWeek} empty="No contact falls due in the next seven days." />
          </TitledSection>
          <TitledSection title="Upcoming court hearings">
            <AppointmentLines appointments={data.upcomingCourtHearings} dated empty="No court hearing in the next 30 days." onOpen={setOpen} />
          </TitledSection>
        </>
      )}
      {open !== null && <AppointmentDialog appointmentId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
