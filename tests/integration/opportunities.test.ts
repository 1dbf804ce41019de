import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../electron/api/contract';
import { defaultOpportunitySettings, type OpportunityCriteria } from '../../electron/api/insights/insightsSchemas';
import { drugTestInput } from '../fixtures/caseRecord';
import { intakeOn } from '../fixtures/insightsOffice';
import { staffedOffice, type StaffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const today = dayjs().format('YYYY-MM-DD');
const monthsAgo = (months: number, plusDays = 0) => dayjs().subtract(months, 'month').add(plusDays, 'day').format('YYYY-MM-DD');
const NONE: OpportunityCriteria = {
  enabled: true,
  monthsSupervised: null,
  violationFreeMonths: null,
  negativeTestMonths: null,
  serviceHoursComplete: false,
  restitutionPaid: false,
  noPendingCharges: false,
};

/** For each criterion alone, the early-discharge list: who meets it and who is one criterion away. */
type Results = Record<string, ChannelOutput<'insights.opportunities'>>;

describe('early-discharge criteria at their boundaries', () => {
  let built: StaffedOffice;
  const results: Results = {};
  let report: ChannelOutput<'courtReports.get'>;

  beforeAll(async () => {
    built = await staffedOffice(offices);
    const { office, staff, actAs } = built;
    await actAs('olivia');
    const intake = async (name: string, start: string, change?: (input: ReturnType<typeof intakeOn>) => void) => {
      const input = intakeOn(staff.olivia.id, name, start);
      change?.(input);
      const { id } = await office.call('clients.intake', input);
      const { conditions } = await office.call('clients.get', { clientId: id });
      return { id, condition: (type: string) => conditions.find((c) => c.type === type && (type !== 'community_service' || c.targetAmount !== null))!.id };
    };
    const long = monthsAgo(24);
    await intake('MonthsExact', monthsAgo(12));
    await intake('MonthsShort', monthsAgo(12, 1));
    for (const [name, date] of [
      ['ViolationBefore', monthsAgo(6, -1)],
      ['ViolationOn', monthsAgo(6)],
    ]) {
      const { id } = await intake(name, long);
      await office.call('violations.create', { clientId: id, violation: { violationDate: date, description: 'Missed curfew.', severity: 'minor' } });
    }
    for (const [name, date] of [
      ['TestBefore', monthsAgo(3, -1)],
      ['TestOn', monthsAgo(3)],
    ]) {
      const { id } = await intake(name, long);
      await office.call('drugTests.create', { clientId: id, test: drugTestInput({ THC: 'positive' }, { collectedAt: `${date}T09:00` }) });
      await office.call('drugTests.create', { clientId: id, test: drugTestInput({}, { collectedAt: `${monthsAgo(1)}T09:00` }) });
    }
    // 80 hours as four days of 20 hours (a day takes at most 24).
    for (const [name, lastDay] of [
      ['HoursDone', 1200],
      ['HoursShort', 1199],
    ] as const) {
      const client = await intake(name, long);
      for (const [day, minutes] of [1200, 1200, 1200, lastDay].entries()) {
        await office.call('compliance.logServiceHours', {
          clientId: client.id,
          entry: { conditionId: client.condition('community_service'), serviceDate: monthsAgo(1, day), minutes, agency: 'Food bank' },
        });
      }
    }
    for (const [name, paid] of [
      ['PaidUp', 125_000],
      ['OwesCent', 124_999],
    ] as const) {
      const client = await intake(name, long);
      const entry = (kind: 'charge' | 'payment', amountCents: number) => ({
        conditionId: client.condition('restitution'),
        entryDate: monthsAgo(1),
        kind,
        category: 'restitution' as const,
        amountCents,
      });
      await office.call('compliance.addLedgerEntry', { clientId: client.id, entry: entry('charge', 125_000) });
      await office.call('compliance.addLedgerEntry', { clientId: client.id, entry: entry('payment', paid) });
    }
    await intake('Disposed', long);
    await intake('Pending', long, (input) => {
      input.courtCases[0].dispositionDate = null;
    });

    const only = async (criterion: string, criteria: Partial<OpportunityCriteria>) => {
      await actAs('admin');
      await office.call('settings.updateOpportunities', { ...defaultOpportunitySettings, earlyDischarge: { ...NONE, ...criteria } });
      await actAs('olivia');
      results[criterion] = await office.call('insights.opportunities', { scope: 'mine', officerId: null, kind: 'earlyDischarge' });
    };
    await only('months', { monthsSupervised: 12 });
    await only('violations', { violationFreeMonths: 6 });
    await only('tests', { negativeTestMonths: 3 });
    await only('hours', { serviceHoursComplete: true });
    await only('restitution', { restitutionPaid: true });
    await only('pending', { noPendingCharges: true });

    const eligible = results.months.eligible.find((o) => o.client.firstName === 'MonthsExact')!;
    const started = await office.call('insights.startTermination', { clientId: eligible.client.id });
    report = await office.call('courtReports.get', { reportId: started.id });
  }, 180_000);

  const eligibleNames = (criterion: string) => results[criterion].eligible.map((o) => o.client.firstName);
  const missed = (criterion: string, name: string) => results[criterion].nearlyEligible.find((o) => o.client.firstName === name)?.criteria[0];

  it('counts time under supervision to the day: exactly 12 months meets, a day less misses', () => {
    expect(eligibleNames('months')).toContain('MonthsExact');
    expect(results.months.eligible.find((o) => o.client.firstName === 'MonthsExact')?.criteria[0].detail).toBe(`Under supervision since ${monthsAgo(12)} (12 full months)`);
    expect(missed('months', 'MonthsShort')).toMatchObject({ criterion: 'monthsSupervised', met: false, detail: `Under supervision since ${monthsAgo(12, 1)} (11 full months)` });
  });

  it('misses for a violation on the first day of the window and meets for one the day before', () => {
    expect(eligibleNames('violations')).toContain('ViolationBefore');
    expect(missed('violations', 'ViolationOn')).toMatchObject({ criterion: 'violationFree', met: false, detail: `Last violation dated ${monthsAgo(6)}` });
  });

  it('misses for a positive test on the first day of the window and meets for one the day before', () => {
    expect(eligibleNames('tests')).toContain('TestBefore');
    expect(missed('tests', 'TestOn')).toMatchObject({ criterion: 'negativeTests', met: false, detail: '1 of 2 tests not negative' });
  });

  it('needs every ordered hour worked: one minute short misses', () => {
    expect(eligibleNames('hours')).toContain('HoursDone');
    expect(missed('hours', 'HoursShort')).toMatchObject({ criterion: 'serviceHours', met: false });
  });

  it('needs restitution paid to the cent', () => {
    expect(eligibleNames('restitution')).toContain('PaidUp');
    expect(missed('restitution', 'OwesCent')).toMatchObject({ criterion: 'restitution', met: false, detail: '$0.01 still owed' });
  });

  it('misses while a court case has no disposition', () => {
    expect(eligibleNames('pending')).toContain('Disposed');
    expect(missed('pending', 'Pending')).toMatchObject({ criterion: 'pendingCharges', met: false, detail: '1 court case without a disposition' });
  });

  it('starts a termination report over the whole term with the criteria as the recommendation', () => {
    expect(report).toMatchObject({ reportType: 'termination', status: 'draft', periodStart: monthsAgo(12), periodEnd: today });
    expect(report.recommendation).toContain('meets each of the office’s criteria for early discharge');
    expect(report.recommendation).toContain('- No pending charges: met. None on record.'); // the criteria in force last: pending charges alone;
  });
});
