import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { recordAudit } from '../audit/auditChain';
import { owedChange } from '../compliance/ledgerBalance';
import type { ServiceContext } from '../context';
import { readSetting } from '../settings/settings';
import { formatFigureValue } from '../../api/insights/insightsSchemas';
import { fullMonthsBetween, monthsBefore } from './calendarMonths';
import { list } from './figureRows';
import { insightsScope } from './insightsScope';
import type { OpportunitiesInput, OpportunityCriteria } from '../../api/insights/insightsSchemas';
import type { CriterionResult, Opportunities, Opportunity } from '../../api/insights/insightsWire';

/** Clients whose cases the criteria are weighed for: under supervision, not on a warrant, absconded or in custody. */
const UNDER_SUPERVISION = ['intake', 'active'] as const;

/** The facts the criteria are weighed on, a few grouped queries for the whole scope. */
interface Facts {
  lastViolation: Map<number, string>;
  tests: Map<number, { total: number; notNegative: number }>;
  hours: Map<number, { ordered: number; worked: number; open: number }>;
  restitutionOwed: Map<number, number>;
  pending: Map<number, { cases: number; referred: number }>;
}

const byClient = <T extends { clientId: number }, V>(rows: T[], value: (row: T) => V) => new Map(rows.map((row) => [row.clientId, value(row)]));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function readFacts(db: DbExecutor, inScope: ReturnType<typeof sql>, testsFrom: string): Facts {
  const scoped = sql`(select c.id from clients c where ${inScope} and c.status in (${list(UNDER_SUPERVISION)}))`;
  return {
    lastViolation: byClient(
      db.all<{ clientId: number; last: string }>(sql`select client_id as clientId, max(violation_date) as last from violations where client_id in ${scoped} group by client_id`),
      (r) => r.last,
    ),
    tests: byClient(
      db.all<{ clientId: number; total: number; notNegative: number }>(sql`select client_id as clientId, count(*) as total, total(overall_result != 'negative') as notNegative
        from drug_tests where client_id in ${scoped} and collected_at >= ${testsFrom} group by client_id`),
      (r) => ({ total: r.total, notNegative: r.notNegative }),
    ),
    hours: byClient(
      db.all<{ clientId: number; ordered: number; worked: number; open: number }>(sql`select k.client_id as clientId, total(k.target_amount) * 60 as ordered,
          total(coalesce((select sum(h.minutes) from community_service_hours h where h.condition_id = k.id), 0)) as worked,
          total(k.status not in ('complied', 'waived') and coalesce((select sum(h.minutes) from community_service_hours h where h.condition_id = k.id), 0) < k.target_amount * 60) as open
        from conditions k where k.client_id in ${scoped} and k.type = 'community_service' and k.target_unit = 'hours' and k.target_amount > 0 group by k.client_id`),
      (r) => ({ ordered: r.ordered, worked: r.worked, open: r.open }),
    ),
    restitutionOwed: byClient(
      db.all<{ clientId: number; owed: number }>(sql`select client_id as clientId, total(${owedChange}) as owed from ledger_entries
        where client_id in ${scoped} and category = 'restitution' group by client_id`),
      (r) => r.owed,
    ),
    pending: byClient(
      db.all<{ clientId: number; cases: number; referred: number }>(sql`select c.id as clientId,
          (select count(*) from court_cases k where k.client_id = c.id and k.disposition_date is null) as cases,
          (select count(*) from violations v where v.client_id = c.id and v.status = 'referred_to_court') as referred
        from clients c where c.id in ${scoped}`),
      (r) => ({ cases: r.cases, referred: r.referred }),
    ),
  };
}

/** The dates the month criteria count back to from today, worked out once for the whole list. */
interface Cutoffs {
  today: string;
  supervisedSince: string;
  violationFreeSince: string;
  negativeTestsSince: string;
}

function cutoffs(criteria: OpportunityCriteria, today: string): Cutoffs {
  return {
    today,
    supervisedSince: monthsBefore(today, criteria.monthsSupervised ?? 0),
    violationFreeSince: monthsBefore(today, criteria.violationFreeMonths ?? 0),
    negativeTestsSince: monthsBefore(today, criteria.negativeTestMonths ?? 0),
  };
}

