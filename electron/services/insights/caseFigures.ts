import dayjs from 'dayjs';
import { sql } from 'drizzle-orm';
import { CLIENT_STATUSES, SUPERVISION_LEVELS, type SupervisionLevel } from '../../api/clients/clientsCodes';
import { daysBetween } from '../contactStandards/calendarDays';
import { clientStandings, STANDARDS_APPLY_TO } from '../contactStandards/clientStandings';
import { QUALIFYING_OUTCOMES } from '../contactStandards/standing';
import { STANDING_STATUSES, type ContactStanding } from '../../api/contactStandards/contactStandardsWire';
import { readSetting } from '../settings/settings';
import type { FigureDef, FigureQuery, SourceRow } from './figureModel';
import { atTimes, codeLabel, codeRows, list, monthRows, officerRows, trendMonths } from './figureRows';

const OPEN_STATUSES = CLIENT_STATUSES.filter((s) => s !== 'closed');

const caseload: FigureDef = {
  id: 'caseload',
  title: 'Caseload by supervision level and status',
  description: 'Clients under supervision today (closed cases left out), whatever the date range.',
  chart: 'stacked',
  rowLabel: 'Supervision level',
  rows: () => codeRows(SUPERVISION_LEVELS),
  drill: 'caseload',
  series: OPEN_STATUSES.map((status) => ({
    key: status,
    label: codeLabel(status),
    unit: 'count',
    measure: 'count',
    source: (q) => sql`select c.id as client_id, c.supervision_level as key, 1 as amount from clients c where ${q.scope.clientCondition} and c.status = ${status}`,
  })),
};

/** Signed notes of face-to-face contacts that took place (the contact standards' own rule). */
function madeContact(q: FigureQuery) {
  const { faceToFaceTypes } = readSetting(q.db, 'contactStandards');
  return sql`n.status = 'signed' and n.outcome in (${list(QUALIFYING_OUTCOMES)}) and n.contact_type in (${list(faceToFaceTypes)})`;
}

/** Contacts made, keyed by the client's officer, from one date to the day before another. */
const contactsMadeByOfficer = (q: FigureQuery) => sql`select n.client_id as client_id, cast(c.assigned_officer_id as text) as key, 1 as amount
  from clients c join case_notes n on n.client_id = c.id
  where ${q.scope.clientCondition} and ${madeContact(q)} and ${atTimes(sql`n.contact_at`, q.from, q.toNext)}`;

/**
 * Contacts made, keyed by month (YYYY-MM), over whole months. For the whole office the notes are walked month by
 * month on case_notes_contact_month, whose order is the grouping's, so the office's year of contacts is counted
 * without a sort (and every note's client is in scope, so none is looked up); a team or a caseload is read client
 * by client, each client's notes in their date range.
 */
function contactsMadeByMonth(q: FigureQuery, months: string[]) {
  const [first, last] = [months[0], months[months.length - 1]];
  const month = sql`substr(n.contact_at, 1, 7)`;
  if (q.scope.wholeOffice) {
    return sql`select n.client_id as client_id, ${month} as key, 1 as amount
      from case_notes n indexed by case_notes_contact_month
      where ${month} >= ${first} and ${month} <= ${last} and ${madeContact(q)}`;
  }
  const toNext = dayjs(`${last}-01`).add(1, 'month').format('YYYY-MM-DD');
  return sql`select n.client_id as client_id, ${month} as key, 1 as amount
    from clients c join case_notes n on n.client_id = c.id
    where ${q.scope.clientCondition} and ${madeContact(q)} and ${atTimes(sql`n.contact_at`, `${first}-01`, toNext)}`;
}

interface Supervised {
  id: number;
  officerId: number;
  level: SupervisionLevel;
  start: string;
}

/** Clients the contact standards apply to today, in scope. */
function supervised(q: FigureQuery): Supervised[] {
  const key = 'supervised';
  if (!q.memo.has(key)) {
    q.memo.set(
      key,
      q.db.all<Supervised>(sql`select c.id as id, c.assigned_officer_id as officerId, c.supervision_level as level, c.supervision_start_date as start
        from clients c where ${q.scope.clientCondition} and c.status in (${list(STANDARDS_APPLY_TO)})`),
    );
  }
  return q.memo.get(key) as Supervised[];
}

