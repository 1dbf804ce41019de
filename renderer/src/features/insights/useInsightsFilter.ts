import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import type { Role } from '../../../../electron/api/users/roles';
import { insightsFilterSchema, type InsightsFilter } from '../../../../electron/api/insights/insightsSchemas';
import { ISO_DATE_FORMAT, today } from '../../../../electron/api/shared/fieldSchemas';
import { useActiveSession } from '../../app/ActiveSession';

export type InsightsScope = InsightsFilter['scope'];

/** Officers see their own figures; a supervisor starts with the team, an administrator with the office. */
export const defaultInsightsScope = (role: Role): InsightsScope => (role === 'officer' ? 'mine' : role === 'supervisor' ? 'team' : 'office');
export const INSIGHTS_SCOPE_LABELS: Record<InsightsScope, string> = { mine: 'My caseload', team: 'My team', office: 'The office' };

/** The filter as URL parameters, so a drill-down link and the back button keep it. */
export function filterParams(filter: InsightsFilter): URLSearchParams {
  const params = new URLSearchParams({ scope: filter.scope, from: filter.from, to: filter.to });
  if (filter.officerId !== null) params.set('officer', String(filter.officerId));
  return params;
}

/** This month so far, unless the URL says otherwise; anything the host's schema rejects falls back to it. */
export function useInsightsFilter() {
  const { user } = useActiveSession();
  const [params, setParams] = useSearchParams();
  const fallback: InsightsFilter = {
    scope: defaultInsightsScope(user.role),
    officerId: null,
    from: dayjs(today()).startOf('month').format(ISO_DATE_FORMAT),
    to: today(),
  };
  const officer = params.get('officer');
  const read = insightsFilterSchema.safeParse({
    scope: params.get('scope') ?? fallback.scope,
    officerId: officer ? Number(officer) : null,
    from: params.get('from') ?? fallback.from,
    to: params.get('to') ?? fallback.to,
  });
  const filter = read.success ? read.data : fallback;
  const update = (change: Partial<InsightsFilter>) => {
    const next = filterParams({ ...filter, ...change });
    for (const [key, value] of params) if (!next.has(key)) next.set(key, value);
    setParams(next, { replace: true });
  };
  return { filter, update, params };
}
