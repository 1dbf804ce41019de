import type { Figure } from '../../api/insights';
import { paths } from '../../app/paths';
import { filterParams } from './useInsightsFilter';
import type { InsightsFilter } from '../../../../electron/api/insights/insightsSchemas';

/**
 * Where a number leads: the caseload page with its own filters for the caseload figure (row = level,
 * series = status), otherwise the list of clients behind the number.
 */
export function figureLink(figure: Figure, row: string, series: string, filter: InsightsFilter): string {
  if (figure.drill === 'caseload') {
    const params = new URLSearchParams({ scope: filter.scope === 'office' ? 'all' : filter.scope, level: row, status: series });
    if (filter.officerId !== null) params.set('officer', String(filter.officerId));
    return `${paths.caseload}?${params}`;
  }
  const params = filterParams(filter);
  params.set('figure', figure.id);
  params.set('row', row);
  params.set('series', series);
  return `${paths.insightsRecords}?${params}`;
}
