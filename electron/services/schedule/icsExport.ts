import { and, eq, notInArray } from 'drizzle-orm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { z } from 'zod';
import { appointments, users } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { overlappingDates } from './appointmentReads';
import { selectAppointmentViews } from './appointmentViews';
import type { AppointmentView, IcsFile } from '../../api/schedule/scheduleWire';
import { inZone, officeTimeZone } from './officeTime';
import { officerForSchedule } from './scheduleAccess';
import type { exportIcsInputSchema } from '../../api/schedule/scheduleSchemas';

/**
 * The zone's VTIMEZONE from the IANA data bundled with timezones-ical-library, and the TZID it goes by there
 * (an alias such as "UTC" is exported as its canonical "Etc/UTC"); null when the library does not know the zone,
 * in which case times are exported in UTC.
 */
function vtimezone(zone: string): { tzid: string; block: string } | null {
  const found = tzlib_get_ical_block(zone);
  if (!Array.isArray(found) || found.length < 2) return null;
  return { tzid: found[1].replace(/^TZID=/, ''), block: found[0] };
}

const summaryOf = (view: AppointmentView) =>
  view.clientName ? `${view.typeLabel}: ${view.clientName} (${view.caseNumber})` : view.title ? `${view.typeLabel}: ${view.title}` : view.typeLabel;

function descriptionOf(view: AppointmentView): string {
  const court = view.type === 'court_hearing' ? [`Court: ${view.court}`, view.docketNumber && `Docket: ${view.docketNumber}`, `Hearing: ${view.hearingType}`] : [];
  return [...court, view.notes].filter(Boolean).join('\n');
}

/**
 * One officer's appointments between two dates as an iCalendar file that Outlook and other calendar programs import:
 * times in the office's zone with its VTIMEZONE, a stable UID per appointment (importing again updates rather
 * than duplicates), cancelled and rescheduled appointments left out. The export is audited.
 */
export function exportIcs(ctx: ServiceContext, input: z.infer<typeof exportIcsInputSchema>): IcsFile {
  const officerId = officerForSchedule(ctx, input.officerId);
  const zone = officeTimeZone(ctx.db);
  const timezone = vtimezone(zone);
  const now = ctx.clock.now();
  return ctx.db.transaction((tx) => {
    const officer = tx.select({ username: users.username, fullName: users.fullName }).from(users).where(eq(users.id, officerId)).get();
    const views = selectAppointmentViews(
      tx,
      and(eq(appointments.officerId, officerId), notInArray(appointments.status, ['cancelled', 'rescheduled']), overlappingDates(input.from, input.to, zone)),
      zone,
    );
    const calendar = ical({
      name: `${officer?.fullName ?? 'Officer'}: appointments`,
      prodId: { company: 'Probation Desk', product: 'Schedule', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
      timezone: timezone ? { name: timezone.tzid, generator: () => timezone.block } : null,
    });
    const at = (instant: string) => (timezone ? inZone(instant, timezone.tzid) : new Date(instant));
    for (const view of views) {
      calendar.createEvent({
        id: `appointment-${view.id}@probation-desk`,
        start: at(view.startAt),
        end: at(view.endAt),
        // Without it the times are written floating, which calendar programs read in their own zone.
        timezone: timezone?.tzid ?? null,
        stamp: now,
        summary: summaryOf(view),
        location: view.locationLabel || null,
        description: descriptionOf(view) || null,
        status: ICalEventStatus.CONFIRMED,
        categories: [{ name: view.typeLabel }],
      });
    }
    recordAudit(tx, {
      action: 'schedule.exportIcs',
      entity: 'appointment',
      detail: `officer ${officerId}; ${input.from} to ${input.to}; ${views.length} appointment(s)`,
      actor: ctx.actor,
      ts: now,
    });
    return { filename: `appointments-${officer?.username ?? officerId}-${input.from}-to-${input.to}.ics`, content: calendar.toString(), count: views.length };
  });
}
