import { and, eq, gte, inArray, lt, ne, gt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { appointments, appointmentSeries, type AppointmentSeriesRow } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import { readForClient } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { appointmentView, selectAppointmentViews } from './appointmentViews';
import type { AppointmentDetail, AppointmentView, SeriesSummary } from '../../api/schedule/scheduleWire';
import { addDays, dayStartUtc, officeTimeZone } from './officeTime';
import { describeSeries, expandSeries } from './recurrence';
import { auditAppointment, officersInScope, requireAppointmentAccess } from './scheduleAccess';
import { type ListAppointmentsInput, type clientAppointmentsInputSchema } from '../../api/schedule/scheduleSchemas';
import { seriesDefinition } from './seriesSync';
import { earliestOverlappingStart } from './conflicts';
import { shownClientsDetail } from '../audit/shownClients';

const summarize = (series: AppointmentSeriesRow): SeriesSummary => {
  const definition = seriesDefinition(series);
  const { rule, text } = describeSeries(definition);
  return { series, rule, description: text, occurrenceCount: expandSeries(definition).length };
};

export function getAppointment(ctx: ServiceContext, appointmentId: number): AppointmentDetail {
  const row = requireAppointmentAccess(ctx, appointmentId, 'read');
  const zone = officeTimeZone(ctx.db);
  return ctx.db.transaction((tx) => {
    const series = row.seriesId === null ? undefined : tx.select().from(appointmentSeries).where(eq(appointmentSeries.id, row.seriesId)).get();
    auditAppointment(ctx, tx, row.clientId === null ? 'appointment.view' : 'client.view', row, 'viewed');
    return { appointment: appointmentView(tx, row.id, zone), series: series ? summarize(series) : null };
  });
}

/**
 * Appointments overlapping the local dates from–to (inclusive). The lower bound on the start lets the
 * (officer, start) index do the work: nothing lasts longer than a day.
 */
export function overlappingDates(from: string, to: string, zone: string): SQL {
  const rangeStart = dayStartUtc(from, zone);
  return and(
    gte(appointments.startAt, earliestOverlappingStart(rangeStart)),
    lt(appointments.startAt, dayStartUtc(addDays(to, 1), zone)),
    gt(appointments.endAt, rangeStart),
  ) as SQL;
}

/** The calendar of one officer, or a supervisor's team, for a range of dates. */
export function listAppointments(ctx: ServiceContext, input: ListAppointmentsInput): AppointmentView[] {
  const officerIds = officersInScope(ctx, input);
  const zone = officeTimeZone(ctx.db);
  const where = and(
    inArray(appointments.officerId, officerIds),
    overlappingDates(input.from, input.to, zone),
    input.types.length ? inArray(appointments.type, input.types) : undefined,
    input.includeCancelled ? undefined : ne(appointments.status, 'cancelled'),
  );
  return ctx.db.transaction((tx) => {
    const views = selectAppointmentViews(tx, where, zone);
    recordAudit(tx, {
      action: 'appointment.list',
      entity: 'appointment',
      detail: `scope ${input.scope}${input.scope === 'officer' ? ` ${input.officerId}` : ''}; ${input.from} to ${input.to}; ${views.length} appointment(s); ${shownClientsDetail(views.map((v) => v.clientId))}`,
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    return views;
  });
}

/** A client's appointments in a range of dates, whoever holds them. */
export function listClientAppointments(ctx: ServiceContext, input: z.infer<typeof clientAppointmentsInputSchema>): AppointmentView[] {
  return readForClient(ctx, input.clientId, 'appointments', (tx) => {
    const zone = officeTimeZone(tx);
    return selectAppointmentViews(tx, and(eq(appointments.clientId, input.clientId), overlappingDates(input.from, input.to, zone)), zone);
  });
}
