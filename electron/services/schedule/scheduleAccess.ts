import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { appointments, clients, users, type AppointmentRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import { seesWholeOffice } from '../record/caseloadAccess';
import { requireAssignableOfficer } from '../clients/assignableOfficer';
import type { ServiceContext } from '../context';
import type { ScheduleScope } from '../../api/schedule/scheduleSchemas';

/**
 * Who may see and change which schedule: officers their own appointments (and read those of their own clients);
 * supervisors and administrators any officer's. Refusals are audited on their own, so the row outlives the error.
 */
function refuse(ctx: ServiceContext, entityId: number | string, detail: string, message: string, field: string): never {
  ctx.db.transaction((tx) => {
    recordAudit(tx, { action: 'appointment.access', entity: 'appointment', entityId, outcome: 'failure', detail, actor: ctx.actor, ts: ctx.clock.now() });
  });
  throw new AppError('FORBIDDEN', message, field);
}

/** The officers whose appointments a scope covers. */
export function officersInScope(ctx: ServiceContext, { scope, officerId }: ScheduleScope): number[] {
  const me = ctx.actor.id;
  if (scope === 'mine' || (scope === 'officer' && officerId === me)) return [me];
  if (!seesWholeOffice(ctx.actor))
    refuse(
      ctx,
      `officer ${officerId ?? 'team'}`,
      `schedule ${scope}`,
      "Officers see their own schedule; a supervisor sees any officer's.",
      scope === 'officer' ? 'officerId' : 'scope',
    );
  if (scope === 'officer') {
    if (
      !ctx.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.id, officerId as number))
        .get()
    )
      throw new AppError('NOT_FOUND', 'This officer does not exist.', 'officerId');
    return [officerId as number];
  }
  const team = ctx.db.select({ id: users.id }).from(users).where(eq(users.supervisorId, me)).all();
  return [me, ...team.map((u) => u.id)];
}

/** The officer whose schedule an export or itinerary is for: me, unless a supervisor names another. */
export function officerForSchedule(ctx: ServiceContext, officerId: number | null): number {
  return officersInScope(ctx, officerId === null ? { scope: 'mine', officerId: null } : { scope: 'officer', officerId })[0];
}

/** Appointments are held by officers and supervisors; officers book only their own. */
export function requireBookableOfficer(ctx: ServiceContext, officerId: number, field: string) {
  if (!seesWholeOffice(ctx.actor) && officerId !== ctx.actor.id) {
    refuse(ctx, `officer ${officerId}`, 'book for another officer', 'Officers schedule their own appointments; a supervisor can schedule for another officer.', field);
  }
  requireAssignableOfficer(ctx.db, officerId, field);
}

export function requireAppointment(db: DbExecutor, appointmentId: number, field = 'appointmentId'): AppointmentRow {
  const row = db.select().from(appointments).where(eq(appointments.id, appointmentId)).get();
  if (!row) throw new AppError('NOT_FOUND', 'This appointment does not exist.', field);
  return row;
}

const onMyCaseload = (ctx: ServiceContext, clientId: number | null) =>
  clientId !== null && ctx.db.select({ officer: clients.assignedOfficerId }).from(clients).where(eq(clients.id, clientId)).get()?.officer === ctx.actor.id;

/**
 * An appointment the actor may work with: to change it, it must be on their own schedule (officers); to read
 * it, it may also be one of their own clients' appointments held by someone else (a court hearing, say).
 */
export function requireAppointmentAccess(ctx: ServiceContext, appointmentId: number, mode: 'read' | 'write', field = 'appointmentId'): AppointmentRow {
  const row = requireAppointment(ctx.db, appointmentId, field);
  if (seesWholeOffice(ctx.actor) || row.officerId === ctx.actor.id || (mode === 'read' && onMyCaseload(ctx, row.clientId))) return row;
  return refuse(ctx, row.id, `${mode} not on own schedule`, "This appointment is on another officer's schedule. Ask that officer or a supervisor.", field);
}

/** One audit row for a change to or read of appointments: under the client when there is one, so it shows in their trail. */
export function auditAppointment(ctx: ServiceContext, tx: DbExecutor, action: string, row: Pick<AppointmentRow, 'id' | 'clientId'>, detail: string) {
  const subject = row.clientId === null ? { entity: 'appointment', entityId: row.id } : { entity: 'client', entityId: row.clientId };
  recordAudit(tx, { action, ...subject, detail: `appointment ${row.id}; ${detail}`, actor: ctx.actor, ts: ctx.clock.now() });
}
