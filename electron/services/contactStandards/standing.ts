import type { ContactType } from '../../api/caseNotes/caseNotesCodes';
import type { SupervisionLevel } from '../../api/clients/clientsCodes';
import { formatDate } from '../../api/format/dateFormats';
import { addBusinessDays } from './businessDays';
import { daysBetween, plusDays } from './calendarDays';
import type { ContactFrequency, ContactStandards } from '../../api/contactStandards/contactStandardsSchemas';
import type { ContactStanding, RequirementKind, RequirementStanding, StandingStatus } from '../../api/contactStandards/contactStandardsWire';

/**
 * Where a client stands against the office's contact standards: pure, from dates alone.
 *
 * How requirements are measured (all dates are the office's calendar dates):
 * - "N contacts per P days" is a rolling window: it is met on a day when N qualifying contacts fall within the
 *   P days before it (a contact exactly P days ago still counts). It falls due P days after the N-th most recent
 *   contact: on the due date itself the requirement is still kept ("due soon"); the day after it is overdue.
 * - A level's requirements count from the day the client entered that level (the date of the assessment that
 *   moved them to it; intake for a client who never changed level). Contacts before then counted for the old level;
 *   a client whose level changes has one full period of the new level to meet it.
 * - The first face-to-face contact is due the given number of business days (Monday to Friday) after intake, the
 *   first home visit the given number of calendar days after it; contacts on the intake day count.
 * - Status: overdue once a due date has passed, due soon when one falls within `dueSoonDays`, else met.
 */

/** One signed contact that took place (see QUALIFYING_OUTCOMES), by its date. */
export interface QualifyingContact {
  date: string;
  contactType: ContactType;
}

export interface LevelChange {
  /** The assessment date. */
  date: string;
  level: SupervisionLevel;
}

export interface StandingInput {
  today: string;
  level: SupervisionLevel;
  /** Every assessment's chosen level, in any order. */
  levelHistory: LevelChange[];
  intakeDate: string;
  contacts: QualifyingContact[];
}

/** Contacts that took place; a failed attendance or an excused absence is not a contact made. */
export const QUALIFYING_OUTCOMES = ['attended_complied', 'attended_failed_to_comply'] as const;

const SEVERITY: Record<StandingStatus, number> = { met: 0, due_soon: 1, overdue: 2 };
const LABELS: Record<RequirementKind, [string, string]> = {
  first_contact: ['first face-to-face contact', 'first face-to-face contacts'],
  first_home_visit: ['first home visit', 'first home visits'],
  face_to_face: ['face-to-face contact', 'face-to-face contacts'],
  home_visit: ['home visit', 'home visits'],
};

/** The day the client entered their current level: the first assessment of the latest unbroken run at that level. */
export function levelSince(input: Pick<StandingInput, 'level' | 'levelHistory' | 'intakeDate'>): string {
  const history = [...input.levelHistory].sort((a, b) => a.date.localeCompare(b.date));
  let since: string | null = null;
  for (const change of history) {
    if (change.level !== input.level) since = null;
    else since ??= change.date;
  }
  // With no assessment at the current level on record, the latest assessment is the best date known.
  const fallback = history.length ? history[history.length - 1].date : input.intakeDate;
  const date = since ?? fallback;
  return date > input.intakeDate ? date : input.intakeDate;
}

function statusOn(today: string, dueOn: string | null, dueSoonDays: number): StandingStatus {
  if (dueOn === null) return 'met';
  if (today > dueOn) return 'overdue';
  return daysBetween(today, dueOn) <= dueSoonDays ? 'due_soon' : 'met';
}

/** Dates of contacts in range, newest first. */
const newestFirst = (contacts: QualifyingContact[], from: string, today: string) =>
  contacts
    .map((c) => c.date)
    .filter((date) => date >= from && date <= today)
    .sort((a, b) => b.localeCompare(a));

