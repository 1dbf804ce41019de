import type { Faker } from '@faker-js/faker';
import { absenceReason, duration, location, narrative } from './caseNoteText';
import { conditionOf, type ClientFacts } from './clientFacts';
import type { PlannedContact } from './contactSchedule';
import { drugTest, type PlannedTest } from './drugTestPanels';
import { homeVisit, type HomeVisit } from './homeVisits';
import { fill, noteWords, pickFilled, type Words } from './noteVoice';
import type { RecordBuilder, Ref } from './recordEvents';
import { addDays, addMinutes, later } from './seedDates';
import { weighted } from './seedRandom';
import type { ViolationRecorder } from './violationsPlan';

/** Notes written this close to "today" are often still drafts waiting to be signed. */
const RECENT_DAYS = 10;

const ADDENDA = [
  'Correction: the contact took place about an hour later than the time entered.',
  'Correction: the employer named in this note should read {employer}.',
  'Late information: {relative} called after the contact to confirm {name} was home that evening.',
  "Correction: {name}'s next appointment is on the 14th, not the 4th as written.",
  'Addendum: {name} brought the missing paperwork to the front desk the next day.',
];
const REVIEWS = [
  'Reviewed; meets the contact standards.',
  'Reviewed. Follow up on the fees balance at the next visit.',
  'Reviewed; please record who else lives at the residence.',
  'Reviewed with the officer at supervision.',
  '',
];
const IN_PERSON = new Set(['office_visit', 'home_visit', 'field_visit', 'employment_visit', 'school_visit', 'video', 'drug_test', 'court', 'program']);

/** When the note was written: mostly the same day, sometimes the next morning, now and then days late. */
function writtenAt(faker: Faker, contactAt: string, today: string): string {
  const late = weighted(faker, [
    [80, () => addMinutes(contactAt, faker.number.int({ min: 20, max: 150 }))],
    [16, () => `${addDays(contactAt.slice(0, 10), 1)}T0${faker.number.int({ min: 8, max: 9 })}:${faker.helpers.arrayElement(['05', '20', '40'])}`],
    [4, () => `${addDays(contactAt.slice(0, 10), faker.number.int({ min: 4, max: 12 }))}T16:30`],
  ])();
  return late.slice(0, 10) > today ? `${today}T08:00` : late;
}

export interface NotesContext {
  today: string;
  /** Notes written after this day are recent (RECENT_DAYS). */
  recentAfter: string;
  violations: ViolationRecorder;
}

export const notesContext = (today: string, violations: ViolationRecorder): NotesContext => ({ today, recentAfter: addDays(today, -RECENT_DAYS), violations });

/**
 * Writes up one contact: the note (with the home-visit checklist or the drug test), then what followed from it:
 * signing, a violation for a positive test or a missed report, a lab result, an addendum, a supervisor's review.
 */
function writeUp(faker: Faker, record: RecordBuilder, facts: ClientFacts, contact: PlannedContact, context: NotesContext): WrittenNote {
  const { today, recentAfter, violations } = context;
  const words = noteWords(faker, facts);
  const contactAt = `${contact.date}T${contact.time}`;
  const at = writtenAt(faker, contactAt, today);
  const test: PlannedTest | null = contact.type === 'drug_test' && contact.outcome !== 'failed_to_attend' ? drugTest(faker, facts, contactAt, words) : null;
  const visit: HomeVisit | null = contact.type === 'home_visit' ? homeVisit(faker, facts, contact, words) : null;
  const outcome = test ? (test.result === 'positive' || test.result === 'refused' ? 'attended_failed_to_comply' : 'attended_complied') : contact.outcome;
  const missedTest = contact.type === 'drug_test' && !test ? [fill('{Name} did not report for the random drug test as instructed by the call-in line.', words)] : [];
  const { narrative: text, tags } = narrative(faker, facts, { ...contact, outcome }, words, [...(test?.lines ?? []), ...(visit?.lines ?? []), ...missedTest]);
  const attended = outcome.startsWith('attended');
  const recent = at.slice(0, 10) > recentAfter;
  const draft = recent ? faker.datatype.boolean({ probability: 0.4 }) : faker.datatype.boolean({ probability: 0.035 });
  const note = record.note({
    at,
    sign: !draft,
    note: {
      contactType: contact.type,
      contactAt,
      durationMinutes: duration(faker, contact.type, outcome),
      location: location(faker, facts, contact.type),
      peoplePresent: attended && IN_PERSON.has(contact.type) ? (visit?.checklist.othersPresentWho ? `Client; ${visit.checklist.othersPresentWho}` : 'Client') : '',
      outcome,
      absenceReason: outcome === 'acceptable_absence' ? absenceReason(faker) : '',
      narrative: text,
      tags,
      homeVisit: visit?.checklist ?? null,
    },
  });
  // Most old drafts were signed a day or two later; a few were forgotten and are still waiting.
  const signedAt = draft && !recent && faker.datatype.boolean({ probability: 0.9 }) ? `${addDays(at.slice(0, 10), faker.number.int({ min: 1, max: 2 }))}T08:45` : null;
  if (signedAt) record.step('signNote', { at: later(signedAt, addMinutes(at, 1)), note });
  const signedBy = draft ? signedAt : at;

  let testRef: Ref | null = null;
  if (test) {
    testRef = record.drugTest({ at: addMinutes(at, 1), note, test: test.test });
    if (test.test.sentForLab) {
      const labDate = addDays(contact.date, faker.number.int({ min: 5, max: 12 }));
      const result = weighted(faker, [
        [85, 'confirmed_positive'],
        [10, 'negative'],
        [5, 'inconclusive'],
      ] as const);
      const labAt = later(`${labDate}T11:00`, addMinutes(at, 5));
      if (labAt.slice(0, 10) <= today) record.step('labResult', { at: labAt, test: testRef, result: { labResult: result, labResultDate: labDate } });
    }
  }
  followUps(faker, { record, facts, contact, test, visit, note, testRef, at, violations, words });
  if (signedBy) afterSigning(faker, record, note, signedBy, today, words);
  return { contact, note, at };
}

