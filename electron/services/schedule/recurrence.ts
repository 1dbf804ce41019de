import * as rruleModule from 'rrule';
import { AppError } from '../../api/errors';
import { zonedToUtc } from './officeTime';
import { MAX_OCCURRENCES, type SeriesPattern, type Weekday } from '../../api/schedule/scheduleSchemas';

// rrule is CommonJS: bundlers and Vitest see its named exports, Node's own ESM loader (tsx scripts) only a default.
const { RRule } = (rruleModule as { default?: typeof rruleModule }).default ?? rruleModule;
type RRuleInstance = InstanceType<typeof RRule>;

/** What expanding a series needs: its rule, first start on the office clock, length and end. */
export interface SeriesDefinition {
  pattern: SeriesPattern;
  firstStartLocal: string;
  durationMinutes: number;
  timeZone: string;
  untilDate: string | null;
  count: number | null;
}

export interface Occurrence {
  /** Wall-clock start in the series' time zone, YYYY-MM-DDTHH:mm. */
  startLocal: string;
  /** UTC instants. */
  startAt: string;
  endAt: string;
}

const FREQUENCY = { daily: RRule.DAILY, weekly: RRule.WEEKLY, monthly: RRule.MONTHLY } as const;
/** JavaScript's getUTCDay() order. */
const BY_JS_DAY: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * Wall-clock times are expanded as "floating" times: the local date and time written into a UTC Date, with no
 * zone for rrule to apply. Each result is then placed on the office clock, so a 09:00 check-in stays at 09:00
 * when daylight saving starts or ends, and the host computer's own zone plays no part.
 */
const floating = (local: string) => {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
};
const localOf = (date: Date) => date.toISOString().slice(0, 16);

function ruleOf(series: SeriesDefinition): RRuleInstance {
  const dtstart = floating(series.firstStartLocal);
  const { pattern } = series;
  const weekday = BY_JS_DAY[dtstart.getUTCDay()];
  let byweekday;
  if (pattern.frequency === 'weekly' && pattern.weekdays.length) byweekday = pattern.weekdays.map((day) => RRule[day]);
  if (pattern.frequency === 'monthly' && pattern.monthlyBy === 'weekday_of_month') {
    const nth = Math.ceil(dtstart.getUTCDate() / 7);
    // A 5th weekday does not happen every month: "the last Friday" is what such a start means.
    byweekday = [RRule[weekday].nth(nth === 5 ? -1 : nth)];
  }
  return new RRule({
    freq: FREQUENCY[pattern.frequency],
    interval: pattern.interval,
    dtstart,
    byweekday,
    count: series.count ?? undefined,
    until: series.untilDate ? floating(`${series.untilDate}T23:59`) : undefined,
  });
}

function occurrenceAt(series: SeriesDefinition, start: Date): Occurrence {
  const startLocal = localOf(start);
  const end = new Date(start.getTime() + series.durationMinutes * 60_000);
  return { startLocal, startAt: zonedToUtc(startLocal, series.timeZone), endAt: zonedToUtc(localOf(end), series.timeZone) };
}

/** Every occurrence of a series, in order; more than MAX_OCCURRENCES is refused (the series must end sooner). */
export function expandSeries(series: SeriesDefinition): Occurrence[] {
  const starts = ruleOf(series).all((_date, index) => index <= MAX_OCCURRENCES);
  if (starts.length > MAX_OCCURRENCES) {
    throw new AppError('VALIDATION', `This series would have more than ${MAX_OCCURRENCES} occurrences; choose an earlier last date.`, 'recurrence.until');
  }
  return starts.map((start) => occurrenceAt(series, start));
}

/** The occurrences whose start falls on the given local dates (inclusive), for calendar views of a range. */
export function occurrencesBetween(series: SeriesDefinition, fromDate: string, toDate: string): Occurrence[] {
  return ruleOf(series)
    .between(floating(`${fromDate}T00:00`), floating(`${toDate}T23:59`), true)
    .map((start) => occurrenceAt(series, start));
}

/** The rule as RFC 5545 text (RRULE:FREQ=WEEKLY;INTERVAL=2…) and in words ("every 2 weeks for 6 times"). */
export function describeSeries(series: SeriesDefinition): { rule: string; text: string } {
  const rule = ruleOf(series);
  return { rule: RRule.optionsToString({ ...rule.origOptions, dtstart: undefined }), text: rule.toText() };
}

/**
 * The rule as an iCalendar RRULE for a DTSTART given in the series' zone: the same rule the app expands, with UNTIL
 * as the real UTC instant ending its last local day (RFC 5545 wants UNTIL in UTC when DTSTART has a TZID).
 */
export function icsRecurrenceRule(series: SeriesDefinition): string {
  const until = series.untilDate ? new Date(zonedToUtc(`${series.untilDate}T23:59`, series.timeZone)) : undefined;
  return RRule.optionsToString({ ...ruleOf(series).origOptions, dtstart: undefined, until, wkst: RRule.MO });
}
