import { asc, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { assessments, clients, type ClientStatus, type ContactType } from '../../../db/schema';
import { readForClient } from '../clients/clientScope';
import type { ServiceContext } from '../context';
import { dateInZone, officeTimeZone } from '../schedule/officeTime';
import { readSetting } from '../settings/settings';
import { contactsNeeded, evaluateStanding, QUALIFYING_OUTCOMES, type ContactStanding, type LevelChange, type QualifyingContact } from './standing';

/** Standards apply to clients under supervision; closed, absconded, in custody or on a warrant they do not. */
export const STANDARDS_APPLY_TO: readonly ClientStatus[] = ['intake', 'active'];

const list = (values: readonly (string | number)[]) => sql.join(
  values.map((value) => sql`${value}`),
  sql`, `,
);

/** The `limit` latest signed, attended contacts per client whose type is one of `types`, newest first. */
function latestContacts(db: DbExecutor, clientIds: number[], types: readonly ContactType[], limit: number) {
  const where: SQL = sql`client_id in (${list(clientIds)}) and status = 'signed' and outcome in (${list(QUALIFYING_OUTCOMES)}) and contact_type in (${list(types)})`;
  return db.all<{ id: number; clientId: number; contactAt: string; contactType: ContactType }>(sql`
    select id, client_id as "clientId", contact_at as "contactAt", contact_type as "contactType" from (
      select id, client_id, contact_at, contact_type, row_number() over (partition by client_id order by contact_at desc) as rn
      from case_notes where ${where}
    ) where rn <= ${limit}`);
}

const groupBy = <T extends { clientId: number }>(rows: T[]) => {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.clientId, [...(groups.get(row.clientId) ?? []), row]);
  return groups;
};

/**
 * Contact standing for each of the given clients to whom the standards apply (others are left out of the map),
 * from their signed notes, assessments and intake date (the supervision start date). A few queries for the
 * whole list, whatever its length, so the caseload and the dashboard can show it on every row.
 */
export function clientStandings(db: DbExecutor, clientIds: number[], now: Date): Map<number, ContactStanding> {
  const standings = new Map<number, ContactStanding>();
  if (clientIds.length === 0) return standings;
  const standards = readSetting(db, 'contactStandards');
  const today = dateInZone(now, officeTimeZone(db));
  const supervised = db
    .select({ id: clients.id, status: clients.status, level: clients.supervisionLevel, intakeDate: clients.supervisionStartDate })
    .from(clients)
    .where(inArray(clients.id, clientIds))
    .all()
    .filter((client) => STANDARDS_APPLY_TO.includes(client.status));
  if (supervised.length === 0) return standings;
  const ids = supervised.map((client) => client.id);
  const needed = contactsNeeded(standards);
  const contacts = groupBy([
    ...latestContacts(db, ids, standards.faceToFaceTypes, needed.faceToFace),
    ...latestContacts(db, ids, ['home_visit'], needed.homeVisits),
  ]);
  const history = groupBy(
    db
      .select({ clientId: assessments.clientId, date: assessments.assessedOn, level: assessments.chosenLevel })
      .from(assessments)
      .where(inArray(assessments.clientId, ids))
      .orderBy(asc(assessments.assessedOn), asc(assessments.id))
      .all(),
  );
  for (const client of supervised) {
    // A home visit can come back from both queries; the evaluation filters by type, so a duplicate would count twice.
    const unique = new Map((contacts.get(client.id) ?? []).map((c) => [c.id, c]));
    const own: QualifyingContact[] = [...unique.values()]
      .map((c) => ({ date: c.contactAt.slice(0, 10), contactType: c.contactType }));
    const levelHistory: LevelChange[] = (history.get(client.id) ?? []).map(({ date, level }) => ({ date, level }));
    standings.set(client.id, evaluateStanding({ today, level: client.level, levelHistory, intakeDate: client.intakeDate, contacts: own }, standards));
  }
  return standings;
}

/** One client's standing, for their profile; null when the standards do not apply (a closed case, a warrant…). */
export function clientStanding(ctx: ServiceContext, clientId: number): ContactStanding | null {
  return readForClient(ctx, clientId, 'contact standards', (tx) => clientStandings(tx, [clientId], ctx.now()).get(clientId) ?? null);
}
