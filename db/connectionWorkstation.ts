import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';

/** The workstation whose call is running, across its awaits; the office host's sessions share one connection. */
const actingWorkstation = new AsyncLocalStorage<string>();

/** Runs `work` (and everything it awaits) on behalf of one workstation: the audit rows it writes name it. */
export function asWorkstation<T>(workstation: string, work: () => T): T {
  return actingWorkstation.run(workstation, work);
}

/**
 * The workstation a connection serves, as an SQL function of that connection: every audit row written through it
 * names the workstation (electron/services/audit/auditChain.ts), whichever service wrote it, without each of them
 * passing the name along. `fallback` is the connection's own: this computer's name standalone, "office host" on
 * the host, where each workstation's calls run inside asWorkstation.
 */
export function nameConnectionWorkstation(sqlite: Database.Database, fallback: string | null) {
  sqlite.function('office_workstation', { deterministic: false }, () => actingWorkstation.getStore() ?? fallback);
}

/** Reads the name back inside any statement or transaction on the connection. */
export const connectionWorkstationQuery = sql<string | null>`SELECT office_workstation()`;
