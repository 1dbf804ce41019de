import type { Faker } from '@faker-js/faker';
import type { ContactType } from '../../electron/api/caseNotes/caseNotesCodes';
import { conditionOf, type ClientFacts } from './clientFacts';
import type { ContactOutcome, PlannedContact } from './contactSchedule';
import { pickFilled, type Words } from './noteVoice';

/** Officers' narratives, by kind of contact and outcome; topics and closing lines add the rest of a visit. */
type Openings = Partial<Record<ContactOutcome, string[]>>;

const OPENINGS: Record<Exclude<ContactType, 'home_visit' | 'drug_test'>, Openings> = {
  office_visit: {
    attended_complied: [
      '{Name} reported to the office as directed.',
      'Scheduled office visit; {name} arrived on time.',
      '{Name} reported for the check-in about ten minutes early.',
      'Walk-in report: {name} came in before work to check in.',
      'Office visit. {Name} was cooperative and answered all questions.',
    ],
    attended_failed_to_comply: [
      '{Name} reported 40 minutes late and without the job-search log that was due.',
      '{Name} reported but had not completed the paperwork required at the last visit.',
      '{Name} reported smelling of alcohol; {he} admitted drinking the night before.',
      '{Name} reported but was argumentative and refused to discuss {his} treatment attendance.',
    ],
    failed_to_attend: [
      '{Name} failed to report for the scheduled office visit. Called the number on file; no answer, voicemail left.',
      'No-show for the scheduled appointment. A letter was sent instructing {name} to report within 48 hours.',
      '{Name} did not report as instructed and did not call. Texted the number on file.',
    ],
    acceptable_absence: ['{Name} called before the appointment to explain the absence; the reason was checked and accepted. New appointment set.'],
    rescheduled: [
      "Appointment rescheduled at {name}'s request because of a court date on another matter.",
      'Officer rescheduled the visit: the office closed early for staff training.',
      'Rescheduled by phone because {name} started a new shift this week.',
    ],
  },
  field_visit: {
    attended_complied: [
      'Field contact at the Arco station on University Avenue; {name} was where {he} said {he} would be. Brief talk about {his} week.',
      'Met {name} in the food court at the Moreno Valley Mall during {his} lunch break.',
      'Field contact at the Metrolink station parking lot in Riverside before {name} caught the train to work.',
    ],
    attended_failed_to_comply: ['Field contact near the Perris park-and-ride; {name} was with two men known to the office and was told to leave.'],
    failed_to_attend: ['Went to the agreed place for the field contact; {name} was not there and did not answer the phone.'],
  },
  employment_visit: {
    attended_complied: [
      'Employment visit at {employer}. The shift supervisor confirmed {name} works about 32 hours a week and is reliable.',
      'Verified employment at {employer}: {name} was on shift, and the schedule matches the pay stubs seen in the office.',
      'Visited {employer}; the manager said {name} was recently moved to full-time.',
    ],
    attended_failed_to_comply: ['Employment visit at {employer}: the manager said {name} has not worked there for three weeks, although {he} reported still being employed.'],
    failed_to_attend: ['Went to {employer} at the agreed time; {name} had left early and did not return the call.'],
  },
  school_visit: {
    attended_complied: [
      'Visited the adult education office: enrollment in the GED program confirmed and attendance is good.',
      'School visit: the instructor says {name} passed the GED reading test and is working on math.',
    ],
    attended_failed_to_comply: ['School visit: the adult school says {name} has missed the last four classes.'],
    failed_to_attend: ['School visit planned with {name} at the adult school; {he} did not come to class.'],
  },
  phone: {
    attended_complied: [
      'Phone check-in. {Name} reports no changes in address, work or household.',
      'Scheduled phone contact; {name} answered straight away.',
      'Phone contact: {name} called in as instructed.',
    ],
    attended_failed_to_comply: ['Phone check-in. {Name} admitted missing {his} treatment group this week and could not say why.'],
    failed_to_attend: ['Called for the scheduled phone check-in; no answer. Voicemail left asking {name} to call back today.'],
  },
  video: {
    attended_complied: [
      "Video check-in on the county's approved platform. {Name} showed {his} room and the kitchen on camera.",
      'Video check-in; {name} joined from work during a break.',
    ],
    attended_failed_to_comply: ['Video check-in; {name} would not turn the camera on and ended the call early.'],
    failed_to_attend: ['{Name} did not join the scheduled video check-in; a text reminder was sent.'],
    rescheduled: ['Video check-in moved to tomorrow: {name} had no data left on {his} phone.'],
  },
  collateral: {
    attended_complied: [
      'Collateral contact by phone with {relative}, who says {name} is home most evenings and going to work.',
      'Collateral with the counselor at {provider}: {name} attends every week and the program tests are negative.',
      'Records check with Riverside PD: no new contacts or arrests in the last 30 days.',
      'Collateral with the supervisor at {employer}: {name} shows up on time; no problems.',
      'CLETS check: no new arrests or warrants.',
    ],
    attended_failed_to_comply: [
      'Collateral with {relative}: worried that {name} is spending time with old friends again and staying out late.',
      'Collateral with {provider}: two missed groups this month; the counselor will call if it happens again.',
    ],
  },
  email_letter: {
    attended_complied: [
      'Letter sent to {home} reminding {name} of the next appointment and the fees balance.',
      'Emailed the court clerk the progress update asked for at the last review hearing.',
      'Sent the treatment provider the release of information signed by {name}.',
    ],
  },
  court: {
    attended_complied: [
      "Attended the progress review hearing before {judge}. The court noted {name}'s compliance and continued probation on the same terms.",
      'Court appearance before {judge} on the restitution review; the payment schedule was confirmed.',
      'Attended the hearing before {judge}; the matter was continued for 60 days.',
    ],
  },
  program: {
    attended_complied: [
      'Verified attendance at the group session at {provider}; {name} took part appropriately.',
      'Program contact: the facilitator reports {name} finished module 4 of the cognitive-behavioral curriculum.',
    ],
    attended_failed_to_comply: ['Program contact: the facilitator reports {name} was asked to leave group for being disruptive.'],
    failed_to_attend: ["The program reports {name} missed tonight's group without calling."],
    acceptable_absence: ['{Name} missed group for a reason the program accepted; a make-up session is booked.'],
  },
};