/** Now and then, days after a note was signed, its author adds an addendum or a supervisor reviews it. */
function afterSigning(faker: Faker, record: RecordBuilder, note: Ref, signedAt: string, today: string, words: Words) {
  const dayAfter = (min: number, max: number, time: string) => `${addDays(signedAt.slice(0, 10), faker.number.int({ min, max }))}T${time}`;
  if (faker.datatype.boolean({ probability: 0.025 })) {
    const at = dayAfter(1, 20, '15:10');
    if (at.slice(0, 10) <= today) record.step('addendum', { at: later(at, addMinutes(signedAt, 1)), note, text: pickFilled(faker, ADDENDA, words) });
  }
  if (faker.datatype.boolean({ probability: 0.04 })) {
    const at = dayAfter(2, 30, '13:30');
    if (at.slice(0, 10) <= today) record.step('review', { at: later(at, addMinutes(signedAt, 1)), note, comment: faker.helpers.arrayElement(REVIEWS) });
  }
}

interface FollowUp {
  record: RecordBuilder;
  facts: ClientFacts;
  contact: PlannedContact;
  test: PlannedTest | null;
  visit: HomeVisit | null;
  note: Ref;
  testRef: Ref | null;
  at: string;
  violations: ViolationRecorder;
  words: Words;
}

/** Clients whose last contacts were missed before a warrant or absconding: those go into one violation (endingViolation). */
const endsMissing = (facts: ClientFacts) => facts.endedBy?.status === 'warrant' || facts.endedBy?.status === 'absconded';

/** The violations a contact documents: most positive or refused tests, some missed reports, contraband and curfew breaches. */
function followUps(faker: Faker, f: FollowUp) {
  const { facts, contact, test, visit } = f;
  const base = { at: addMinutes(f.at, 2), date: contact.date, notes: [f.note] };
  const drugTesting = conditionOf(facts, 'drug_testing');
  if (test && f.testRef !== null && (test.result === 'positive' || test.result === 'refused') && faker.datatype.boolean({ probability: 0.85 })) {
    const what =
      test.result === 'refused'
        ? 'Refused to give a sample for a drug test'
        : `Positive ${test.test.method} test for ${test.test.panel.find((p) => p.result === 'positive')?.substance}`;
    f.violations.add({ ...base, condition: drugTesting, description: `${what} on ${contact.date}.`, tests: [f.testRef], substance: true });
  } else if (contact.type === 'drug_test' && !test && faker.datatype.boolean({ probability: 0.4 })) {
    f.violations.add({ ...base, condition: drugTesting, description: `Failed to report for random drug testing on ${contact.date}.`, substance: true });
  } else if (contact.type === 'office_visit' && contact.outcome === 'failed_to_attend' && !endsMissing(facts) && faker.datatype.boolean({ probability: 0.25 })) {
    f.violations.add({ ...base, condition: conditionOf(facts, 'reporting'), description: `Failed to report for the scheduled office visit on ${contact.date}.` });
  } else if (visit?.contraband && faker.datatype.boolean({ probability: 0.7 })) {
    f.violations.add({
      ...base,
      condition: undefined,
      description: `Contraband found at the residence during a home visit on ${contact.date}: ${visit.checklist.contrabandDetails}`,
    });
  } else if (visit?.curfewMissed && faker.datatype.boolean({ probability: 0.8 })) {
    f.violations.add({ ...base, condition: conditionOf(facts, 'curfew'), description: `Not at home during a curfew check at ${contact.time} on ${contact.date}.` });
  }
}

/** A contact as written up: the note's Ref and when it was written. */
export interface WrittenNote {
  contact: PlannedContact;
  note: Ref;
  at: string;
}

/** The client's contact log with everything that came of it, in the order the contacts happened. */
export function planNotes(faker: Faker, record: RecordBuilder, facts: ClientFacts, contacts: PlannedContact[], context: NotesContext): WrittenNote[] {
  return contacts.map((contact) => writeUp(faker, record, facts, contact, context));
}
