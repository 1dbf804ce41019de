import type { Faker } from '@faker-js/faker';
import type { CONTACT_OUTCOMES, ContactType } from '../../electron/api/caseNotes/caseNotesCodes';
import type { HomeVisitChecklist } from '../../electron/api/caseNotes/caseNotesSchemas';

type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** How an officer writes up a calendar appointment once it has happened: a line or two for its kind and outcome. */
const LINES: Record<ContactOutcome, readonly string[]> = {
  attended_complied: [
    'Reported as directed. Reviewed employment and the conditions of probation; no new law enforcement contact reported.',
    'Reported on time. Paystub seen; says things are steady at home. Next appointment confirmed.',
    'Seen as scheduled. Discussed treatment attendance and the payment plan; no concerns noted.',
  ],
  attended_failed_to_comply: [
    'Reported but without the proof of treatment attendance asked for at the last visit; warned and told to bring it next time.',
    'Reported 40 minutes late and without the payment agreed on; the conditions were gone over again.',
  ],
  failed_to_attend: [
    'Did not report as scheduled. Called the number on file and left a message to report by the end of the week.',
    'No show, no call. A letter instructing the client to report was mailed to the address on file.',
  ],
  acceptable_absence: ['Absence excused for the reason recorded; a new appointment was set.'],
  rescheduled: ['Rescheduled at the client’s request; the new date was confirmed by phone.'],
};

const DRUG_TEST_LINES = ['Sample collected under observation; the instant result was read and recorded.', 'Observed collection; no issues with the sample.'];

export const appointmentNarrative = (faker: Faker, type: ContactType, outcome: ContactOutcome) =>
  faker.helpers.arrayElement(type === 'drug_test' && outcome.startsWith('attended') ? DRUG_TEST_LINES : LINES[outcome]);

/** The home-visit checklist agreeing with the outcome: nothing verified when nobody was found at home. */
export function appointmentHomeVisit(outcome: ContactOutcome): HomeVisitChecklist {
  const seen = outcome === 'attended_complied' || outcome === 'attended_failed_to_comply';
  return {
    residenceVerified: seen,
    clientPresent: seen,
    othersPresent: false,
    othersPresentWho: '',
    livingConditions: seen ? 'Clean and orderly.' : '',
    contrabandObserved: false,
    contrabandDetails: '',
    curfewCompliant: null,
    photosAttached: 0,
    photoNotes: '',
  };
}
