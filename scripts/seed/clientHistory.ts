import { asc, eq } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { conditions, type UserRow } from '../../db/schema';
import { setStatusInputSchema, intakeInputSchema } from '../../electron/api/clients/clientsSchemas';
import { takeIntake } from '../../electron/services/clients/intake';
import { changeStatus } from '../../electron/services/clients/status';
import { type ServiceContext } from '../../electron/services/context';
import { serviceContext } from '../../electron/services/officeClock';
import type { RecordEvent } from './recordEvents';
import { writeRecordEvent, type EntryWriter, type RecordTarget } from './recordWriter';
import type { SeedClock } from './seedClock';
import { tuneForReplay } from './replayConnection';
import type { StatusChange } from './supervisionStory';
import type { ClientPlan } from './syntheticClients';

interface HistoryEvent {
  /** The day of an intake or status change (done at the office's opening), or the local moment an entry was written. */
  at: string;
  client: number;
  /** Neither: the intake itself. */
  change?: StatusChange;
  entry?: RecordEvent;
}

/** Steps per transaction: the services' own transactions nest inside as savepoints, and the office commits now and then, not per entry. */
const STEPS_PER_TRANSACTION = 5000;

/**
 * Every intake, status change and entry of the case records, oldest first. A day's intakes and status changes
 * ("YYYY-MM-DD") sort before its entries ("YYYY-MM-DDTHH:mm"), so a client's intake always comes first, and
 * the sort is stable, so what is written at the same moment keeps the order it was planned in.
 */
function timeline(plans: ClientPlan[], records: RecordEvent[][]): HistoryEvent[] {
  const events = plans.flatMap((plan, client): HistoryEvent[] => [
    { at: plan.intake.assignment.supervisionStartDate, client },
    ...plan.statusChanges.map((change) => ({ at: change.effectiveDate, client, change })),
    ...(records[client] ?? []).map((entry) => ({ at: entry.at, client, entry })),
  ]);
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export interface HistoryOptions {
  /** Each client's case record, by the client's index in the plans. */
  records: RecordEvent[][];
  /** The supervisor of an officer, who reviews the officer's notes. */
  supervisorOf: (officer: UserRow) => UserRow;
  /** The office's agency ids, in directory order. */
  agencies: number[];
  writer: EntryWriter;
  onIntake: (done: number) => void;
  onEntry?: (done: number, total: number) => void;
}

/**
 * Plays the office's history through the services in date order, each step by the assigned officer (reviews by
 * the officer's supervisor) at the time it happened: the same validation (the channel's input schema), rules
 * and audit rows as in the app. Only `options.writer` may take the bulk path for notes and tests.
 */
export function replayClientHistory(db: AppDb, clock: SeedClock, plans: ClientPlan[], options: HistoryOptions) {
  const events = timeline(plans, options.records);
  const totalEntries = events.filter((event) => event.entry).length;
  const targets: RecordTarget[] = [];
  let intakes = 0;
  let entries = 0;
  const replay = (event: HistoryEvent) => {
    const plan = plans[event.client];
    const ctx: ServiceContext = serviceContext(db, plan.officer, clock.now);
    if (event.entry) {
      clock.advanceToMoment(event.at);
      writeRecordEvent(event.entry, targets[event.client]);
      options.onEntry?.((entries += 1), totalEntries);
    } else if (event.change) {
      clock.advanceTo(event.at);
      changeStatus(ctx, setStatusInputSchema.parse({ clientId: targets[event.client].clientId, ...event.change }));
    } else {
      clock.advanceTo(event.at);
      const clientId = takeIntake(ctx, intakeInputSchema.parse(plan.intake)).id;
      targets[event.client] = {
        clientId,
        officer: ctx,
        supervisor: serviceContext(db, options.supervisorOf(plan.officer), clock.now),
        conditions: db
          .select({ id: conditions.id })
          .from(conditions)
          .where(eq(conditions.clientId, clientId))
          .orderBy(asc(conditions.id))
          .all()
          .map((c) => c.id),
        agencies: options.agencies,
        refs: new Map(),
        writer: options.writer,
      };
      options.onIntake((intakes += 1));
    }
  };
  const untune = tuneForReplay(db);
  try {
    for (let start = 0; start < events.length; start += STEPS_PER_TRANSACTION) {
      db.transaction(() => {
        for (let i = start; i < Math.min(start + STEPS_PER_TRANSACTION, events.length); i += 1) replay(events[i]);
      });
    }
  } finally {
    untune();
  }
}
