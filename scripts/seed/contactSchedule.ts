import type { Faker } from '@faker-js/faker';
import dayjs from 'dayjs';
import type { CONTACT_OUTCOMES, ContactType } from '../../electron/api/caseNotes/caseNotesCodes';
import { ISO_DATE_FORMAT } from '../../electron/api/shared/fieldSchemas';
import { conditionOf, type ClientFacts } from './clientFacts';
import { addDays, daysBetween, timeOfDay } from './seedDates';
import { weighted } from './seedRandom';

export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** One contact in the client's log, before it is written up. */
export interface PlannedContact {
  date: string;
  /** HH:mm, local. */
  time: string;
  type: ContactType;
  outcome: ContactOutcome;
  /** The intake interview that opens the log. */
  opening: boolean;
}

const LEVEL_HOME_VISITS = { low: 5, medium: 9, high: 13, very_high: 16 };

/** How often each kind of contact comes up for this client: home visits by level, tests by substance use, work visits only when working. */
function contactMix(facts: ClientFacts): [number, ContactType][] {
  const treatment = facts.provider !== null || conditionOf(facts, 'counseling') !== undefined;
  return [
    [30, 'office_visit'],
    [13, 'phone'],
    [LEVEL_HOME_VISITS[facts.level], 'home_visit'],
    [3, 'field_visit'],
    [facts.employer ? 6 : 0, 'employment_visit'],
    [facts.needAreas.includes('education') ? 2 : 0, 'school_visit'],
    [4, 'video'],
    [8, 'collateral'],
    [2, 'email_letter'],
    [[6, 10, 16][facts.substanceUse], 'drug_test'],
    [1, 'court'],
    [treatment ? 5 : 0, 'program'],
  ];
}

/** Outcomes by kind of contact; clients with more risk miss and fail more. */
function outcome(faker: Faker, type: ContactType, facts: ClientFacts): ContactOutcome {
  if (type === 'email_letter' || type === 'court') return 'attended_complied';
  const risk = { low: 1, medium: 1.5, high: 2, very_high: 2.5 }[facts.level];
  return weighted(faker, [
    [80, 'attended_complied'],
    [type === 'drug_test' ? 0 : 4 * risk, 'attended_failed_to_comply'],
    [type === 'collateral' ? 0 : 4 * risk, 'failed_to_attend'],
    [type === 'office_visit' || type === 'program' ? 4 : 0, 'acceptable_absence'],
    [type === 'office_visit' || type === 'video' ? 4 : 0, 'rescheduled'],
  ]);
}

/** A quarter-hour in office hours; home visits also in the evening, when curfews are checked. */
function timeOf(faker: Faker, type: ContactType): string {
  const [from, to] =
    type === 'home_visit' && faker.datatype.boolean({ probability: 0.35 }) ? [17 * 60 + 30, 21 * 60] : type === 'court' ? [8 * 60 + 30, 11 * 60] : [8 * 60, 16 * 60 + 30];
  return timeOfDay(from + 15 * faker.number.int({ min: 0, max: (to - from) / 15 }));
}

/** `count` dates from `from` to `until`, in order, one in each equal part of the span (several a day when the span is short). */
function spreadDates(faker: Faker, from: string, until: string, count: number): string[] {
  const span = daysBetween(from, until) + 1;
  const start = dayjs(from);
  return Array.from({ length: count }, (_, i) => start.add(Math.min(span - 1, Math.floor(((i + faker.number.float()) * span) / count)), 'day').format(ISO_DATE_FORMAT));
}

/**
 * The client's contacts: the intake interview on the first day, a home visit to verify the residence within a
 * month, then a mix that follows the client's level and needs. When the time in the community ended with a
 * warrant or absconding, the last contacts are the missed ones that led to it.
 */
export function contactSchedule(faker: Faker, facts: ClientFacts, count: number): PlannedContact[] {
  if (count === 0) return [];
  const dates = [facts.from, ...spreadDates(faker, addDays(facts.from, 1), facts.until, count - 1)].filter((date) => date <= facts.until);
  const mix = contactMix(facts);
  const contacts = dates.map((date, i): PlannedContact => {
    const type: ContactType = i === 0 ? 'office_visit' : i === 1 && daysBetween(facts.from, date) <= 30 ? 'home_visit' : weighted(faker, mix);
    return { date, time: timeOf(faker, type), type, outcome: i === 0 ? 'attended_complied' : outcome(faker, type, facts), opening: i === 0 };
  });
  if (facts.endedBy?.status === 'warrant' || facts.endedBy?.status === 'absconded') {
    for (const contact of contacts.slice(-3).filter((c) => !c.opening)) {
      contact.type = faker.helpers.arrayElement(['office_visit', 'home_visit', 'phone'] as const);
      contact.outcome = 'failed_to_attend';
    }
  }
  return contacts;
}
