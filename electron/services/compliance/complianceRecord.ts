import { desc, eq } from 'drizzle-orm';
import { communityServiceHours, ledgerEntries, programmeAttendance } from '../../../db/schema';
import { readForClient } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { conditionProgress } from './conditionProgress';
import { ledgerBalances } from './ledgerBalance';
import type { ComplianceRecord } from '../../api/compliance/complianceWire';

/** Everything on the compliance tab of a client's profile, read and audited together. */
export function getCompliance(ctx: ServiceContext, clientId: number): ComplianceRecord {
  return readForClient(ctx, clientId, 'compliance', (tx) => ({
    conditions: conditionProgress(tx, clientId, ctx.clock.today().slice(0, 7)),
    serviceHours: tx
      .select()
      .from(communityServiceHours)
      .where(eq(communityServiceHours.clientId, clientId))
      .orderBy(desc(communityServiceHours.serviceDate), desc(communityServiceHours.id))
      .all(),
    ledger: {
      ...ledgerBalances(tx, clientId),
      entries: tx.select().from(ledgerEntries).where(eq(ledgerEntries.clientId, clientId)).orderBy(desc(ledgerEntries.entryDate), desc(ledgerEntries.id)).all(),
    },
    attendance: tx
      .select()
      .from(programmeAttendance)
      .where(eq(programmeAttendance.clientId, clientId))
      .orderBy(desc(programmeAttendance.sessionDate), desc(programmeAttendance.id))
      .all(),
  }));
}
