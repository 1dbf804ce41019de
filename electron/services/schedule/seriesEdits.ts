import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbExecutor } from '../../../db/open';
import { appointments, appointmentSeries, appointmentSeriesExceptions, type AppointmentRow, type AppointmentSeriesRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import type { ServiceContext } from '../context';
import { expandNewSeries, patternOf, requireScheduled, seriesFrom, unlessUnconfirmed, viewsOf } from './bookingSteps';
import type { AppointmentView, SaveResult } from '../../api/schedule/scheduleWire';
import { checkAppointmentFields } from './appointmentValues';
import { checkConflicts } from './conflicts';
import { addDays, dateInZone, officeTimeZone } from './officeTime';
import { expandSeries, type Occurrence } from './recurrence';
import { auditAppointment, requireAppointmentAccess } from './scheduleAccess';
import type { updateFollowingInputSchema } from '../../api/schedule/scheduleSchemas';
import { applySeriesPlan, pairOccurrences, planSeriesRows, seriesDefinition, seriesRowsFrom } from './seriesSync';

/** An occurrence of a series, scheduled, with its series and the series' occurrences before it. */
interface Anchor {
  row: AppointmentRow & { seriesId: number; originalStartAt: string };
  series: AppointmentSeriesRow;
  /** The series' occurrences as they stand, split at the anchor. */
  before: Occurrence[];
  from: Occurrence[];
}

function requireAnchor(ctx: ServiceContext, appointmentId: number): Anchor {
  const row = requireAppointmentAccess(ctx, appointmentId, 'write');
  requireScheduled(row);
  if (row.seriesId === null || row.originalStartAt === null) {
    throw new AppError('VALIDATION', 'This appointment is not part of a series; change it on its own.', 'appointmentId');
  }
  const series = ctx.db.select().from(appointmentSeries).where(eq(appointmentSeries.id, row.seriesId)).get() as AppointmentSeriesRow;
  const occurrences = expandSeries(seriesDefinition(series));
  const start = row.originalStartAt;
  return {
    row: row as Anchor['row'],
    series,
    before: occurrences.filter((o) => o.startAt < start),
    from: occurrences.filter((o) => o.startAt >= start),
  };
}

/** Ends a series on the day before the anchor's original date (no occurrence at all if the anchor was the first). */
function endSeriesBefore(tx: DbExecutor, anchor: Anchor, at: string, actorId: number) {
  const lastDate = addDays(dateInZone(anchor.row.originalStartAt, anchor.series.timeZone), -1);
  tx.update(appointmentSeries).set({ untilDate: lastDate, count: null, updatedAt: at, updatedBy: actorId }).where(eq(appointmentSeries.id, anchor.series.id)).run();
}

/**
 * Changes this occurrence and every later one. From the first occurrence that is the whole series, changed in place;
 * from a later one the series is split: it ends the day before, and a new series carries the rest. Occurrences that
 * were moved, changed or cancelled on their own keep what they were given; those with an outcome are history.
 */
export function updateFollowing(ctx: ServiceContext, input: z.infer<typeof updateFollowingInputSchema>): SaveResult {
  const anchor = requireAnchor(ctx, input.appointmentId);
  const { series } = anchor;
  const zone = officeTimeZone(ctx.db);
  const fields = input.appointment;
  const { template, booking } = checkAppointmentFields(ctx, fields, zone);
  if (template.clientId !== series.clientId) {
    throw new AppError('VALIDATION', 'A series stays with its client; cancel the rest of it and schedule the other client separately.', 'appointment.clientId');
  }
  const { recurrence } = input;
  // Kept as they were, a count covers the whole series: the rest has what the part before did not use.
  const definition = recurrence
    ? seriesFrom(fields, zone, patternOf(recurrence), { untilDate: recurrence.until, count: recurrence.count })
    : seriesFrom(fields, zone, series.pattern, { untilDate: series.untilDate, count: series.count === null ? null : series.count - anchor.before.length });
  const next = expandNewSeries(definition);
  const current = seriesRowsFrom(ctx.db, series.id, anchor.row.originalStartAt);
  const samePattern = JSON.stringify(definition.pattern) === JSON.stringify(series.pattern);
  const plan = planSeriesRows(
    current,
    pairOccurrences(anchor.from, next, samePattern),
    next,
    (row) => row.status === 'scheduled' && (row.id === anchor.row.id || !current.exceptions.has(row.id)),
  );
  const slots = [...plan.retime.map((r) => r.occurrence), ...plan.insert];
  const conflicts = checkConflicts(
    ctx.db,
    booking,
    slots,
    current.rows.map((row) => row.id),
    zone,
  );
  return unlessUnconfirmed(conflicts, input.confirmConflicts, () =>
    ctx.db.transaction((tx) => {
      const at = ctx.clock.now().toISOString();
      const { timeZone: _zone, ...rule } = definition;
      let seriesId = series.id;
      if (anchor.before.length === 0) {
        tx.update(appointmentSeries)
          .set({ ...template, ...rule, updatedAt: at, updatedBy: ctx.actor.id })
          .where(eq(appointmentSeries.id, series.id))
          .run();
      } else {
        endSeriesBefore(tx, anchor, at, ctx.actor.id);
        seriesId = tx
          .insert(appointmentSeries)
          .values({ ...template, ...rule, createdAt: at, createdBy: ctx.actor.id })
          .returning({ id: appointmentSeries.id })
          .get().id;
      }
      const touched = applySeriesPlan(tx, current, plan, { seriesId, template, at, actorId: ctx.actor.id });
      auditAppointment(
        ctx,
        tx,
        'appointment.updateFollowing',
        anchor.row,
        `series ${series.id}${seriesId === series.id ? '' : ` split into ${seriesId}`}; ${plan.retime.length} changed, ${plan.insert.length} added, ${plan.remove.length} removed, ${plan.rekey.length} kept, ${plan.detach.length} detached; ${conflicts.length} double-booking(s) confirmed`,
      );
      return { appointments: viewsOf(tx, touched, zone), seriesId };
    }),
  );
}

/**
 * Cancels this occurrence and the rest of its series: the series ends the day before; this occurrence and those
 * changed on their own are kept as cancelled appointments outside the series, the rule's own occurrences are removed.
 */
export function cancelFollowing(ctx: ServiceContext, appointmentId: number): AppointmentView[] {
  const anchor = requireAnchor(ctx, appointmentId);
  const current = seriesRowsFrom(ctx.db, anchor.series.id, anchor.row.originalStartAt);
  const scheduled = current.rows.filter((row) => row.status === 'scheduled');
  const keep = scheduled.filter((row) => row.id === anchor.row.id || current.exceptions.has(row.id)).map((row) => row.id);
  const remove = scheduled.filter((row) => !keep.includes(row.id)).map((row) => row.id);
  return ctx.db.transaction((tx) => {
    const at = ctx.clock.now().toISOString();
    endSeriesBefore(tx, anchor, at, ctx.actor.id);
    const exceptionIds = scheduled.map((row) => current.exceptions.get(row.id)?.id).filter((id): id is number => id !== undefined);
    if (exceptionIds.length) tx.delete(appointmentSeriesExceptions).where(inArray(appointmentSeriesExceptions.id, exceptionIds)).run();
    if (remove.length) tx.delete(appointments).where(inArray(appointments.id, remove)).run();
    tx.update(appointments).set({ status: 'cancelled', seriesId: null, originalStartAt: null, updatedAt: at, updatedBy: ctx.actor.id }).where(inArray(appointments.id, keep)).run();
    auditAppointment(ctx, tx, 'appointment.cancelFollowing', anchor.row, `series ${anchor.series.id} ended; ${keep.length} cancelled, ${remove.length} removed`);
    return viewsOf(tx, keep, officeTimeZone(tx));
  });
}