/** Topics raised at a visit, each with the tag it adds; a topic comes up only when it applies to the client. */
interface Topic {
  tag: string;
  applies: (facts: ClientFacts) => boolean;
  lines: string[];
}

const TOPICS: Topic[] = [
  {
    tag: 'employment',
    applies: (f) => f.employer !== null,
    lines: [
      'Still working at {employer}; brought two recent pay stubs.',
      'Hours at {employer} were cut to about 25 a week; encouraged to look for a second job.',
      'Gets along with the supervisor at {employer}; no problems at work.',
      'Asked about a promotion to team lead at {employer}.',
    ],
  },
  {
    tag: 'employment',
    applies: (f) => f.employer === null,
    lines: [
      'Still unemployed; has applied at three warehouses this week and has an interview on Friday.',
      'Provided a job-search log with eight employer contacts.',
      'Attending the resume workshop at the Workforce Development Center.',
      'Picked up day labor twice this week; still looking for steady work.',
    ],
  },
  {
    tag: 'housing',
    applies: () => true,
    lines: [
      'No change of address; the living situation is stable.',
      'The landlord has given notice; looking for a room to rent. Reminded to report any move within 72 hours.',
      'Says the household is calm and nobody new is living there.',
    ],
  },
  {
    tag: 'treatment',
    applies: (f) => f.provider !== null,
    lines: [
      'Attending groups at {provider}; the counselor reports good participation.',
      'Missed one group at {provider} because of work and has made it up.',
      'Has finished about half of the sessions at {provider}.',
    ],
  },
  {
    tag: 'sobriety',
    applies: (f) => f.substanceUse > 0,
    lines: [
      'Denies any drug or alcohol use since the last contact.',
      'Admits drinking at a family barbecue last weekend; discussed the no-alcohol condition and relapse triggers.',
      'Reports three months clean and sober; goes to two NA meetings a week.',
      'Talked about cravings after a stressful week; encouraged to call {his} sponsor.',
    ],
  },
  {
    tag: 'family',
    applies: (f) => f.family.length > 0,
    lines: ['Says {relative} has been supportive.', 'Some conflict at home with {relativeName}; discussed ways to step away before an argument gets worse.'],
  },
  {
    tag: 'fees',
    applies: (f) => conditionOf(f, 'fees', 'restitution') !== undefined,
    lines: ["Made a payment at the cashier's window; reminded of the balance owed.", 'Says money is tight this month; discussed a payment plan.'],
  },
  {
    tag: 'community service',
    applies: (f) => conditionOf(f, 'community_service')?.targetAmount != null,
    lines: ['Brought a community-service timesheet from the placement.', 'Has not started the community-service hours; instructed to sign up with a placement this week.'],
  },
  {
    tag: 'curfew',
    applies: (f) => conditionOf(f, 'curfew') !== undefined,
    lines: ['Reviewed the curfew; says {he} is home by 22:00 every night.'],
  },
  {
    tag: 'case plan',
    applies: () => true,
    lines: [
      'Reviewed the conditions of probation; no questions.',
      'Went over the goals of the case plan and what comes next.',
      'Asked for permission to visit family in Arizona over the holiday; told to put the travel request in writing.',
    ],
  },
];

