import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import './schedule.css';
import { Button, Group, MultiSelect } from '@mantine/core';
import dayjs from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { Calendar, Views, type View } from 'react-big-calendar';
import withDragAndDropModule from 'react-big-calendar/lib/addons/dragAndDrop';
import { useNavigate } from 'react-router';
import type { AppointmentType } from '../../../../electron/api/schedule/scheduleCodes';
import { APPOINTMENT_TYPE_LABELS } from '../../../../electron/api/schedule/scheduleSchemas';
import { useActiveSession } from '../../app/ActiveSession';
import { paths } from '../../app/paths';
import { useAppointments } from '../../api/schedule';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { optionsOf } from '../clients/clientLabels';
import { newAppointmentValues } from './appointmentForm';
import { AppointmentDialog } from './AppointmentDialog';
import { AppointmentFormModal } from './AppointmentFormModal';
import { CALENDAR_FORMATS, eventClassName, localizer, officeNow, toEvent, visibleRange, type CalendarEvent } from './calendarEvents';
import { IcsExportModal } from './IcsExportModal';
import { AppointmentEvent } from './AppointmentEvent';
import { MY_SCHEDULE, officerOfScope, ScopeSelect, type ScheduleScope } from './ScopeSelect';
import { useCalendarAria } from './useCalendarAria';

// The drag-and-drop addon ships as CommonJS only; the bundler hands over its module object, default inside.
const withDragAndDrop = (withDragAndDropModule as unknown as { default?: typeof withDragAndDropModule }).default ?? withDragAndDropModule;
const DragAndDropCalendar = withDragAndDrop<CalendarEvent>(Calendar);
const TYPE_OPTIONS = optionsOf(APPOINTMENT_TYPE_LABELS);
const VIEWS: View[] = [Views.MONTH, Views.WEEK, Views.DAY, Views.AGENDA];
/** The working day the week and day views scroll to. */
const SCROLL_TO = new Date(1970, 0, 1, 7, 30);
const CALENDAR_COMPONENTS = { event: AppointmentEvent };

type Dialog = { kind: 'new'; slot?: { start: Date; end: Date } } | { kind: 'open'; appointmentId: number; moved?: { start: Date; end: Date } } | { kind: 'ics' };

/**
 * The calendar (react-big-calendar): month, week, day and agenda views of my schedule, or for supervisors any
 * officer's or the team's. Choosing a free slot books an appointment there; choosing one opens it; dragging one
 * opens its edit with the new time, where conflicts and series choices are made as for any edit.
 */
export function SchedulePage() {
  const { user } = useActiveSession();
  const navigate = useNavigate();
  const [scope, setScope] = useState<ScheduleScope>(MY_SCHEDULE);
  const [types, setTypes] = useState<AppointmentType[]>([]);
  const [view, setView] = useState<View>(Views.WEEK);
  const [date, setDate] = useState(officeNow);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const range = visibleRange(date, view);
  const appointments = useAppointments({ ...scope, ...range, types });
  const showOfficer = scope.scope === 'team';
  const events = useMemo(() => (appointments.data ?? []).map((a) => toEvent(a, showOfficer)), [appointments.data, showOfficer]);
  const officerId = officerOfScope(scope, user.id);
  const calendar = useRef<HTMLDivElement>(null);
  useCalendarAria(calendar);

  return (
    <>
      <PageHeader
        title="Schedule"
        description="Choose a free time to book an appointment there, or an appointment to open, change or record it."
        actions={
          <>
            <Button variant="default" onClick={() => void navigate(paths.fieldDay(dayjs(date).format('YYYY-MM-DD')))}>
              Field-day itinerary
            </Button>
            <Button variant="default" onClick={() => setDialog({ kind: 'ics' })}>
              Export .ics
            </Button>
            <Button onClick={() => setDialog({ kind: 'new' })}>New appointment</Button>
          </>
        }
      />
      <Group align="flex-end" mb="md">
        <ScopeSelect value={scope} onChange={setScope} />
        <MultiSelect
          label="Types"
          placeholder={types.length ? undefined : 'All types'}
          data={TYPE_OPTIONS}
          value={types}
          onChange={(values) => setTypes(values)}
          clearable
          w={360}
        />
      </Group>
      <ErrorAlert error={appointments.error} />
      <div className="schedule-calendar" aria-busy={appointments.isFetching} ref={calendar}>
        <DragAndDropCalendar
          localizer={localizer}
          formats={CALENDAR_FORMATS}
          events={events}
          views={VIEWS}
          view={view}
          onView={setView}
          date={date}
          onNavigate={setDate}
          getNow={officeNow}
          scrollToTime={SCROLL_TO}
          length={30}
          popup
          selectable
          onSelectSlot={({ start, end }) => setDialog({ kind: 'new', slot: { start, end } })}
          onSelectEvent={(event) => setDialog({ kind: 'open', appointmentId: event.appointment.id })}
          draggableAccessor={(event) => event.appointment.status === 'scheduled'}
          resizable
          onEventDrop={({ event, start, end }) => setDialog({ kind: 'open', appointmentId: event.appointment.id, moved: { start: new Date(start), end: new Date(end) } })}
          onEventResize={({ event, start, end }) => setDialog({ kind: 'open', appointmentId: event.appointment.id, moved: { start: new Date(start), end: new Date(end) } })}
          eventPropGetter={(event) => ({ className: eventClassName(event) })}
          components={CALENDAR_COMPONENTS}
          tooltipAccessor={(event) => `${event.title}, ${event.appointment.locationLabel}`}
        />
      </div>
      {dialog?.kind === 'new' && (
        <AppointmentFormModal channel="appointments.create" title="New appointment" initialValues={newAppointmentValues(officerId, dialog.slot)} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'open' && <AppointmentDialog appointmentId={dialog.appointmentId} moved={dialog.moved} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'ics' && <IcsExportModal officerId={officerId} range={range} onClose={() => setDialog(null)} />}
    </>
  );
}
