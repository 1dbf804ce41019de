import { sql } from 'drizzle-orm';
import { AGENCY_KINDS } from '../../api/referrals/referralsCodes';
import { PANEL_RESULTS } from '../../api/drugTests/drugTestsCodes';
import { RESPONSE_TYPES } from '../../api/violations/violationsCodes';
import type { FigureDef, FigureQuery } from './figureModel';
import { atTimes, codeLabel, codeRows, onDates } from './figureRows';

const violationsByType: FigureDef = {
  id: 'violationsByType',
  title: 'Violations by type',
  description: 'Violations dated in the range, by the kind of condition violated.',
  chart: 'bar',
  rowLabel: 'Condition violated',
  rows: () => [],
  label: codeLabel,
  drill: 'records',
  series: [
    {
      key: 'violations',
      label: 'Violations',
      unit: 'count',
      measure: 'count',
      source: (q) => sql`select v.client_id as client_id, coalesce(k.type, 'general') as key, 1 as amount
        from clients c join violations v on v.client_id = c.id left join conditions k on k.id = v.condition_id
        where ${q.scope.clientCondition} and ${onDates(sql`v.violation_date`, q)}`,
    },
  ],
};

const responsesByType: FigureDef = {
  id: 'responsesByType',
  title: 'Responses to violations',
  description: 'The responses officers chose in the range.',
  chart: 'bar',
  rowLabel: 'Response',
  rows: () => codeRows(RESPONSE_TYPES),
  drill: 'records',
  series: [
    {
      key: 'responses',
      label: 'Responses',
      unit: 'count',
      measure: 'count',
      source: (q) => sql`select r.client_id as client_id, r.response_type as key, 1 as amount
        from clients c join violation_responses r on r.client_id = c.id
        where ${q.scope.clientCondition} and ${onDates(sql`r.response_date`, q)}`,
    },
  ],
};

const testsIn = (q: FigureQuery) => sql`from clients c join drug_tests t on t.client_id = c.id
  where ${q.scope.clientCondition} and ${atTimes(sql`t.collected_at`, q.from, q.toNext)}`;

const drugTestsByResult: FigureDef = {
  id: 'drugTestsByResult',
  title: 'Drug tests by result',
  description: 'Tests collected in the range, by their overall result.',
  chart: 'bar',
  rowLabel: 'Result',
  rows: () => codeRows(PANEL_RESULTS),
  drill: 'records',
  series: [
    { key: 'tests', label: 'Tests', unit: 'count', measure: 'count', source: (q) => sql`select t.client_id as client_id, t.overall_result as key, 1 as amount ${testsIn(q)}` },
  ],
};

/** One row per substance on each test's panel; `result` narrows to one result. */
const panelRows = (q: FigureQuery, result?: string) => sql`select t.client_id as client_id, trim(json_extract(p.value, '$.substance')) as key, 1 as amount
  from clients c join drug_tests t on t.client_id = c.id join json_each(t.panel) p
  where ${q.scope.clientCondition} and ${atTimes(sql`t.collected_at`, q.from, q.toNext)}
    ${result ? sql`and json_extract(p.value, '$.result') = ${result}` : sql``}`;

const drugTestsBySubstance: FigureDef = {
  id: 'drugTestsBySubstance',
  title: 'Drug tests by substance',
  description: 'Each substance tested for in the range, how often it was positive, and the positivity rate.',
  chart: 'bar',
  rowLabel: 'Substance',
  rows: () => [],
  drill: 'records',
  series: [
    { key: 'tested', label: 'Tested', unit: 'count', measure: 'count', source: (q) => panelRows(q) },
    { key: 'positive', label: 'Positive', unit: 'count', measure: 'count', source: (q) => panelRows(q, 'positive') },
    { key: 'rate', label: 'Positivity rate', unit: 'percent', measure: 'ratio', ratio: { numerator: 'positive', denominator: 'tested' } },
  ],
};

const open = (q: FigureQuery) => sql`${q.scope.clientCondition} and c.status != 'closed'`;

