import type { Faker } from '@faker-js/faker';
import type { RESPONSE_TYPES } from '../../electron/api/violations/violationsCodes';
import type { SettingsValues } from '../../electron/api/settings/settingsSchemas';
import { conditionOf, type ClientFacts, type Condition } from './clientFacts';
import { fill, type Words } from './noteVoice';
import type { RecordBuilder, Ref } from './recordEvents';
import { addDays, addMinutes, earlier, later } from './seedDates';
import { weighted } from './seedRandom';

type ResponseType = (typeof RESPONSE_TYPES)[number];

export interface ViolationFacts {
  /** When the officer records it: after the note or test it rests on. */
  at: string;
  date: string;
  condition: (Condition & { index: number }) | undefined;
  description: string;
  notes?: Ref[];
  tests?: Ref[];
  /** Conduct that goes straight to the court (absconding, a new arrest). */
  toCourt?: boolean;
  substance?: boolean;
}

/** Graduated responses: warnings first, then sanctions and closer supervision, then the court. */
function responseType(faker: Faker, prior: number, facts: ViolationFacts): ResponseType {
  if (facts.toCourt) return 'violation_report_to_court';
  if (prior === 0)
    return weighted(faker, [
      [45, 'verbal_warning'],
      [40, 'written_warning'],
      [facts.substance ? 30 : 0, 'treatment_referral'],
    ]);
  if (prior === 1)
    return weighted(faker, [
      [35, 'written_warning'],
      [30, 'increased_reporting'],
      [35, 'graduated_sanction'],
      [facts.substance ? 20 : 0, 'treatment_referral'],
    ]);
  return weighted(faker, [
    [55, 'graduated_sanction'],
    [prior === 2 ? 25 : 50, 'violation_report_to_court'],
    [20, 'increased_reporting'],
  ]);
}

const DETAILS: Record<ResponseType, string[]> = {
  verbal_warning: ['Verbal warning given in the office; {name} acknowledged the condition.', 'Verbal warning by phone; {name} said it will not happen again.'],
  written_warning: ['Written warning issued and signed by {name}; copy in the file.'],
  graduated_sanction: ['Sanction approved by the supervisor and explained to {name}.'],
  increased_reporting: ['Reporting increased to weekly for 60 days.'],
  treatment_referral: ['Referred for a substance-use assessment and outpatient treatment.'],
  violation_report_to_court: [
    'Violation report submitted to the court with a recommendation to modify the terms.',
    'Violation petition filed with the court; bench warrant requested.',
  ],
};

/** Records a client's violations and the officer's responses, each response stronger as violations add up. */
export class ViolationRecorder {
  private prior = 0;

  constructor(
    private readonly faker: Faker,
    private readonly record: RecordBuilder,
    private readonly facts: ClientFacts,
    private readonly enforcement: SettingsValues['enforcement'],
    private readonly words: Words,
  ) {}

  add(v: ViolationFacts) {
    const { faker, enforcement } = this;
    const severities = enforcement.severities;
    const severity = v.toCourt ? severities[severities.length - 1] : severities[Math.min(this.prior, severities.length - 1)];
    const ref = this.record.violation({
      at: v.at,
      condition: v.condition?.index ?? null,
      notes: v.notes ?? [],
      tests: v.tests ?? [],
      violation: { violationDate: v.date, description: v.description, severity },
    });
    const type = responseType(faker, this.prior, v);
    this.prior += 1;
    // A few days later at most, and not after the client's time in the community ended (unless the violation ended it).
    const responseDate = earlier(addDays(v.date, faker.number.int({ min: 0, max: 5 })), later(this.facts.until, v.date));
    const respondedAt = later(addMinutes(v.at, 30), `${responseDate}T${v.at.slice(11)}`);
    const sanction = type === 'graduated_sanction' ? faker.helpers.arrayElement(enforcement.sanctions) : null;
    this.record.step('response', {
      at: respondedAt,
      violation: ref,
      response: { responseDate, responseType: type, sanction, details: fill(faker.helpers.arrayElement(DETAILS[type]), this.words) },
    });
    const resolvedOn = addDays(responseDate, faker.number.int({ min: 30, max: 90 }));
    if (type !== 'violation_report_to_court' && resolvedOn <= this.facts.until && faker.datatype.boolean({ probability: 0.6 })) {
      this.record.step('violationStatus', { at: `${resolvedOn}T16:00`, violation: ref, status: 'resolved' });
    }
  }
}

/**
 * The violation that ended the client's time in the community, reported to the court: missed contacts and a
 * residence left behind before a warrant or absconding, a new arrest before custody. `missed` are the notes of
 * the missed contacts, with when each was written.
 */
export function endingViolation(recorder: ViolationRecorder, facts: ClientFacts, missed: { note: Ref; at: string }[]) {
  const status = facts.endedBy?.status;
  if (status === 'warrant' || status === 'absconded') {
    const date = later(addDays(facts.until, -1), facts.from);
    recorder.add({
      at: missed.map((m) => addMinutes(m.at, 5)).reduce(later, `${date}T15:30`),
      date,
      condition: conditionOf(facts, 'reporting'),
      description: 'Failed to report for the last three scheduled contacts and no longer lives at the verified residence; whereabouts unknown.',
      notes: missed.map((m) => m.note),
      toCourt: true,
    });
  } else if (status === 'in_custody') {
    recorder.add({
      at: `${facts.until}T15:30`,
      date: facts.until,
      condition: facts.conditions.find((c) => /criminal offence/i.test(c.text)),
      description: 'Arrested on a new charge and booked into the county jail.',
      toCourt: true,
    });
  }
}
