import { and, eq, inArray, notInArray } from 'drizzle-orm';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { z } from 'zod';
import type { DbExecutor } from '../../../db/open';
import { appointments, appointmentSeries, users, type AppointmentSeriesRow } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { overlappingDates } from './appointmentReads';
import { selectAppointmentViews } from './appointmentViews';
import type { AppointmentView, IcsFile } from '../../api/schedule/scheduleWire';
import { inZone, officeTimeZone } from './officeTime';
import { expandSeries, icsRecurrenceRule } from './recurrence';
import { officerForSchedule } from './scheduleAccess';
import { seriesDefinition } from './seriesSync';
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

/** Appointments that are not held: left out of the file, and their occurrences excluded from their series' rule. */
const NOT_HELD = ['cancelled', 'rescheduled'] as const;
const held = (view: AppointmentView) => !(NOT_HELD as readonly string[]).includes(view.status);

/** A local or UTC date-time as iCalendar writes it: 20250304T090000, or 20250304T150000Z. */
const icsLocal = (instant: string, tzid: string) => inZone(instant, tzid).format('YYYYMMDD[T]HHmmss');
const icsUtc = (instant: string) => `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The series' RRULE (recurrence.ts, the rule the app expands), then the EXDATE of the occurrences not held. */
function ruleLines(series: AppointmentSeriesRow, tzid: string, excluded: string[]): string {
  const lines = [icsRecurrenceRule(seriesDefinition(series))];
  if (excluded.length) lines.push(`EXDATE;TZID=${tzid}:${excluded.map((instant) => icsLocal(instant, tzid)).join(',')}`);
  return lines.join('\n');
}

/** RFC 5545 wants DTSTAMP in UTC; with a calendar zone set, ical-generator writes it in the host's own zone without the Z. */
const withUtcStamps = (text: string, now: Date) => text.replace(/^DTSTAMP:[^\r\n]*/gm, `DTSTAMP:${icsUtc(now.toISOString())}`);

interface Writer {
  calendar: ICalCalendar;
  tzid: string | null;
  stamp: Date;
}

/** One VEVENT for an appointment: a one-off, or (with `recurrenceId`, the start the rule gave it) an occurrence of a series changed on its own. */
function writeAppointment({ calendar, tzid, stamp }: Writer, view: AppointmentView, extra: { uid?: string; recurrenceId?: string; repeating?: string } = {}) {
  const at = (instant: string) => (tzid ? inZone(instant, tzid) : new Date(instant));
  calendar.createEvent({
    id: extra.uid ?? `appointment-${view.id}@probation-desk`,
    start: at(view.startAt),
    end: at(view.endAt),
    // Without it the times are written floating, which calendar programs read in their own zone.
    timezone: tzid,
    recurrenceId: extra.recurrenceId ? at(extra.recurrenceId) : null,
    repeating: extra.repeating ?? null,
    stamp,
    summary: summaryOf(view),
    location: view.locationLabel || null,
    description: descriptionOf(view) || null,
    status: ICalEventStatus.CONFIRMED,
    categories: [{ name: view.typeLabel }],
  });
}

/**
 * A series as one VEVENT: DTSTART and DTEND are its first occurrence by the rule, with the rule's RRULE; the
 * occurrences that are not held (cancelled, rescheduled, or gone) are EXDATEs, and each one moved or changed on
 * its own is a VEVENT of its own with the same UID and its original start as RECURRENCE-ID. The whole series is
 * written, so that a calendar program shows it right beyond the exported dates too. Rows the rule does not give
 * (none are expected) are written as appointments of their own.
 */
function writeSeries(writer: Writer, series: AppointmentSeriesRow, views: AppointmentView[]) {
  const tzid = writer.tzid as string;
  const occurrences = expandSeries(seriesDefinition(series));
  const byOriginal = new Map(views.filter((view) => view.originalStartAt !== null).map((view) => [view.originalStartAt as string, view]));
  const template = views.find((view) => held(view) && view.exceptionKind === null) ?? views[0];
  const uid = `series-${series.id}@probation-desk`;
  const excluded: string[] = [];
  const overrides: { view: AppointmentView; original: string }[] = [];
  for (const occurrence of occurrences) {
    const view = byOriginal.get(occurrence.startAt);
    byOriginal.delete(occurrence.startAt);
    if (!view || !held(view)) excluded.push(occurrence.startAt);
    else if (view.exceptionKind !== null || view.startAt !== occurrence.startAt || view.endAt !== occurrence.endAt) overrides.push({ view, original: occurrence.startAt });
  }
  const [first] = occurrences;
  const repeating = ruleLines(series, tzid, excluded);
  writeAppointment(writer, { ...template, startAt: first.startAt, endAt: first.endAt }, { uid, repeating });
  for (const { view, original } of overrides) writeAppointment(writer, view, { uid, recurrenceId: original });
  for (const view of byOriginal.values()) if (held(view)) writeAppointment(writer, view);
}

/** The series with an occurrence held in the range, when they can be written as rules: their own zone is the office's. */
function seriesToWrite(db: DbExecutor, views: AppointmentView[], tzid: string | null, zone: string): AppointmentSeriesRow[] {
  const ids = [...new Set(views.map((view) => view.seriesId).filter((id): id is number => id !== null))];
  if (!tzid || ids.length === 0) return [];
  return db
    .select()
    .from(appointmentSeries)
    .where(inArray(appointmentSeries.id, ids))
    .all()
    .filter((series) => series.timeZone === zone);
}

/**
 * One officer's appointments between two dates as an iCalendar file that Outlook and other calendar programs import:
 * times in the office's zone with its VTIMEZONE, a stable UID per appointment and per series (importing again updates
 * rather than duplicates), each series as its rule with its exceptions, cancelled and rescheduled appointments left
 * out. `count` is the appointments held in the range. The export is audited.
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
      and(eq(appointments.officerId, officerId), notInArray(appointments.status, [...NOT_HELD]), overlappingDates(input.from, input.to, zone)),
      zone,
    );
    const calendar = ical({
      name: `${officer?.fullName ?? 'Officer'}: appointments`,
      prodId: { company: 'Probation Desk', product: 'Schedule', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
      timezone: timezone ? { name: timezone.tzid, generator: () => timezone.block } : null,
    });
    const writer: Writer = { calendar, tzid: timezone?.tzid ?? null, stamp: now };
    const series = seriesToWrite(tx, views, writer.tzid, zone);
    const asRules = new Set(series.map((s) => s.id));
    for (const one of series) writeSeries(writer, one, selectAppointmentViews(tx, eq(appointments.seriesId, one.id), zone));
    for (const view of views) if (view.seriesId === null || !asRules.has(view.seriesId)) writeAppointment(writer, view);
    recordAudit(tx, {
      action: 'schedule.exportIcs',
      entity: 'appointment',
      detail: `officer ${officerId}; ${input.from} to ${input.to}; ${views.length} appointment(s)`,
      actor: ctx.actor,
      ts: now,
    });
    return { filename: `appointments-${officer?.username ?? officerId}-${input.from}-to-${input.to}.ics`, content: withUtcStamps(calendar.toString(), now), count: views.length };
  });
}
