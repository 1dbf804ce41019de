import { eq, or } from 'drizzle-orm';
import { sql, type SQL } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import { seesWholeOffice } from '../record/caseloadAccess';
import type { ServiceContext } from '../context';
import type { InsightsFilter } from '../../api/insights/insightsSchemas';
import type { OfficerRef } from '../../api/insights/insightsWire';

/** The officers whose caseloads a filter covers, by name; the figures count clients by their assigned officer. */
export interface InsightsScope {
  officers: OfficerRef[];
  /** `c.assigned_officer_id in (…)`, for queries that alias clients as c. */
  clientCondition: SQL;
  /**
   * Every user's caseload, so every client (each has an assigned officer, a user): a query may then read a table's
   * rows without the clients condition, in another index's order than client by client.
   */
  wholeOffice: boolean;
}

function refuse(ctx: ServiceContext, detail: string, message: string, field: string): never {
  ctx.db.transaction((tx) => {
    recordAudit(tx, { action: 'insights.access', entity: 'insights', outcome: 'failure', detail, actor: ctx.actor, ts: ctx.clock.now() });
  });
  throw new AppError('FORBIDDEN', message, field);
}

/**
 * Officers see their own caseload's figures; a supervisor their team's (themselves and the officers they supervise)
 * or the office's; an administrator the office's. Refusals are audited on their own, so the row outlives the error.
 */
export function insightsScope(ctx: ServiceContext, filter: Pick<InsightsFilter, 'scope' | 'officerId'>): InsightsScope {
  const me = ctx.actor.id;
  if (!seesWholeOffice(ctx.actor) && (filter.scope !== 'mine' || (filter.officerId !== null && filter.officerId !== me))) {
    refuse(ctx, `scope ${filter.scope}`, "Officers see their own caseload's figures; a supervisor sees the team's.", filter.scope !== 'mine' ? 'scope' : 'officerId');
  }
  const columns = { id: users.id, fullName: users.fullName };
  const inScope =
    filter.scope === 'mine'
      ? ctx.db.select(columns).from(users).where(eq(users.id, me)).all()
      : filter.scope === 'team'
        ? ctx.db
            .select(columns)
            .from(users)
            .where(or(eq(users.id, me), eq(users.supervisorId, me)))
            .all()
        : ctx.db.select(columns).from(users).all();
  const officers = filter.officerId === null ? inScope : inScope.filter((o) => o.id === filter.officerId);
  if (officers.length === 0) throw new AppError('VALIDATION', 'This officer is not in the chosen team or office.', 'officerId');
  officers.sort((a, b) => a.fullName.localeCompare(b.fullName));
  return {
    officers,
    wholeOffice: filter.scope === 'office' && filter.officerId === null,
    clientCondition: sql`c.assigned_officer_id in (${sql.join(
      officers.map((o) => sql`${o.id}`),
      sql`, `,
    )})`,
  };
}
