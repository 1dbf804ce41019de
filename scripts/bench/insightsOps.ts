import dayjs from 'dayjs';
import { asc, eq } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { users } from '../../db/schema';
import type { ServiceContext } from '../../electron/services/context';
import { insightsPage } from '../../electron/services/insights/insights';
import { listOpportunities } from '../../electron/services/insights/opportunities';
import type { Operation } from './caseRecordOps';

const THIS_MONTH = { from: dayjs().startOf('month').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') };

/**
 * The insights pages as a supervisor (their team), an officer (their caseload) and the office, and the early-discharge
 * list for the office; goals from issue 15: each page ≤ 300 ms, the opportunities list ≤ 200 ms.
 */
export function insightsOperations(db: AppDb): Operation[] {
  const [supervisor] = db.select().from(users).where(eq(users.role, 'supervisor')).orderBy(asc(users.id)).limit(1).all();
  const [officer] = db.select().from(users).where(eq(users.supervisorId, supervisor.id)).orderBy(asc(users.id)).limit(1).all();
  const as = (ctx: ServiceContext, user: typeof supervisor): ServiceContext => ({ ...ctx, actor: { id: user.id, username: user.username, fullName: user.fullName, role: user.role } });
  return [
    ['insights: office page, this month (goal ≤ 300 ms)', (ctx) => insightsPage(ctx, { scope: 'office', officerId: null, ...THIS_MONTH })],
    ["insights: supervisor's team page (goal ≤ 300 ms)", (ctx) => insightsPage(as(ctx, supervisor), { scope: 'team', officerId: null, ...THIS_MONTH })],
    ["insights: officer's own page (goal ≤ 300 ms)", (ctx) => insightsPage(as(ctx, officer), { scope: 'mine', officerId: null, ...THIS_MONTH })],
    ['opportunities: early discharge, office (goal ≤ 200 ms)', (ctx) => listOpportunities(ctx, { scope: 'office', officerId: null, kind: 'earlyDischarge' })],
  ];
}