/**
 * Face-to-face contacts a client's level asks for over a window: count × days / period, counting the days of the
 * window from the supervision start on. Today's caseload at today's levels: a client closed since is not counted.
 * Days are counted as offsets from the first window's start, one date subtraction per client and per window
 * (calendarDays), not per pair: the trend asks this of every client in the office 12 times.
 */
function contactsRequired(q: FigureQuery, windows: { key: (c: Supervised) => string; from: string; to: string }[]): SourceRow[] {
  const standards = readSetting(q.db, 'contactStandards');
  const origin = windows[0].from;
  const spans = windows.map((window) => ({ key: window.key, from: daysBetween(origin, window.from), to: daysBetween(origin, window.to) }));
  const rows: SourceRow[] = [];
  for (const client of supervised(q)) {
    const frequency = standards.levels[client.level].faceToFace;
    if (!frequency) continue;
    const start = daysBetween(origin, client.start);
    for (const span of spans) {
      const days = span.to - Math.max(start, span.from) + 1;
      if (days > 0) rows.push({ clientId: client.id, key: span.key(client), amount: (frequency.count * days) / frequency.periodDays });
    }
  }
  return rows;
}

const contactsByOfficer: FigureDef = {
  id: 'contactsByOfficer',
  title: 'Contacts made and required, per officer',
  description:
    'Signed face-to-face contacts that took place in the date range, against what the contact standards ask of each client’s level over the same days (today’s caseload, from each client’s supervision start).',
  chart: 'bar',
  rowLabel: 'Officer',
  rows: officerRows,
  drill: 'records',
  series: [
    { key: 'made', label: 'Contacts made', unit: 'count', measure: 'count', source: contactsMadeByOfficer },
    {
      key: 'required',
      label: 'Contacts required',
      unit: 'count',
      measure: 'sum',
      source: (q) => contactsRequired(q, [{ key: (c) => String(c.officerId), from: q.from, to: q.to }]),
    },
  ],
};

const contactTrend: FigureDef = {
  id: 'contactTrend',
  title: 'Contacts made and required, last 12 months',
  description: 'Month by month to the end of the date range; choose an officer to see theirs alone.',
  chart: 'line',
  rowLabel: 'Month',
  rows: (q) => monthRows(trendMonths(q)),
  drill: 'records',
  series: [
    {
      key: 'made',
      label: 'Contacts made',
      unit: 'count',
      measure: 'count',
      source: (q) => contactsMadeByMonth(q, trendMonths(q)),
    },
    {
      key: 'required',
      label: 'Contacts required',
      unit: 'count',
      measure: 'sum',
      source: (q) =>
        contactsRequired(
          q,
          trendMonths(q).map((month) => ({ key: () => month, from: `${month}-01`, to: dayjs(`${month}-01`).endOf('month').format('YYYY-MM-DD') })),
        ),
    },
  ],
};

/** Where each supervised client in scope stands today, from the contact-standards service. */
function standings(q: FigureQuery): Map<number, ContactStanding> {
  const key = 'standings';
  if (!q.memo.has(key))
    q.memo.set(
      key,
      clientStandings(
        q.db,
        supervised(q).map((c) => c.id),
        q.now,
      ),
    );
  return q.memo.get(key) as Map<number, ContactStanding>;
}

const contactStandards: FigureDef = {
  id: 'contactStandards',
  title: 'Contact standards today, per officer',
  description: 'Clients whose contact standards are overdue, due soon or met today, whatever the date range.',
  chart: 'stacked',
  rowLabel: 'Officer',
  rows: officerRows,
  drill: 'records',
  series: STANDING_STATUSES.map((status) => ({
    key: status,
    label: codeLabel(status),
    unit: 'count' as const,
    measure: 'count' as const,
    source: (q: FigureQuery) => {
      const all = standings(q);
      return supervised(q)
        .filter((c) => all.get(c.id)?.status === status)
        .map((c) => ({ clientId: c.id, key: String(c.officerId), amount: 1 }));
    },
  })).reverse(),
};

export const CASE_FIGURES = [caseload, contactsByOfficer, contactTrend, contactStandards];
