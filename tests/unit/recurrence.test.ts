import { describe, expect, it } from 'vitest';
import { describeSeries, expandSeries, occurrencesBetween, type SeriesDefinition } from '../../electron/services/schedule/recurrence';
import { MAX_OCCURRENCES } from '../../electron/api/schedule/scheduleSchemas';

const CHICAGO = 'America/Chicago';

/** A weekly 09:00 half-hour check-in in Chicago; `overrides` change the rule. */
const series = (overrides: Partial<SeriesDefinition> = {}): SeriesDefinition => ({
  pattern: { frequency: 'weekly', interval: 1, weekdays: [], monthlyBy: 'day_of_month' },
  firstStartLocal: '2025-03-04T09:00',
  durationMinutes: 30,
  timeZone: CHICAGO,
  untilDate: null,
  count: 3,
  ...overrides,
});

describe('recurrence expansion', () => {
  it('keeps the wall-clock time when daylight saving starts (9 March 2025 in Chicago)', () => {
    const occurrences = expandSeries(series());
    expect(occurrences.map((o) => o.startLocal)).toEqual(['2025-03-04T09:00', '2025-03-11T09:00', '2025-03-18T09:00']);
    // CST is UTC−6, CDT UTC−5: the same 09:00 is an hour earlier in UTC after the change.
    expect(occurrences.map((o) => o.startAt)).toEqual(['2025-03-04T15:00:00.000Z', '2025-03-11T14:00:00.000Z', '2025-03-18T14:00:00.000Z']);
    expect(occurrences[1].endAt).toBe('2025-03-11T14:30:00.000Z');
  });

  it('keeps the wall-clock time when daylight saving ends (2 November 2025)', () => {
    const occurrences = expandSeries(series({ firstStartLocal: '2025-10-28T16:30', pattern: { frequency: 'daily', interval: 3, weekdays: [], monthlyBy: 'day_of_month' } }));
    expect(occurrences.map((o) => o.startLocal)).toEqual(['2025-10-28T16:30', '2025-10-31T16:30', '2025-11-03T16:30']);
    expect(occurrences.map((o) => o.startAt)).toEqual(['2025-10-28T21:30:00.000Z', '2025-10-31T21:30:00.000Z', '2025-11-03T22:30:00.000Z']);
  });

  it('does not depend on the zone of the computer: a London office keeps its own clock', () => {
    const occurrences = expandSeries(series({ timeZone: 'Europe/London', firstStartLocal: '2025-03-25T10:00', count: 2 }));
    expect(occurrences.map((o) => o.startAt)).toEqual(['2025-03-25T10:00:00.000Z', '2025-04-01T09:00:00.000Z']);
  });

  it('repeats fortnightly until a date, the last date included', () => {
    const occurrences = expandSeries(series({ pattern: { frequency: 'weekly', interval: 2, weekdays: [], monthlyBy: 'day_of_month' }, count: null, untilDate: '2025-04-15' }));
    expect(occurrences.map((o) => o.startLocal.slice(0, 10))).toEqual(['2025-03-04', '2025-03-18', '2025-04-01', '2025-04-15']);
  });

  it('repeats weekly on chosen weekdays', () => {
    const occurrences = expandSeries(series({ pattern: { frequency: 'weekly', interval: 1, weekdays: ['TU', 'TH'], monthlyBy: 'day_of_month' }, count: 4 }));
    expect(occurrences.map((o) => o.startLocal.slice(0, 10))).toEqual(['2025-03-04', '2025-03-06', '2025-03-11', '2025-03-13']);
  });

  it('repeats monthly on the same weekday of the month (the 2nd Tuesday)', () => {
    const occurrences = expandSeries(
      series({ firstStartLocal: '2025-01-14T09:00', pattern: { frequency: 'monthly', interval: 1, weekdays: [], monthlyBy: 'weekday_of_month' }, count: 4 }),
    );
    expect(occurrences.map((o) => o.startLocal.slice(0, 10))).toEqual(['2025-01-14', '2025-02-11', '2025-03-11', '2025-04-08']);
    expect(
      describeSeries(series({ firstStartLocal: '2025-01-14T09:00', pattern: { frequency: 'monthly', interval: 1, weekdays: [], monthlyBy: 'weekday_of_month' }, count: 4 })),
    ).toEqual({
      rule: 'RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU;COUNT=4',
      text: 'every month on the 2nd Tuesday for 4 times',
    });
  });

  it('takes a 5th weekday as the last one of each month', () => {
    const occurrences = expandSeries(
      series({ firstStartLocal: '2025-01-31T09:00', pattern: { frequency: 'monthly', interval: 1, weekdays: [], monthlyBy: 'weekday_of_month' }, count: 3 }),
    );
    expect(occurrences.map((o) => o.startLocal.slice(0, 10))).toEqual(['2025-01-31', '2025-02-28', '2025-03-28']);
  });

  it('repeats monthly on a date', () => {
    const occurrences = expandSeries(
      series({ firstStartLocal: '2025-01-15T14:00', pattern: { frequency: 'monthly', interval: 2, weekdays: [], monthlyBy: 'day_of_month' }, count: 3 }),
    );
    expect(occurrences.map((o) => o.startLocal)).toEqual(['2025-01-15T14:00', '2025-03-15T14:00', '2025-05-15T14:00']);
  });

  it('expands only the occurrences in a range, for calendar views', () => {
    const long = series({ count: null, untilDate: '2025-12-31' });
    expect(occurrencesBetween(long, '2025-03-10', '2025-03-24').map((o) => o.startLocal)).toEqual(['2025-03-11T09:00', '2025-03-18T09:00']);
  });

  it(`refuses a series of more than ${MAX_OCCURRENCES} occurrences`, () => {
    const daily = series({ pattern: { frequency: 'daily', interval: 1, weekdays: [], monthlyBy: 'day_of_month' }, count: null, untilDate: '2027-01-01' });
    expect(() => expandSeries(daily)).toThrow(/more than 366 occurrences/);
    expect(expandSeries({ ...daily, untilDate: '2026-03-04' })).toHaveLength(366);
  });
});
