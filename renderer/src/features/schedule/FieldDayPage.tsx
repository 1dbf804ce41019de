import './fieldDay.css';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { useExportItinerary, useFieldDay } from '../../api/schedule';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { ClientPhoto } from '../clients/ClientPhoto';
import { formatDate } from '../clients/formatClient';
import { MY_SCHEDULE, officerOfScope, ScopeSelect, type ScheduleScope } from './ScopeSelect';

type Visit = NonNullable<ReturnType<typeof useFieldDay>['data']>['visits'][number];

function VisitCard({ visit }: { visit: Visit }) {
  const { appointment, client } = visit;
  return (
    <Paper withBorder p="md" className="field-day-visit" component="article" aria-label={`${appointment.startLocal.slice(11)} ${appointment.typeLabel}`}>
      <Group align="flex-start" wrap="nowrap">
        {client && <ClientPhoto clientId={client.id} hasPhoto={client.hasPhoto} name={client.name} />}
        <Stack gap={4}>
          <Title order={2} size="h4">
            {appointment.startLocal.slice(11)}–{appointment.endLocal.slice(11)} · {appointment.typeLabel}
          </Title>
          {client ? (
            <Text fw={600}>
              <Anchor component={Link} to={paths.client(client.id)}>
                {client.name}
              </Anchor>{' '}
              · case {client.caseNumber} · born {formatDate(client.dateOfBirth)}
              {client.phone && ` · ${client.phone}`}
            </Text>
          ) : (
            <Text fw={600}>{appointment.title}</Text>
          )}
          <Text>{visit.address || 'No address on record'}</Text>
          {client?.safetyAlerts && (
            <Alert color="red" title="Safety alerts" p="xs">
              <Text style={{ whiteSpace: 'pre-wrap' }}>{client.safetyAlerts}</Text>
            </Alert>
          )}
          {appointment.notes && <Text c="dimmed">{appointment.notes}</Text>}
          {appointment.status !== 'scheduled' && <Badge variant="outline">{appointment.status}</Badge>}
        </Stack>
      </Group>
    </Paper>
  );
}

/** One officer's home and field visits of a day, to print (the navigation is left off the page) or export as Word. */
export function FieldDayPage() {
  const { date = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useActiveSession();
  const [scope, setScope] = useState<ScheduleScope>(MY_SCHEDULE);
  const input = { date, officerId: scope.scope === 'officer' ? officerOfScope(scope, user.id) : null };
  const day = useFieldDay(input);
  const exportDocx = useExportItinerary();

  return (
    <div className="field-day-itinerary">
      <PageHeader
        title="Field-day itinerary"
        description={day.data ? `${day.data.officerName} · ${formatDate(date)}` : formatDate(date)}
        actions={
          <Group className="no-print">
            <Button variant="default" onClick={() => window.print()}>
              Print
            </Button>
            <Button loading={exportDocx.isPending} onClick={() => exportDocx.mutate(input)}>
              Export .docx
            </Button>
          </Group>
        }
      />
      <Group align="flex-end" mb="md" className="no-print">
        <TextInput
          label="Day"
          type="date"
          value={date}
          onChange={(event) => event.currentTarget.value && void navigate(paths.fieldDay(event.currentTarget.value), { replace: true })}
        />
        <ScopeSelect value={scope} onChange={(next) => setScope(next.scope === 'team' ? MY_SCHEDULE : next)} />
      </Group>
      <ErrorAlert error={day.error ?? exportDocx.error} />
      {day.isPending && <PageLoader />}
      {day.data && (
        <Stack>
          {day.data.visits.length === 0 && <Text c="dimmed">No home or field visits are scheduled for this day.</Text>}
          {day.data.visits.map((visit) => (
            <VisitCard key={visit.appointment.id} visit={visit} />
          ))}
        </Stack>
      )}
    </div>
  );
}
