import { eq, getTableColumns, isNotNull } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { clients, users } from '../../../db/schema';
import type { ClientRecord } from '../../api/clients/clientsWire';

/** Declared in the contract layer; re-exported for the services of other domains that still import it from here. */

const { photo: _photo, ...columnsWithoutPhoto } = getTableColumns(clients);

/** A client row as the app passes it around: the photo stays in the database (clients.photo fetches it). */
const clientRecordColumns = { ...columnsWithoutPhoto, hasPhoto: isNotNull(clients.photo).mapWith(Boolean) };

/** Who a client is, in lists and matches: enough to recognise them, nothing sensitive. */
export const clientNameColumns = {
  id: clients.id,
  caseNumber: clients.caseNumber,
  firstName: clients.firstName,
  middleName: clients.middleName,
  lastName: clients.lastName,
  suffix: clients.suffix,
  dateOfBirth: clients.dateOfBirth,
  status: clients.status,
};

export function findClientRecord(db: DbExecutor, id: number): ClientRecord | undefined {
  return db.select(clientRecordColumns).from(clients).where(eq(clients.id, id)).get();
}

/** The record of a client known to exist (one this transaction has just changed). */
export function readClientRecord(db: DbExecutor, id: number): ClientRecord {
  const client = findClientRecord(db, id);
  if (!client) throw new Error(`client ${id} vanished inside its own transaction`);
  return client;
}

export function officerName(db: DbExecutor, userId: number): string {
  return db.select({ fullName: users.fullName }).from(users).where(eq(users.id, userId)).get()?.fullName ?? '';
}
