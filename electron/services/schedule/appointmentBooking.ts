import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbExecutor } from '../../../db/open';
import { appointments, appointmentSeries, appointmentSeriesExceptions, type AppointmentRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { changedFields } from '../record/auditedEdit';
import type { ServiceContext } from '../context';
import type { AppointmentView, SaveResult } from '../../api/schedule/scheduleWire';
import { checkAppointmentFields } from './appointmentValues';
import { expandNewSeries, patternOf, requireScheduled, seriesFrom, unlessUnconfirmed, viewsOf } from './bookingSteps';
import { checkConflicts } from './conflicts';
import { officeTimeZone } from './officeTime';
import { auditAppointment, requireAppointmentAccess } from './scheduleAccess';
import type { createAppointmentInputSchema, updateOccurrenceInputSchema } from '../../api/schedule/scheduleSchemas';
import { nextVersion, requireVersion } from '../record/editVersions';
import { insertOccurrences } from './seriesSync';

/** One appointment, or a recurring series stored as one row per occurrence. */
export function createAppointment(ctx: ServiceContext, input: z.infer<typeof createAppointmentInputSchema>): SaveResult {
  const zone = officeTimeZone(ctx.db);
  const fields = input.appointment;
  const { template, booking, slot } = checkAppointmentFields(ctx, fields, zone);
  const { recurrence } = input;
  const definition = recurrence && seriesFrom(fields, zone, patternOf(recurrence), { untilDate: recurrence.until, count: recurrence.count });
  const occurrences = definition ? expandNewSeries(definition) : [];
  const conflicts = checkConflicts(ctx.db, booking, definition ? occurrences : [slot], [], zone);
  return unlessUnconfirmed(conflicts, input.confirmConflicts, () =>
    ctx.db.transaction((tx) => {
      const at = ctx.clock.now().toISOString();
      const stamp = { createdAt: at, createdBy: ctx.actor.id };
      if (!definition) {
        const row = tx
          .insert(appointments)
          .values({ ...template, ...slot, ...stamp })
          .returning()
          .get();
        auditAppointment(ctx, tx, 'appointment.create', row, `${row.type}; ${conflicts.length} double-booking(s) confirmed`);
        return { appointments: viewsOf(tx, [row.id], zone), seriesId: null };
      }
      const { timeZone: _zone, ...rule } = definition;
      const series = tx
        .insert(appointmentSeries)
        .values({ ...template, ...rule, ...stamp })
        .returning()
        .get();
      const ids = insertOccurrences(tx, occurrences, { seriesId: series.id, template, at, actorId: ctx.actor.id });
      auditAppointment(
        ctx,
        tx,
        'appointment.create',
        { id: ids[0], clientId: series.clientId },
        `${series.type}; series ${series.id} of ${ids.length}; ${conflicts.length} double-booking(s) confirmed`,
      );
      return { appointments: viewsOf(tx, ids, zone), seriesId: series.id };
    }),
  );
}

/** Records that an occurrence no longer follows its series; an existing exception takes the new kind. */
export function markException(tx: DbExecutor, row: AppointmentRow, kind: 'moved' | 'modified' | 'cancelled', at: string, actorId: number) {
  if (row.seriesId === null || row.originalStartAt === null) return;
  tx.insert(appointmentSeriesExceptions)
    .values({ seriesId: row.seriesId, originalStartAt: row.originalStartAt, kind, appointmentId: row.id, createdAt: at, createdBy: actorId })
    .onConflictDoUpdate({ target: [appointmentSeriesExceptions.seriesId, appointmentSeriesExceptions.originalStartAt], set: { kind, appointmentId: row.id } })
    .run();
}

/** Changes one appointment; an occurrence of a series becomes an exception that later series edits leave alone. */
export function updateOccurrence(ctx: ServiceContext, input: z.infer<typeof updateOccurrenceInputSchema>): SaveResult {
  const row = requireAppointmentAccess(ctx, input.appointmentId, 'write');
  requireScheduled(row);
  const zone = officeTimeZone(ctx.db);
  const { template, booking, slot } = checkAppointmentFields(ctx, input.appointment, zone);
  if (row.seriesId !== null && template.clientId !== row.clientId) {
    throw new AppError('VALIDATION', 'An occurrence of a series stays with its client; cancel it and schedule the other client separately.', 'appointment.clientId');
  }
  const conflicts = checkConflicts(ctx.db, booking, [slot], [row.id], zone);
  return unlessUnconfirmed(conflicts, input.confirmConflicts, () =>
    ctx.db.transaction((tx) => {
      requireVersion(tx, ctx, row, input.version, 'This appointment');
      const at = ctx.clock.now().toISOString();
      const changes = { ...template, ...slot };
      tx.update(appointments)
        .set({ ...changes, updatedAt: at, updatedBy: ctx.actor.id, rowVersion: nextVersion(appointments.rowVersion) })
        .where(eq(appointments.id, row.id))
        .run();
      markException(tx, row, slot.startAt === row.originalStartAt ? 'modified' : 'moved', at, ctx.actor.id);
      auditAppointment(ctx, tx, 'appointment.update', row, changedFields(row, changes));
      return { appointments: viewsOf(tx, [row.id], zone), seriesId: row.seriesId };
    }),
  );
}

/** Cancels one appointment (or one occurrence, which stays cancelled whatever happens to its series). */
export function cancelOne(ctx: ServiceContext, appointmentId: number): AppointmentView[] {
  const row = requireAppointmentAccess(ctx, appointmentId, 'write');
  requireScheduled(row);
  return ctx.db.transaction((tx) => {
    const at = ctx.clock.now().toISOString();
    tx.update(appointments).set({ status: 'cancelled', updatedAt: at, updatedBy: ctx.actor.id }).where(eq(appointments.id, row.id)).run();
    markException(tx, row, 'cancelled', at, ctx.actor.id);
    auditAppointment(ctx, tx, 'appointment.cancel', row, row.seriesId === null ? 'cancelled' : `cancelled; occurrence of series ${row.seriesId}`);
    return viewsOf(tx, [row.id], officeTimeZone(tx));
  });
}
