import { and, eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { clientAliases, clientIdentifiers, clients, users } from '../../../db/schema';
import { type IdentifierType } from '../../api/clients/clientsCodes';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { clientNameColumns } from '../record/clientLookup';
import type { DuplicateSearch } from '../../api/clients/clientsSchemas';
import type { DuplicateMatch, DuplicateReason } from '../../api/clients/clientsWire';
import { identifierKey, nameKey } from './normalize';
import { shownClientsDetail } from '../audit/shownClients';

const IDENTIFIER_NAMES: Record<IdentifierType, string> = {
  state_id: 'state ID',
  fbi_number: 'FBI number',
  drivers_license: "driver's license",
  passport: 'passport number',
  other: 'identifier',
};

type Candidate = { firstNameKey: string; lastNameKey: string };

/** Same last name and first initial, or same first name and last initial: a typo, a short form, a changed surname. */
const similarName = (c: Candidate, first: string, last: string) =>
  (c.lastNameKey === last && c.firstNameKey[0] === first[0]) || (c.firstNameKey === first && c.lastNameKey[0] === last[0]);

function nameMatches(db: DbExecutor, input: DuplicateSearch, add: (clientId: number, reason: DuplicateReason) => void) {
  const first = nameKey(input.firstName);
  const last = nameKey(input.lastName);
  if (!input.dateOfBirth || !first || !last) return;
  const sameBirthday = db
    .select({ id: clients.id, firstNameKey: clients.firstNameKey, lastNameKey: clients.lastNameKey })
    .from(clients)
    .where(eq(clients.dateOfBirth, input.dateOfBirth))
    .all();
  for (const c of sameBirthday) {
    if (c.firstNameKey === first && c.lastNameKey === last) add(c.id, { kind: 'name_and_dob', description: 'Same name and date of birth' });
    else if (similarName(c, first, last)) add(c.id, { kind: 'similar_name_and_dob', description: 'Similar name and same date of birth' });
  }
  const aliases = db
    .select({ clientId: clientAliases.clientId })
    .from(clientAliases)
    .innerJoin(clients, eq(clients.id, clientAliases.clientId))
    .where(and(eq(clientAliases.lastNameKey, last), eq(clientAliases.firstNameKey, first), eq(clients.dateOfBirth, input.dateOfBirth)))
    .all();
  for (const { clientId } of aliases) add(clientId, { kind: 'alias_and_dob', description: 'Another name of theirs and the same date of birth' });
}

function identifierMatches(db: DbExecutor, input: DuplicateSearch, add: (clientId: number, reason: DuplicateReason) => void) {
  for (const { type, value } of input.identifiers) {
    const key = identifierKey(value);
    if (!key) continue;
    const found = db
      .select({ clientId: clientIdentifiers.clientId })
      .from(clientIdentifiers)
      .where(and(eq(clientIdentifiers.valueKey, key), eq(clientIdentifiers.type, type)))
      .all();
    for (const { clientId } of found) add(clientId, { kind: 'identifier', identifierType: type, description: `Same ${IDENTIFIER_NAMES[type]}` });
  }
}

/**
 * Existing clients who may be the person being taken in: same name and date of birth, a similar name and
 * the same date of birth, an alias and the date of birth, or any identifier. Closed clients are included.
 */
export function findDuplicates(ctx: ServiceContext, input: DuplicateSearch): DuplicateMatch[] {
  const reasons = new Map<number, DuplicateReason[]>();
  const add = (clientId: number, reason: DuplicateReason) => {
    const list = reasons.get(clientId) ?? [];
    if (!list.some((r) => r.description === reason.description)) list.push(reason);
    reasons.set(clientId, list);
  };
  return ctx.db.transaction((tx) => {
    nameMatches(tx, input, add);
    identifierMatches(tx, input, add);
    const matches =
      reasons.size === 0
        ? []
        : tx
            .select({ ...clientNameColumns, assignedOfficerName: users.fullName })
            .from(clients)
            .innerJoin(users, eq(users.id, clients.assignedOfficerId))
            .where(inArray(clients.id, [...reasons.keys()]))
            .orderBy(clients.lastNameKey, clients.firstNameKey)
            .all()
            .map((client) => ({ ...client, reasons: reasons.get(client.id) ?? [] }));
    recordAudit(tx, {
      action: 'client.duplicateCheck',
      entity: 'client',
      detail: `${matches.length} possible match(es); ${shownClientsDetail(matches.map((m) => m.id))}`,
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    return matches;
  });
}