/** Each criterion the office uses, met or missed, with the facts that decide it. */
function weigh(client: Opportunity['client'], criteria: OpportunityCriteria, facts: Facts, dates: Cutoffs, currency: string): CriterionResult[] {
  const results: CriterionResult[] = [];
  if (criteria.monthsSupervised !== null) {
    const since = dates.supervisedSince;
    const months = fullMonthsBetween(client.supervisionStartDate, dates.today);
    results.push({
      criterion: 'monthsSupervised',
      label: `At least ${plural(criteria.monthsSupervised, 'month')} under supervision`,
      met: client.supervisionStartDate <= since,
      detail: `Under supervision since ${client.supervisionStartDate} (${plural(months, 'full month')})`,
    });
  }
  if (criteria.violationFreeMonths !== null) {
    const since = dates.violationFreeSince;
    const last = facts.lastViolation.get(client.id);
    results.push({
      criterion: 'violationFree',
      label: `No violations since ${since} (${plural(criteria.violationFreeMonths, 'month')})`,
      met: !last || last < since,
      detail: last ? `Last violation dated ${last}` : 'No violations on record',
    });
  }
  if (criteria.negativeTestMonths !== null) {
    const since = dates.negativeTestsSince;
    const tests = facts.tests.get(client.id) ?? { total: 0, notNegative: 0 };
    results.push({
      criterion: 'negativeTests',
      label: `Every drug test since ${since} negative (${plural(criteria.negativeTestMonths, 'month')})`,
      met: tests.notNegative === 0,
      detail:
        tests.total === 0
          ? 'No drug tests in that time'
          : tests.notNegative === 0
            ? `${plural(tests.total, 'test')}, all negative`
            : `${tests.notNegative} of ${plural(tests.total, 'test')} not negative`,
    });
  }
  if (criteria.serviceHoursComplete) {
    const hours = facts.hours.get(client.id);
    results.push({
      criterion: 'serviceHours',
      label: 'Community-service hours complete',
      met: !hours || hours.open === 0,
      detail: hours ? `${Math.round(hours.worked / 6) / 10} of ${Math.round(hours.ordered / 6) / 10} hours worked` : 'No community-service hours ordered',
    });
  }
  if (criteria.restitutionPaid) {
    const owed = facts.restitutionOwed.get(client.id);
    results.push({
      criterion: 'restitution',
      label: 'Restitution paid in full',
      met: owed === undefined || owed <= 0,
      detail: owed === undefined ? 'No restitution ordered' : owed <= 0 ? 'Nothing owed' : `${formatFigureValue(owed, 'cents', currency)} still owed`,
    });
  }
  if (criteria.noPendingCharges) {
    const pending = facts.pending.get(client.id) ?? { cases: 0, referred: 0 };
    const parts = [
      pending.cases ? `${plural(pending.cases, 'court case')} without a disposition` : '',
      pending.referred ? `${plural(pending.referred, 'violation')} referred to court` : '',
    ].filter(Boolean);
    results.push({ criterion: 'pendingCharges', label: 'No pending charges', met: parts.length === 0, detail: parts.length ? parts.join('; ') : 'None on record' });
  }
  return results;
}

/** Weighs the scope's clients against the office's criteria of one kind, in a handful of queries. */
export function evaluateOpportunities(ctx: ServiceContext, db: DbExecutor, input: OpportunitiesInput, onlyClientId?: number): Opportunities {
  const scope = insightsScope(ctx, input);
  const criteria = readSetting(db, 'opportunities')[input.kind];
  const { currency } = readSetting(db, 'office');
  const today = ctx.clock.today();
  const empty: Opportunities = { kind: input.kind, today, enabled: criteria.enabled, considered: 0, eligible: [], nearlyEligible: [] };
  if (!criteria.enabled) return empty;
  const inScope = onlyClientId === undefined ? scope.clientCondition : sql`${scope.clientCondition} and c.id = ${onlyClientId}`;
  const clients = db.all<Opportunity['client']>(sql`select c.id as id, c.case_number as caseNumber, c.first_name as firstName, c.last_name as lastName,
      c.supervision_level as supervisionLevel, c.supervision_start_date as supervisionStartDate, c.assigned_officer_id as assignedOfficerId, u.full_name as officerName
    from clients c join users u on u.id = c.assigned_officer_id
    where ${inScope} and c.status in (${list(UNDER_SUPERVISION)}) ${input.kind === 'lowerLevel' ? sql`and c.supervision_level != 'low'` : sql``}
    order by c.last_name_key, c.first_name_key, c.id`);
  const dates = cutoffs(criteria, today);
  const facts = readFacts(db, inScope, dates.negativeTestsSince);
  const weighed = clients.map((client) => {
    const results = weigh(client, criteria, facts, dates, currency);
    return { client, eligible: results.every((r) => r.met), criteria: results, missed: results.filter((r) => !r.met).length };
  });
  const strip = ({ client, eligible, criteria: lines }: Opportunity) => ({ client, eligible, criteria: lines });
  return {
    ...empty,
    considered: clients.length,
    eligible: weighed.filter((w) => w.missed === 0).map(strip),
    nearlyEligible: weighed.filter((w) => w.missed === 1).map(strip),
  };
}

/** The opportunities list for a scope, audited. */
export function listOpportunities(ctx: ServiceContext, input: OpportunitiesInput): Opportunities {
  return ctx.db.transaction((tx) => {
    const result = evaluateOpportunities(ctx, tx, input);
    recordAudit(tx, {
      action: 'insights.opportunities',
      entity: 'insights',
      detail: `${input.kind}; scope ${input.scope}; ${result.eligible.length} eligible of ${result.considered}`,
      actor: ctx.actor,
      ts: ctx.clock.now(),
    });
    return result;
  });
}
