import type { Faker } from '@faker-js/faker';
import type { Role } from '../../electron/api/users/roles';
import type { SetupInput } from '../../electron/api/auth/authSchemas';

/** One password for every generated account, printed on screen: this is synthetic data, not a real office. */
export const DEMO_PASSWORD = 'Demo-Password-2026';

export const DEMO_OFFICE: SetupInput['office'] = {
  name: 'Riverside County Adult Probation (DEMO)',
  address: '2100 Justice Way, Suite 300, Riverside, CA 92501',
  phone: '(951) 555-0100',
  currency: 'USD',
  paperSize: 'letter',
  measurementSystem: 'us',
};

export interface StaffMember {
  username: string;
  fullName: string;
  title: string;
  role: Role;
  /** The username of the supervisor whose team this officer is on. */
  supervisor: string | null;
}

const SUPERVISORS = 2;
const OFFICERS_PER_TEAM = 4;
const OFFICER_TITLES = ['Deputy Probation Officer I', 'Deputy Probation Officer II', 'Senior Probation Officer'];

/** first.last in lower-case ASCII, with a number added when the name is taken. */
function uniqueUsername(first: string, last: string, taken: Set<string>): string {
  const base = `${first}.${last}`.toLowerCase().replace(/[^a-z.-]/g, '');
  let username = base;
  for (let n = 2; taken.has(username); n += 1) username = `${base}${n}`;
  taken.add(username);
  return username;
}

/** The office's staff: an administrator ("admin"), two supervisors and a team of officers under each. */
export function demoStaff(faker: Faker): StaffMember[] {
  const taken = new Set(['admin']);
  const person = (title: string, role: Role, supervisor: string | null, username?: string): StaffMember => {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    return { username: username ?? uniqueUsername(first, last, taken), fullName: `${first} ${last}`, title, role, supervisor };
  };
  const admin = person('Office Administrator', 'admin', null, 'admin');
  const supervisors = Array.from({ length: SUPERVISORS }, () => person('Supervising Probation Officer', 'supervisor', null));
  const officers = supervisors.flatMap((supervisor) =>
    Array.from({ length: OFFICERS_PER_TEAM }, () => person(faker.helpers.arrayElement(OFFICER_TITLES), 'officer', supervisor.username)),
  );
  return [admin, ...supervisors, ...officers];
}
