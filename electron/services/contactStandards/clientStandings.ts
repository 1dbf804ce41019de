import { asc, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { assessments, clients } from '../../../db/schema';
import { type ClientStatus, type SupervisionLevel } from '../../api/clients/clientsCodes';
import { type ContactType } from '../../api/caseNotes/caseNotesCodes';
import { readForClient } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { addDays, dateInZone, officeTimeZone } from '../schedule/officeTime';
import { readSetting } from '../settings/settings';
import type { ContactStandards } from '../../api/contactStandards/contactStandardsSchemas';
import { contactsNeeded, evaluateStanding, QUALIFYING_OUTCOMES, type LevelChange, type QualifyingContact } from './standing';
import type { ContactStanding } from '../../api/contactStandards/contactStandardsWire';

/** Standards apply to clients under supervision; closed, absconded, in custody or on a warrant they do not. */
export const STANDARDS_APPLY_TO: readonly ClientStatus[] = ['intake', 'active'];

/** The longest rolling window any level sets, in days: contacts older than that can only matter as the latest few. */
export function longestWindowDays(standards: ContactStandards): number {
  const periods = Object.values(standards.levels).flatMap((level) => [level.faceToFace?.periodDays ?? 0, level.homeVisits?.periodDays ?? 0]);
  return Math.max(0, ...periods);
}

/** Values as a list of bound parameters, for `in (…)`: cheaper than json_each inside a subquery run for every client. */
const listOf = (values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * The contacts evaluation can still count, per client: every qualifying contact in the longest window back from
 * today, plus the latest face-to-face contacts and home visits up to today, as many as any level asks for (they
 * set the due date when the window holds too few, and answer the first-contact rules). Evaluating these gives the
 * same standing as evaluating the whole history (tests/integration/contactStandingAtScale.test.ts compares them).
 * One statement for the whole list: each client's three ranges are read from the index
 * (case_notes_client_contact) alone, newest first, so a client with years of notes costs what one with a month of them does.
 */
function countableContacts(db: DbExecutor, clientIds: number[], standards: ContactStandards, today: string): Map<number, QualifyingContact[]> {
  const needed = contactsNeeded(standards);
  const tomorrow = addDays(today, 1);
  const windowStart = addDays(today, -longestWindowDays(standards));
  const faceToFace = listOf(standards.faceToFaceTypes);
  const either = listOf([...new Set<ContactType>([...standards.faceToFaceTypes, 'home_visit'])]);
  const ofClient = sql`client_id = ids.client_id and status = 'signed' and outcome in (${listOf(QUALIFYING_OUTCOMES)}) and contact_at < ${tomorrow}`;
  const rows = db.all<{ clientId: number; contacts: string }>(sql`
    with ids(client_id) as (select value from json_each(${JSON.stringify(clientIds)}))
    select ids.client_id as "clientId", (
      select json_group_array(json_array(contact_at, contact_type)) from (
        select id, contact_at, contact_type from case_notes
          where ${ofClient} and contact_at >= ${windowStart} and contact_type in (${either})
        union
        select * from (select id, contact_at, contact_type from case_notes
          where ${ofClient} and contact_type in (${faceToFace}) order by contact_at desc limit ${needed.faceToFace})
        union
        select * from (select id, contact_at, contact_type from case_notes
          where ${ofClient} and contact_type = 'home_visit' order by contact_at desc limit ${needed.homeVisits})
      )
    ) as contacts from ids`);
  return new Map(
    rows.map(({ clientId, contacts }) => [
      clientId,
      (JSON.parse(contacts) as [string, ContactType][]).map(([contactAt, contactType]) => ({ date: contactAt.slice(0, 10), contactType })),
    ]),
  );
}

/** Every assessment's chosen level per client, oldest first. */
function levelHistories(db: DbExecutor, clientIds: number[]): Map<number, LevelChange[]> {
  const histories = new Map<number, LevelChange[]>();
  const rows = db
    .select({ clientId: assessments.clientId, date: assessments.assessedOn, level: assessments.chosenLevel })
    .from(assessments)
    .where(inArray(assessments.clientId, sql`(select value from json_each(${JSON.stringify(clientIds)}))`))
    .orderBy(asc(assessments.assessedOn), asc(assessments.id))
    .all();
  for (const { clientId, date, level } of rows) {
    const history = histories.get(clientId) ?? [];
    history.push({ date, level });
    histories.set(clientId, history);
  }
  return histories;
}

/** What a standing needs of the client row itself. */
export interface SupervisedClient {
  id: number;
  status: ClientStatus;
  level: SupervisionLevel;
  intakeDate: string;
}

/** The client columns a standing is evaluated from, for a caller that reads the clients anyway (the dashboard). */
export const supervisedClientColumns = {
  id: clients.id,
  status: clients.status,
  level: clients.supervisionLevel,
  intakeDate: clients.supervisionStartDate,
};

/**
 * Contact standing for each of the given clients to whom the standards apply (others are left out of the map),
 * from their signed notes, assessments and intake date (the supervision start date). Two statements for the
 * whole list, whatever its length, so the caseload and the dashboard can show it on every row.
 */
export function standingsOf(db: DbExecutor, clientRows: SupervisedClient[], now: Date): Map<number, ContactStanding> {
  const standings = new Map<number, ContactStanding>();
  const supervised = clientRows.filter((client) => STANDARDS_APPLY_TO.includes(client.status));
  if (supervised.length === 0) return standings;
  const standards = readSetting(db, 'contactStandards');
  const today = dateInZone(now, officeTimeZone(db));
  const ids = supervised.map((client) => client.id);
  const contacts = countableContacts(db, ids, standards, today);
  const histories = levelHistories(db, ids);
  for (const client of supervised) {
    const input = { today, level: client.level, levelHistory: histories.get(client.id) ?? [], intakeDate: client.intakeDate, contacts: contacts.get(client.id) ?? [] };
    standings.set(client.id, evaluateStanding(input, standards));
  }
  return standings;
}

/** As standingsOf, for clients known by id only (a caseload page, a profile). */
export function clientStandings(db: DbExecutor, clientIds: number[], now: Date): Map<number, ContactStanding> {
  if (clientIds.length === 0) return new Map();
  const rows = db
    .select(supervisedClientColumns)
    .from(clients)
    .where(inArray(clients.id, sql`(select value from json_each(${JSON.stringify(clientIds)}))`))
    .all();
  return standingsOf(db, rows, now);
}

/** One client's standing, for their profile; null when the standards do not apply (a closed case, a warrant…). */
export function clientStanding(ctx: ServiceContext, clientId: number): ContactStanding | null {
  return readForClient(ctx, clientId, 'contact standards', (tx) => clientStandings(tx, [clientId], ctx.clock.now()).get(clientId) ?? null);
}
