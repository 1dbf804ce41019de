import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  addresses,
  assessments,
  associates,
  clientAliases,
  clientBackground,
  clientIdentifiers,
  clients,
  clientStatusHistory,
  conditions,
  courtCases,
  offences,
} from '../../../db/schema';
import type { ServiceContext } from '../context';
import { officerName } from '../record/clientLookup';
import { readForClient } from '../record/auditedReadWrite';
import type { ClientPhoto } from '../../api/clients/clientsSchemas';
import type { ClientProfile } from '../../api/clients/clientsWire';

/** Reads the whole record in one transaction (one consistent picture) and audits the view in it. */
export function getClientProfile(ctx: ServiceContext, clientId: number): ClientProfile {
  return readForClient(ctx, clientId, 'profile', (tx, client) => {
    const cases = tx.select().from(courtCases).where(eq(courtCases.clientId, clientId)).orderBy(asc(courtCases.id)).all();
    const caseOffences = cases.length
      ? tx
          .select()
          .from(offences)
          .where(
            inArray(
              offences.courtCaseId,
              cases.map((c) => c.id),
            ),
          )
          .orderBy(asc(offences.id))
          .all()
      : [];
    const profile: ClientProfile = {
      client: { ...client, assignedOfficerName: officerName(tx, client.assignedOfficerId) },
      aliases: tx.select().from(clientAliases).where(eq(clientAliases.clientId, clientId)).orderBy(asc(clientAliases.id)).all(),
      identifiers: tx.select().from(clientIdentifiers).where(eq(clientIdentifiers.clientId, clientId)).orderBy(asc(clientIdentifiers.id)).all(),
      addresses: tx
        .select()
        .from(addresses)
        .where(eq(addresses.clientId, clientId))
        .orderBy(sql`${addresses.movedOut} is not null`, desc(addresses.movedIn), desc(addresses.id))
        .all(),
      associates: tx
        .select()
        .from(associates)
        .where(and(eq(associates.clientId, clientId), isNull(associates.removedAt)))
        .orderBy(asc(associates.id))
        .all(),
      courtCases: cases.map((c) => ({ ...c, offences: caseOffences.filter((o) => o.courtCaseId === c.id) })),
      conditions: tx.select().from(conditions).where(eq(conditions.clientId, clientId)).orderBy(asc(conditions.id)).all(),
      background: tx.select().from(clientBackground).where(eq(clientBackground.clientId, clientId)).get() ?? null,
      assessments: tx.select().from(assessments).where(eq(assessments.clientId, clientId)).orderBy(desc(assessments.assessedOn), desc(assessments.id)).all(),
      statusHistory: tx.select().from(clientStatusHistory).where(eq(clientStatusHistory.clientId, clientId)).orderBy(desc(clientStatusHistory.id)).all(),
    };
    return profile;
  });
}

/** The photo travels as base64 (the browser shell carries JSON); null when there is none. */
export function getClientPhoto(ctx: ServiceContext, clientId: number): ClientPhoto | null {
  return readForClient(ctx, clientId, 'photo', (tx) => {
    const row = tx.select({ photo: clients.photo, mime: clients.photoMime }).from(clients).where(eq(clients.id, clientId)).get();
    return row?.photo && row.mime ? { mime: row.mime, base64: row.photo.toString('base64') } : null;
  });
}
