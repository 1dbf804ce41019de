import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import {
  addresses,
  associates,
  clientAliases,
  clientIdentifiers,
  conditions,
  courtCases,
  offences,
  type AddressRow,
  type AssociateRow,
  type ConditionRow,
  type OffenceRow,
} from '../../../db/schema';
import type { CourtCaseWithOffences } from '../../api/clients/clientsWire';
import type { AddressInput, AliasInput, AssociateInput, ClientPhoto, ConditionInput, CourtCaseInput, Identity, IdentifierInput } from '../../api/clients/clientsSchemas';
import { identifierKey, nameKey } from './normalize';

/** Rows for each part of a client's record, shared by intake and by the edits on the profile. */

export const identityValues = (identity: Identity) => ({ ...identity, firstNameKey: nameKey(identity.firstName), lastNameKey: nameKey(identity.lastName) });

export const photoValues = (photo: ClientPhoto | null) => ({ photo: photo ? Buffer.from(photo.base64, 'base64') : null, photoMime: photo?.mime ?? null });

export function replaceAliases(tx: DbExecutor, clientId: number, aliases: AliasInput[]) {
  tx.delete(clientAliases).where(eq(clientAliases.clientId, clientId)).run();
  if (aliases.length === 0) return;
  tx.insert(clientAliases)
    .values(aliases.map((alias) => ({ ...alias, clientId, firstNameKey: nameKey(alias.firstName), lastNameKey: nameKey(alias.lastName) })))
    .run();
}

export function replaceIdentifiers(tx: DbExecutor, clientId: number, identifiers: IdentifierInput[]) {
  tx.delete(clientIdentifiers).where(eq(clientIdentifiers.clientId, clientId)).run();
  if (identifiers.length === 0) return;
  tx.insert(clientIdentifiers)
    .values(identifiers.map((identifier) => ({ ...identifier, clientId, valueKey: identifierKey(identifier.value) })))
    .run();
}

export function insertAddress(tx: DbExecutor, clientId: number, address: AddressInput, createdAt: string): AddressRow {
  return tx
    .insert(addresses)
    .values({ ...address, clientId, createdAt })
    .returning()
    .get();
}

export function insertAssociate(tx: DbExecutor, clientId: number, associate: AssociateInput, createdAt: string): AssociateRow {
  return tx
    .insert(associates)
    .values({ ...associate, clientId, createdAt })
    .returning()
    .get();
}

/** Declared in the contract layer; re-exported for the services of other domains that still import it from here. */

/** A court case's offences are entered as one list with it, so an edit replaces the list. */
export function replaceOffences(tx: DbExecutor, courtCaseId: number, list: CourtCaseInput['offences']): OffenceRow[] {
  tx.delete(offences).where(eq(offences.courtCaseId, courtCaseId)).run();
  return tx
    .insert(offences)
    .values(list.map((offence) => ({ ...offence, courtCaseId })))
    .returning()
    .all();
}

export function insertCourtCase(tx: DbExecutor, clientId: number, courtCase: CourtCaseInput, createdAt: string): CourtCaseWithOffences {
  const { offences: list, ...fields } = courtCase;
  const row = tx
    .insert(courtCases)
    .values({ ...fields, clientId, createdAt })
    .returning()
    .get();
  return { ...row, offences: replaceOffences(tx, row.id, list) };
}

export function insertCondition(tx: DbExecutor, clientId: number, condition: Omit<ConditionInput, 'courtCaseId'>, courtCaseId: number | null, createdAt: string): ConditionRow {
  return tx
    .insert(conditions)
    .values({ ...condition, clientId, courtCaseId, createdAt })
    .returning()
    .get();
}