function rolling(kind: RequirementKind, frequency: ContactFrequency, dates: string[], since: string, today: string, dueSoonDays: number): RequirementStanding {
  const windowStart = plusDays(today, -frequency.periodDays);
  const counted = dates.filter((date) => date >= windowStart).length;
  const anchor = dates[frequency.count - 1] ?? since;
  const dueOn = plusDays(anchor, frequency.periodDays);
  return {
    requirement: kind,
    required: frequency.count,
    periodDays: frequency.periodDays,
    counted,
    lastContactOn: dates[0] ?? null,
    dueOn,
    status: statusOn(today, dueOn, dueSoonDays),
    missing: Math.max(0, frequency.count - counted),
  };
}

function first(kind: RequirementKind, dates: string[], dueOn: string, today: string, dueSoonDays: number): RequirementStanding {
  const done = dates.length > 0;
  return {
    requirement: kind,
    required: 1,
    periodDays: null,
    counted: done ? 1 : 0,
    lastContactOn: dates[0] ?? null,
    dueOn: done ? null : dueOn,
    status: done ? 'met' : statusOn(today, dueOn, dueSoonDays),
    missing: done ? 0 : 1,
  };
}

/**
 * A due date as the to-do line reads it. Remembered per date: a team's dashboard writes the same few dozen dates into
 * thousands of lines, and dayjs formatting each was a third of evaluating the standings.
 */
const dueLabels = new Map<string, string>();
function dueLabel(date: string): string {
  let label = dueLabels.get(date);
  if (label === undefined) {
    label = formatDate(date);
    dueLabels.set(date, label);
  }
  return label;
}

function todoLine(r: RequirementStanding): string | null {
  if (r.status === 'met' && r.missing === 0) return null;
  const [one, many] = LABELS[r.requirement];
  const what = r.missing > 1 ? `${r.missing} ${many}` : r.missing === 1 ? one : `next ${one}`;
  const when = r.status === 'overdue' ? `overdue since ${dueLabel(plusDays(r.dueOn as string, 1))}` : `due by ${dueLabel(r.dueOn as string)}`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)}: ${when}`;
}

export function evaluateStanding(input: StandingInput, standards: ContactStandards): ContactStanding {
  const { today, intakeDate } = input;
  const since = levelSince(input);
  const faceToFace = input.contacts.filter((c) => standards.faceToFaceTypes.includes(c.contactType));
  const homeVisits = input.contacts.filter((c) => c.contactType === 'home_visit');
  const level = standards.levels[input.level];
  const soon = standards.dueSoonDays;

  const requirements: RequirementStanding[] = [];
  if (standards.firstContactBusinessDays !== null) {
    requirements.push(first('first_contact', newestFirst(faceToFace, intakeDate, today), addBusinessDays(intakeDate, standards.firstContactBusinessDays), today, soon));
  }
  if (standards.firstHomeVisitDays !== null) {
    requirements.push(first('first_home_visit', newestFirst(homeVisits, intakeDate, today), plusDays(intakeDate, standards.firstHomeVisitDays), today, soon));
  }
  if (level.faceToFace) requirements.push(rolling('face_to_face', level.faceToFace, newestFirst(faceToFace, since, today), since, today, soon));
  if (level.homeVisits) requirements.push(rolling('home_visit', level.homeVisits, newestFirst(homeVisits, since, today), since, today, soon));

  const dueDates = requirements.map((r) => r.dueOn).filter((date): date is string => date !== null);
  return {
    status: requirements.reduce<StandingStatus>((worst, r) => (SEVERITY[r.status] > SEVERITY[worst] ? r.status : worst), 'met'),
    level: input.level,
    levelSince: since,
    intakeDate,
    nextDueOn: dueDates.length ? dueDates.sort()[0] : null,
    requirements,
    todo: requirements.map(todoLine).filter((line): line is string => line !== null),
  };
}

/** How many of the latest contacts of each kind evaluation can need: the largest count any level asks for. */
export function contactsNeeded(standards: ContactStandards): { faceToFace: number; homeVisits: number } {
  const levels = Object.values(standards.levels);
  return {
    faceToFace: Math.max(1, ...levels.map((l) => l.faceToFace?.count ?? 0)),
    homeVisits: Math.max(1, ...levels.map((l) => l.homeVisits?.count ?? 0)),
  };
}
