import { eq } from 'drizzle-orm';
import type { DbExecutor, DbTx } from '../../../db/open';
import { addresses, associates, conditions, courtCases } from '../../../db/schema';
import { AppError } from '../../api/errors';
import type { ServiceContext } from '../context';
import { editClient } from '../record/auditedEdit';
import { requireOwnEntry, type ClientWrite } from '../record/auditedReadWrite';
import type { ClientRecord } from '../../api/clients/clientsWire';

/** Adds a part (address, contact, court case, condition) to a client's record; the audit names it by id. */
export function addToClient<T extends { id: number }>(
  ctx: ServiceContext,
  clientId: number,
  action: string,
  part: PartName,
  insert: (tx: DbTx, client: ClientRecord, createdAt: string) => T,
): T {
  return editClient(ctx, {
    clientId,
    action,
    write: (tx, client) => {
      const row = insert(tx, client, ctx.clock.now().toISOString());
      return { value: row, detail: `${part} ${row.id}` };
    },
  });
}

const PART_TABLES = { address: addresses, contact: associates, 'court case': courtCases, condition: conditions } as const;
type PartName = keyof typeof PART_TABLES;

/** The client that an address, contact, court case or condition belongs to. */
function clientOfPart(db: DbExecutor, part: PartName, id: number, field: string): number {
  const table = PART_TABLES[part];
  const row = db.select({ clientId: table.clientId }).from(table).where(eq(table.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `This ${part} does not exist.`, field);
  return row.clientId;
}

/** A condition may only point at one of its own client's court cases. */
export function requireOwnCourtCase(db: DbExecutor, clientId: number, courtCaseId: number | null, field: string) {
  requireOwnEntry(db, courtCases, clientId, courtCaseId, "Choose one of this client's court cases.", field);
}

/** editClient for a change to one part of the record, named by its own id (addressId, conditionId…). */
export function editClientPart<T>(ctx: ServiceContext, part: PartName, id: number, edit: Omit<ClientWrite<T>, 'clientId'> & { field: string }): T {
  return editClient(ctx, { ...edit, clientId: clientOfPart(ctx.db, part, id, edit.field) });
}
