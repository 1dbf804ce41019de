import type { Faker } from '@faker-js/faker';
import type { UserRow } from '../../db/schema';
import type { IntakeInput } from '../../electron/api/clients/clientsSchemas';
import type { RiskInstrument, StandardCondition } from '../../electron/api/settings/intakeSettingsSchemas';
import { addressHistory } from './addressHistory';
import { backgroundNotes, safetyAlerts } from './backgroundNotes';
import { clientContacts } from './clientContacts';
import { syntheticPerson } from './clientIdentity';
import { courtOrder } from './courtOrders';
import { answerTo, syntheticScreening } from './riskScreening';
import { personName } from './seedRandom';
import { supervisionStory, type StatusChange } from './supervisionStory';

/** One generated client: the intake as an officer would enter it, and the status changes that follow. */
export interface ClientPlan {
  intake: IntakeInput;
  officer: UserRow;
  statusChanges: StatusChange[];
}

/** What the generator takes from the office: its officers and its own intake settings. */
export interface OfficeFacts {
  today: string;
  officers: UserRow[];
  instrument: RiskInstrument;
  standardConditions: StandardCondition[];
}

const JUDGES = 7;

function syntheticClient(faker: Faker, office: OfficeFacts, judges: string[]): ClientPlan {
  const story = supervisionStory(faker, office.today);
  const officer = faker.helpers.arrayElement(office.officers);
  const person = syntheticPerson(faker, story.intakeOn);
  const screening = syntheticScreening(faker, office.instrument, story.intakeOn);
  const contacts = clientContacts(faker, person.identity.lastName, screening.answers);
  const order = courtOrder(faker, { story, answers: screening.answers, level: screening.chosenLevel, judges, standardConditions: office.standardConditions });
  return {
    intake: {
      draftId: null,
      ...person,
      addresses: addressHistory(faker, story.intakeOn, answerTo(screening.answers, 'residence')),
      associates: contacts.associates,
      courtCases: order.courtCases,
      conditions: order.conditions,
      background: backgroundNotes(faker, screening.answers, contacts),
      safetyAlerts: safetyAlerts(faker, order.themes),
      screening,
      assignment: { officerId: officer.id, supervisionStartDate: story.intakeOn, status: story.startStatus },
    },
    officer,
    statusChanges: story.changes,
  };
}

/** `count` clients spread over the office's officers; the same Faker state gives the same people. */
export function syntheticClients(faker: Faker, office: OfficeFacts, count: number): ClientPlan[] {
  const judges = Array.from({ length: JUDGES }, () => `Hon. ${personName(faker)}`);
  return Array.from({ length: count }, () => syntheticClient(faker, office, judges));
}