const serviceHours: FigureDef = {
  id: 'serviceHours',
  title: 'Community-service hours',
  description: 'For clients under supervision today: hours ordered, hours worked to date, and hours worked in the range.',
  chart: 'bar',
  rowLabel: 'Hours',
  rows: () => [
    { key: 'ordered', label: 'Ordered' },
    { key: 'completed', label: 'Worked to date' },
    { key: 'inRange', label: 'Worked in the range' },
  ],
  drill: 'records',
  series: [
    {
      key: 'hours',
      label: 'Hours',
      unit: 'hours',
      measure: 'sum',
      source: (q) => sql`
        select k.client_id as client_id, 'ordered' as key, k.target_amount as amount from clients c join conditions k on k.client_id = c.id
          where ${open(q)} and k.type = 'community_service' and k.target_unit = 'hours'
        union all
        select h.client_id, 'completed', h.minutes / 60.0 from clients c join community_service_hours h on h.client_id = c.id where ${open(q)}
        union all
        select h.client_id, 'inRange', h.minutes / 60.0 from clients c join community_service_hours h on h.client_id = c.id
          where ${open(q)} and ${onDates(sql`h.service_date`, q)}`,
    },
  ],
};

const restitutionEntries = (q: FigureQuery) => sql`from clients c join ledger_entries e on e.client_id = c.id where ${open(q)} and e.category = 'restitution'`;

const restitution: FigureDef = {
  id: 'restitution',
  title: 'Restitution',
  description: 'For clients under supervision today: restitution ordered (charges and court adjustments), collected to date, and collected in the range.',
  chart: 'bar',
  rowLabel: 'Restitution',
  rows: () => [
    { key: 'ordered', label: 'Ordered' },
    { key: 'collected', label: 'Collected to date' },
    { key: 'inRange', label: 'Collected in the range' },
  ],
  drill: 'records',
  series: [
    {
      key: 'amount',
      label: 'Amount',
      unit: 'cents',
      measure: 'sum',
      source: (q) => sql`
        select e.client_id as client_id, 'ordered' as key,
          case when e.kind = 'adjustment' and e.adjustment = 'decrease' then -e.amount_cents else e.amount_cents end as amount
          ${restitutionEntries(q)} and (e.kind = 'charge' or e.kind = 'adjustment')
        union all
        select e.client_id, 'collected', e.amount_cents ${restitutionEntries(q)} and e.kind = 'payment'
        union all
        select e.client_id, 'inRange', e.amount_cents ${restitutionEntries(q)} and e.kind = 'payment' and ${onDates(sql`e.entry_date`, q)}`,
    },
  ],
};

const referrals: FigureDef = {
  id: 'referrals',
  title: 'Referrals made and completed',
  description: 'Referrals made in the range, and referrals completed in the range, by kind of agency.',
  chart: 'bar',
  rowLabel: 'Kind of agency',
  rows: () => codeRows(AGENCY_KINDS),
  drill: 'records',
  series: [
    {
      key: 'made',
      label: 'Made',
      unit: 'count',
      measure: 'count',
      source: (q) => sql`select r.client_id as client_id, a.kind as key, 1 as amount
        from clients c join referrals r on r.client_id = c.id join agencies a on a.id = r.agency_id
        where ${q.scope.clientCondition} and ${onDates(sql`r.referred_on`, q)}`,
    },
    {
      key: 'completed',
      label: 'Completed',
      unit: 'count',
      measure: 'count',
      source: (q) => sql`select r.client_id as client_id, a.kind as key, 1 as amount
        from clients c join referrals r on r.client_id = c.id join agencies a on a.id = r.agency_id
        where ${q.scope.clientCondition} and exists (select 1 from referral_status_history h
          where h.referral_id = r.id and h.to_status = 'completed' and ${onDates(sql`h.status_date`, q)})`,
    },
  ],
};

export const RECORD_FIGURES = [violationsByType, responsesByType, drugTestsByResult, drugTestsBySubstance, serviceHours, restitution, referrals];
