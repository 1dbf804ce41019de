import dayjs from 'dayjs';
import { inArray, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { clients, users } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { FIGURES, figureDef } from './figureCatalog';
import { computeFigure, recordsBehind, type FigureQuery } from './figureModel';
import type { FigureRecordsInput, InsightsFilter } from '../../api/insights/insightsSchemas';
import { insightsScope, type InsightsScope } from './insightsScope';
import type { FigureRecord, FigureRecords, InsightsPage } from '../../api/insights/insightsWire';

export function figureQuery(ctx: ServiceContext, db: DbExecutor, scope: InsightsScope, range: { from: string; to: string }): FigureQuery {
  const now = ctx.clock.now();
  return {
    db,
    scope,
    from: range.from,
    to: range.to,
    toNext: dayjs(range.to).add(1, 'day').format('YYYY-MM-DD'),
    today: ctx.clock.today(),
    now,
    memo: new Map(),
  };
}

/** Every figure for a scope and date range, read in one transaction and audited as one view. */
export function insightsPage(ctx: ServiceContext, filter: InsightsFilter): InsightsPage {
  const scope = insightsScope(ctx, filter);
  return ctx.db.transaction((tx) => {
    const q = figureQuery(ctx, tx, scope, filter);
    const figures = FIGURES.map((def) => computeFigure(def, q));
    recordAudit(tx, {
      action: 'insights.view',
      entity: 'insights',
      detail: `scope ${filter.scope}${filter.officerId ? ` officer ${filter.officerId}` : ''}; ${filter.from}..${filter.to}`,
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    return { today: q.today, from: filter.from, to: filter.to, officers: scope.officers, figures };
  });
}

/** The clients behind one number of a figure, by name, with what each adds to it. */
export function figureRecords(ctx: ServiceContext, input: FigureRecordsInput): FigureRecords {
  const def = figureDef(input.figure);
  const series = def.series.find((s) => s.key === input.series);
  if (!series) throw new AppError('VALIDATION', 'This figure has no such column.', 'series');
  // A rate has no records of its own: the clients behind it are those tested.
  const source = series.source ?? def.series.find((s) => s.key === series.ratio?.denominator)?.source;
  if (!source) throw new AppError('VALIDATION', 'This column has no records behind it.', 'series');
  const scope = insightsScope(ctx, input.filter);
  return ctx.db.transaction((tx) => {
    const q = figureQuery(ctx, tx, scope, input.filter);
    const figure = computeFigure(def, q);
    const row = figure.rows.find((r) => r.key === input.row);
    if (!row) throw new AppError('VALIDATION', 'This figure has no such row.', 'row');
    const behind = recordsBehind(q, source(q), input.row);
    const ids = behind.map((b) => b.clientId);
    const found = new Map(
      (ids.length === 0
        ? []
        : tx
            .select({
              id: clients.id,
              caseNumber: clients.caseNumber,
              firstName: clients.firstName,
              lastName: clients.lastName,
              status: clients.status,
              supervisionLevel: clients.supervisionLevel,
              officerName: users.fullName,
            })
            .from(clients)
            .innerJoin(users, eq(users.id, clients.assignedOfficerId))
            .where(inArray(clients.id, ids))
            .all()
      ).map((c) => [c.id, c]),
    );
    const rows = behind
      .filter((b) => found.has(b.clientId))
      .map((b) => ({ client: found.get(b.clientId) as FigureRecord['client'], records: b.records, amount: b.amount }))
      .sort((a, b) => a.client.lastName.localeCompare(b.client.lastName) || a.client.firstName.localeCompare(b.client.firstName) || a.client.id - b.client.id);
    recordAudit(tx, {
      action: 'insights.records',
      entity: 'insights',
      detail: `${def.id} ${input.row} ${input.series}; ${rows.length} client(s)`,
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    return { title: `${def.title}: ${row.label}`, row: input.row, series: series.label, unit: series.unit, rows };
  });
}
