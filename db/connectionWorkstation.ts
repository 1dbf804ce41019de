import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';

/**
 * The workstation a connection serves, as an SQL function of that connection: every audit row written through it
 * names the workstation (electron/services/audit/auditChain.ts), whichever service wrote it, without each of them
 * passing the name along. On the office host each workstation's sign-in opens its own connection.
 */
export function nameConnectionWorkstation(sqlite: Database.Database, workstation: string | null) {
  sqlite.function('office_workstation', { deterministic: true }, () => workstation);
}

/** Reads the name back inside any statement or transaction on the connection. */
export const connectionWorkstationQuery = sql<string | null>`SELECT office_workstation()`;
