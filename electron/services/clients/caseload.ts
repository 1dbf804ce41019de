import { and, asc, count, desc, eq, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { clientIdentifiers, clients, users } from '../../../db/schema';
import { CLIENT_STATUSES, SUPERVISION_LEVELS } from '../../api/clients/clientsCodes';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import { clientStandings } from '../contactStandards/clientStandings';
import type { ServiceContext } from '../context';
import { seesWholeOffice } from '../record/caseloadAccess';
import { clientNameColumns } from '../record/clientLookup';
import type { CaseloadInput } from '../../api/clients/clientsSchemas';
import type { CaseloadPage } from '../../api/clients/clientsWire';
import { identifierKey, nameKey } from './normalize';
import { shownClientsDetail } from '../audit/shownClients';

/** Sorting by status or level follows their natural order, not the alphabet. */
const orderOf = (column: SQLiteColumn, values: readonly string[]) =>
  sql`case ${column} ${sql.join(
    values.map((value, i) => sql`when ${value} then ${i}`),
    sql` `,
  )} end`;

const SORT_COLUMNS: Record<CaseloadInput['sort'], (SQLiteColumn | SQL)[]> = {
  name: [clients.lastNameKey, clients.firstNameKey],
  caseNumber: [clients.caseNumber],
  status: [orderOf(clients.status, CLIENT_STATUSES)],
  level: [orderOf(clients.supervisionLevel, SUPERVISION_LEVELS)],
  // The officer's id after the name, so that each officer's clients come in the order of an index (clients_officer_name).
  officer: [users.fullName, users.id],
  startDate: [clients.supervisionStartDate],
};
/** Rows equal on the sort come by name, then id; a tie-breaker the sort already holds is left out, so an index can serve the order. */
const TIE_BREAKERS = [clients.lastNameKey, clients.firstNameKey, clients.id];

function scopeCondition(ctx: ServiceContext, scope: CaseloadInput['scope']): SQL | undefined {
  const me = ctx.actor.id;
  if (!seesWholeOffice(ctx.actor) && scope !== 'mine') {
    throw new AppError('FORBIDDEN', "Officers see their own caseload; a supervisor sees the team's.", 'scope');
  }
  if (scope === 'mine') return eq(clients.assignedOfficerId, me);
  if (scope === 'team') {
    const team = ctx.db.select({ id: users.id }).from(users).where(eq(users.supervisorId, me));
    return or(eq(clients.assignedOfficerId, me), inArray(clients.assignedOfficerId, team));
  }
  return undefined;
}

/**
 * Quick search: the start of a first or last name ("smi", "john smi", "smith, j"), part of a case number,
 * or an identifier's whole value. Keys hold only letters and digits, so they are safe inside GLOB.
 */
function searchCondition(search: string): SQL | undefined {
  const words = search
    .split(/[\s,]+/)
    .map(nameKey)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  const starts = (column: SQLiteColumn, word: string) => sql`${column} glob ${`${word}*`}`;
  const [a, b] = [words[0], words[words.length - 1]];
  const byName =
    words.length === 1
      ? or(starts(clients.lastNameKey, a), starts(clients.firstNameKey, a))
      : or(and(starts(clients.firstNameKey, a), starts(clients.lastNameKey, b)), and(starts(clients.lastNameKey, a), starts(clients.firstNameKey, b)));
  const caseNumber = search.toUpperCase().replace(/\s/g, '');
  const byCaseNumber = /\d/.test(caseNumber) && /^[A-Z0-9-]+$/.test(caseNumber) ? sql`${clients.caseNumber} glob ${`*${caseNumber}*`}` : undefined;
  const byIdentifier = sql`${clients.id} in (select ${clientIdentifiers.clientId} from ${clientIdentifiers} where ${clientIdentifiers.valueKey} = ${identifierKey(search)})`;
  return or(byName, byCaseNumber, byIdentifier);
}

function whereOf(ctx: ServiceContext, input: CaseloadInput): SQL | undefined {
  const search = searchCondition(input.search);
  return and(
    scopeCondition(ctx, input.scope),
    // Closed clients leave the working list but a search still finds them.
    input.statuses.length ? inArray(clients.status, input.statuses) : search ? undefined : ne(clients.status, 'closed'),
    input.levels.length ? inArray(clients.supervisionLevel, input.levels) : undefined,
    input.officerId !== null ? eq(clients.assignedOfficerId, input.officerId) : undefined,
    search,
  );
}

/** One page of the caseload, filtered, sorted and paged in SQL, read and audited in one transaction. */
export function listCaseload(ctx: ServiceContext, input: CaseloadInput): CaseloadPage {
  const where = whereOf(ctx, input);
  const direction = input.direction === 'asc' ? asc : desc;
  return ctx.db.transaction((tx) => {
    const total = tx.select({ n: count() }).from(clients).where(where).get()?.n ?? 0;
    const page = tx
      .select({
        ...clientNameColumns,
        supervisionLevel: clients.supervisionLevel,
        supervisionStartDate: clients.supervisionStartDate,
        assignedOfficerId: clients.assignedOfficerId,
        assignedOfficerName: users.fullName,
        hasPhoto: isNotNull(clients.photo).mapWith(Boolean),
        hasSafetyAlerts: sql`${clients.safetyAlerts} != ''`.mapWith(Boolean),
      })
      .from(clients)
      .innerJoin(users, eq(users.id, clients.assignedOfficerId))
      .where(where)
      .orderBy(
        ...SORT_COLUMNS[input.sort].map((column) => direction(column)),
        ...TIE_BREAKERS.filter((column) => !SORT_COLUMNS[input.sort].includes(column)).map((column) => asc(column)),
      )
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all();
    const standings = clientStandings(
      tx,
      page.map((row) => row.id),
      ctx.clock.now(),
    );
    // The contact-standards column: met, due soon or overdue, and the next due date (null where they do not apply).
    const rows = page.map((row) => {
      const standing = standings.get(row.id);
      return { ...row, contactStatus: standing ? { status: standing.status, nextDueOn: standing.nextDueOn } : null };
    });
    recordAudit(tx, {
      action: 'caseload.list',
      entity: 'client',
      detail: `scope ${input.scope}${input.search ? '; search' : ''}; ${rows.length} of ${total}; ${shownClientsDetail(rows.map((row) => row.id))}`,
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    return { rows, total, page: input.page, pageSize: input.pageSize };
  });
}
