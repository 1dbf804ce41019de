import type { Faker } from '@faker-js/faker';
import type { HomeVisitChecklist } from '../../electron/api/caseNotes/caseNotesSchemas';
import { conditionOf, type ClientFacts } from './clientFacts';
import type { PlannedContact } from './contactSchedule';
import { fill, pickFilled, type Words } from './noteVoice';

const CONDITIONS = [
  'Clean and orderly; food in the refrigerator; the client has a bedroom of their own.',
  'Cluttered but liveable; working utilities.',
  'Small studio, tidy; bed, table and a hot plate.',
  'Shared house; the client sleeps in the converted garage, which is clean.',
  'Crowded: seven people in a three-bedroom house, but clean.',
];
const CONTRABAND = [
  'Empty beer cans in the kitchen trash; the client said they belong to a roommate.',
  'A glass pipe with burnt residue on the bedroom nightstand; photographed and seized.',
  'A folding knife with a 5-inch blade in the living room; the client said it is for work.',
];
const OTHERS = ['two roommates (names on file)', 'the landlord', 'a friend who said he was visiting for the day'];

const ENTERED = [
  'Unannounced home visit at {home}. {Name} answered the door and allowed entry; walked through the living room, kitchen and bedroom.',
  'Home visit at {home}. {Relative} let the officer in, and {name} came out from the back bedroom.',
  'Home visit at {home}; {name} was in the yard and walked the officer through the house.',
];

export interface HomeVisit {
  checklist: HomeVisitChecklist;
  lines: string[];
  /** What the officer found that may make a violation. */
  contraband: boolean;
  curfewMissed: boolean;
}

const evening = (contact: PlannedContact) => contact.time >= '17:30';

/**
 * The checklist and the narrative of a home visit, agreeing with each other and with the outcome: a visit where
 * nobody answered verifies nothing; a failed one found contraband, or a client out after curfew.
 */
export function homeVisit(faker: Faker, facts: ClientFacts, contact: PlannedContact, words: Words): HomeVisit {
  const curfewCheck = evening(contact) && conditionOf(facts, 'curfew') !== undefined;
  const blank = { othersPresentWho: '', livingConditions: '', contrabandObserved: false, contrabandDetails: '', photosAttached: 0, photoNotes: '' };
  if (contact.outcome === 'failed_to_attend' || (contact.outcome === 'attended_failed_to_comply' && curfewCheck)) {
    const missedCurfew = curfewCheck;
    return {
      checklist: {
        ...blank,
        residenceVerified: false,
        clientPresent: false,
        othersPresent: missedCurfew,
        othersPresentWho: missedCurfew ? words.relative : '',
        curfewCompliant: missedCurfew ? false : null,
      },
      lines: [
        missedCurfew
          ? fill(`Curfew check at {home} at ${contact.time}. {Name} was not home; {relative} said {he} had gone out with friends.`, words)
          : fill('Home visit attempted at {home}; nobody answered. Left a card on the door instructing {name} to call the office.', words),
      ],
      contraband: false,
      curfewMissed: missedCurfew,
    };
  }
  const found = contact.outcome === 'attended_failed_to_comply';
  const others = faker.datatype.boolean() ? (facts.family.length ? words.relative : faker.helpers.arrayElement(OTHERS)) : '';
  const photos = found ? faker.number.int({ min: 1, max: 3 }) : faker.helpers.arrayElement([0, 0, 1, 2]);
  const details = found ? faker.helpers.arrayElement(CONTRABAND) : '';
  const conditions = faker.helpers.arrayElement(CONDITIONS);
  return {
    checklist: {
      residenceVerified: true,
      clientPresent: true,
      othersPresent: others !== '',
      othersPresentWho: others,
      livingConditions: conditions,
      contrabandObserved: found,
      contrabandDetails: details,
      curfewCompliant: curfewCheck ? true : null,
      photosAttached: photos,
      photoNotes: photos ? (found ? 'What was found, where it was found.' : 'Front of the residence and the bedroom.') : '',
    },
    lines: [
      pickFilled(faker, ENTERED, words),
      conditions,
      found ? details : 'No contraband, drugs or weapons seen.',
      curfewCheck ? fill(`Curfew check at ${contact.time}: {name} was home.`, words) : '',
    ].filter(Boolean),
    contraband: found,
    curfewMissed: false,
  };
}
