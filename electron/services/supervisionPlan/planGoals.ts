import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbTx } from '../../../db/open';
import { planGoalHistory, planGoals, type PlanGoalRow, type PlanGoalSnapshot } from '../../../db/schema';
import { changedFields } from '../record/auditedEdit';
import { nextVersion, requireVersion } from '../record/editVersions';
import { readForClient, writeForClient, writeOnEntry } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import type { addGoalInputSchema, updateGoalInputSchema } from '../../api/supervisionPlan/supervisionPlanSchemas';
import type { PlanGoalWithHistory } from '../../api/supervisionPlan/supervisionPlanWire';

/** The supervision plan: goals are added and changed, never deleted, and each change keeps the goal as it was and as it became. */

const snapshot = ({ needArea, goal, actionSteps, targetDate, status }: PlanGoalSnapshot): PlanGoalSnapshot => ({ needArea, goal, actionSteps, targetDate, status });

function keepHistory(tx: DbTx, ctx: ServiceContext, at: Date, goal: PlanGoalRow, before: PlanGoalSnapshot | null, note: string) {
  tx.insert(planGoalHistory)
    .values({ goalId: goal.id, clientId: goal.clientId, changedAt: at.toISOString(), changedBy: ctx.actor.id, before, after: snapshot(goal), note })
    .run();
}

export function addGoal(ctx: ServiceContext, input: z.infer<typeof addGoalInputSchema>): PlanGoalRow {
  return writeForClient(ctx, {
    clientId: input.clientId,
    action: 'plan.addGoal',
    write: (tx, client, at) => {
      const goal = tx
        .insert(planGoals)
        .values({ ...input.goal, clientId: client.id, createdAt: at.toISOString(), createdBy: ctx.actor.id })
        .returning()
        .get();
      keepHistory(tx, ctx, at, goal, null, input.note);
      return { value: goal, detail: `goal ${goal.id}; ${goal.status}` };
    },
  });
}

export function updateGoal(ctx: ServiceContext, input: z.infer<typeof updateGoalInputSchema>): PlanGoalRow {
  return writeOnEntry(ctx, { table: planGoals, id: input.goalId, what: 'goal', field: 'goalId' }, 'plan.updateGoal', (tx, before, at) => {
    requireVersion(tx, ctx, before, input.version, 'This goal');
    const goal = tx
      .update(planGoals)
      .set({ ...input.goal, updatedAt: at.toISOString(), updatedBy: ctx.actor.id, rowVersion: nextVersion(planGoals.rowVersion) })
      .where(eq(planGoals.id, before.id))
      .returning()
      .get();
    keepHistory(tx, ctx, at, goal, snapshot(before), input.note);
    return { value: goal, detail: `goal ${goal.id}; ${changedFields(before, input.goal)}` };
  });
}

/** The whole plan: goals in the order they were set, each with its history oldest first. */
export function getPlan(ctx: ServiceContext, clientId: number): PlanGoalWithHistory[] {
  return readForClient(ctx, clientId, 'supervision plan', (tx) => {
    const history = tx.select().from(planGoalHistory).where(eq(planGoalHistory.clientId, clientId)).orderBy(asc(planGoalHistory.id)).all();
    return tx
      .select()
      .from(planGoals)
      .where(eq(planGoals.clientId, clientId))
      .orderBy(asc(planGoals.id))
      .all()
      .map((goal) => ({ ...goal, history: history.filter((h) => h.goalId === goal.id) }));
  });
}
