import type { AppDb } from '../../db/open';
import { setStatusInputSchema, intakeInputSchema } from '../../electron/services/clients/clientsSchemas';
import { takeIntake } from '../../electron/services/clients/intake';
import { changeStatus } from '../../electron/services/clients/status';
import type { ServiceContext } from '../../electron/services/context';
import type { SeedClock } from './seedClock';
import type { StatusChange } from './supervisionStory';
import type { ClientPlan } from './syntheticClients';

interface HistoryEvent {
  date: string;
  client: number;
  /** Null for the intake itself. */
  change: StatusChange | null;
}

/** Every intake and status change, oldest first; a client's intake always comes before its changes. */
function timeline(plans: ClientPlan[]): HistoryEvent[] {
  const events = plans.flatMap((plan, client) => [
    { date: plan.intake.assignment.supervisionStartDate, client, change: null },
    ...plan.statusChanges.map((change) => ({ date: change.effectiveDate, client, change })),
  ]);
  // Array.prototype.sort is stable, so events of one day keep the order they were generated in.
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Plays the clients' history through the services in date order, each step by the assigned officer on the
 * day it happened: the same validation (the channel's input schema), rules and audit rows as in the app.
 */
export function replayClientHistory(db: AppDb, clock: SeedClock, plans: ClientPlan[], onIntake: (done: number) => void) {
  const clientIds: number[] = [];
  let done = 0;
  for (const event of timeline(plans)) {
    clock.advanceTo(event.date);
    const plan = plans[event.client];
    const ctx: ServiceContext = { db, actor: plan.officer, now: clock.now };
    if (event.change === null) {
      clientIds[event.client] = takeIntake(ctx, intakeInputSchema.parse(plan.intake)).id;
      onIntake((done += 1));
    } else {
      changeStatus(ctx, setStatusInputSchema.parse({ clientId: clientIds[event.client], ...event.change }));
    }
  }
}
