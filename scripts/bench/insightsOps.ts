import dayjs from 'dayjs';
import { asc, eq } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { users } from '../../db/schema';
import { insightsPage } from '../../electron/services/insights/insights';
import { listOpportunities } from '../../electron/services/insights/opportunities';
import { operation, type Operation } from './operations';

const THIS_MONTH = { from: dayjs().startOf('month').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') };

/**
 * The insights pages as a supervisor (their team), an officer (their caseload) and the office, and the early-discharge
 * list for the office (goals in goals.ts).
 */
export function insightsOperations(db: AppDb): Operation[] {
  const [supervisor] = db.select().from(users).where(eq(users.role, 'supervisor')).orderBy(asc(users.id)).limit(1).all();
  const [officer] = db.select().from(users).where(eq(users.supervisorId, supervisor.id)).orderBy(asc(users.id)).limit(1).all();
  return [
    operation('insights: office page, this month', 'insights.page', () => ({ scope: 'office', officerId: null, ...THIS_MONTH }), insightsPage),
    operation("insights: supervisor's team page", 'insights.page', () => ({ scope: 'team', officerId: null, ...THIS_MONTH }), insightsPage, supervisor),
    operation("insights: officer's own page", 'insights.page', () => ({ scope: 'mine', officerId: null, ...THIS_MONTH }), insightsPage, officer),
    operation('opportunities: early discharge, office', 'insights.opportunities', () => ({ scope: 'office', officerId: null, kind: 'earlyDischarge' }), listOpportunities),
  ];
}