const CLOSINGS = ['Next office visit in two weeks.', 'Instructed to report again next month.', 'No concerns noted at this time.', 'Reminded of all conditions.', ''];

/** Contacts where the officer and client talked, so topics of the visit belong in the note. */
const CONVERSATIONS = new Set<ContactType>(['office_visit', 'phone', 'video', 'home_visit']);

const BASE_TAGS: Partial<Record<ContactType, string[]>> = {
  office_visit: ['check-in'],
  home_visit: ['home visit'],
  drug_test: ['drug test'],
  employment_visit: ['employment'],
  school_visit: ['education'],
  court: ['court'],
  program: ['treatment'],
  collateral: ['collateral'],
};

export interface Narrative {
  narrative: string;
  tags: string[];
}

/**
 * The narrative of a contact: the opening for its kind and outcome, the `extra` lines of a home visit or a test,
 * then, when the client was there to talk, a topic or two and a closing line.
 */
export function narrative(faker: Faker, facts: ClientFacts, contact: PlannedContact, words: Words, extra: string[]): Narrative {
  const openings = contact.type === 'home_visit' || contact.type === 'drug_test' ? [] : (OPENINGS[contact.type][contact.outcome] ?? OPENINGS[contact.type].attended_complied!);
  const lines = openings.length ? [pickFilled(faker, openings, words), ...extra] : extra;
  const tags = [...(BASE_TAGS[contact.type] ?? [])];
  if (CONVERSATIONS.has(contact.type) && contact.outcome.startsWith('attended')) {
    const topics = faker.helpers.arrayElements(
      TOPICS.filter((t) => t.applies(facts)),
      { min: 1, max: 3 },
    );
    lines.push(...topics.map((t) => pickFilled(faker, t.lines, words)), faker.helpers.arrayElement(CLOSINGS));
    tags.push(...topics.map((t) => t.tag));
  }
  if (contact.opening) lines.unshift('Intake interview. Went over every condition of probation; the conditions were signed and a copy given.');
  return { narrative: lines.filter(Boolean).join(' '), tags };
}

const ABSENCE_REASONS = [
  'In hospital with pneumonia; discharge papers provided.',
  'Mandatory overtime shift; letter from the employer on file.',
  "Child's medical appointment; confirmed with the clinic.",
  'At a family funeral out of the county, with travel permission.',
  'Car broke down on the freeway; tow receipt provided.',
];

export const absenceReason = (faker: Faker) => faker.helpers.arrayElement(ABSENCE_REASONS);

const LOCATIONS: Partial<Record<ContactType, string[]>> = {
  office_visit: ['Riverside office, interview room 2', 'Riverside office, interview room 3', 'Riverside office, reporting window'],
  field_visit: ['Field', 'Community'],
  school_visit: ['Riverside Adult School'],
  phone: ['By phone'],
  video: ['Video call'],
  collateral: ['By phone'],
  email_letter: ['Mail'],
  drug_test: ['Riverside office, testing room'],
  court: ['Hall of Justice, Riverside'],
};

/** Where the contact took place: the client's home for home visits, the employer or provider for theirs. */
export function location(faker: Faker, facts: ClientFacts, type: ContactType): string {
  if (type === 'home_visit') return facts.home;
  if (type === 'employment_visit') return facts.employer ?? 'Workplace';
  if (type === 'program') return facts.provider ?? 'Treatment program';
  return faker.helpers.arrayElement(LOCATIONS[type] ?? ['']);
}

const MINUTES: Record<ContactType, [number, number] | null> = {
  office_visit: [15, 45],
  home_visit: [15, 40],
  field_visit: [10, 30],
  employment_visit: [10, 25],
  school_visit: [15, 30],
  phone: [5, 20],
  video: [10, 30],
  collateral: [5, 20],
  email_letter: null,
  drug_test: [10, 20],
  court: [30, 120],
  program: [60, 90],
};

/** How long the contact took; none when it did not happen or was a letter. */
export function duration(faker: Faker, type: ContactType, outcome: ContactOutcome): number | null {
  const range = MINUTES[type];
  if (!range || outcome === 'failed_to_attend' || outcome === 'rescheduled' || outcome === 'acceptable_absence') return null;
  return 5 * faker.number.int({ min: range[0] / 5, max: range[1] / 5 });
}
