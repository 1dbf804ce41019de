import dayjs from 'dayjs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { conditions } from '../../db/schema';
import type { ChannelInput } from '../../electron/api/contract';
import { auditRowsOf, caseRecordOffice, drugTestInput, useSharedCaseRecordOffice, type CaseRecordOffice } from '../fixtures/caseRecord';
import { daysAgo } from '../fixtures/intakeInput';
import { expectRefusal } from '../fixtures/refusals';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
type LedgerEntry = ChannelInput<'compliance.addLedgerEntry'>['entry'];

describe('the fees and restitution ledger', () => {
  it('balances as charges − payments − waivers ± adjustments, in total and per category, in exact cents', async () => {
    const { office, clientId, conditionIds } = await caseRecordOffice(offices);
    const entries: LedgerEntry[] = [
      { entryDate: daysAgo(30), kind: 'charge', category: 'fees', amountCents: 5_000, reference: 'Supervision fee, month 1' },
      { entryDate: daysAgo(30), kind: 'charge', category: 'restitution', amountCents: 125_000, conditionId: conditionIds.restitution },
      { entryDate: daysAgo(20), kind: 'payment', category: 'restitution', amountCents: 20_000, conditionId: conditionIds.restitution, reference: 'Receipt 0042' },
      { entryDate: daysAgo(20), kind: 'payment', category: 'fees', amountCents: 2_000 },
      { entryDate: daysAgo(10), kind: 'waiver', category: 'fees', amountCents: 1_000, notes: 'Court waived part of the fee.' },
      { entryDate: daysAgo(5), kind: 'adjustment', adjustment: 'increase', category: 'fees', amountCents: 333 },
      { entryDate: daysAgo(5), kind: 'adjustment', adjustment: 'decrease', category: 'restitution', amountCents: 5_000 },
    ];
    for (const entry of entries) await office.call('compliance.addLedgerEntry', { clientId, entry });

    const { ledger, conditions } = await office.call('compliance.get', { clientId });
    expect(ledger.total).toEqual({ charged: 130_000, paid: 22_000, waived: 1_000, adjustments: -4_667, balance: 102_333 });
    expect(ledger.byCategory).toEqual([
      { category: 'fees', charged: 5_000, paid: 2_000, waived: 1_000, adjustments: 333, balance: 2_333 },
      { category: 'restitution', charged: 125_000, paid: 20_000, waived: 0, adjustments: -5_000, balance: 100_000 },
    ]);
    expect(ledger.entries.map((e) => e.entryDate)).toEqual([daysAgo(5), daysAgo(5), daysAgo(10), daysAgo(20), daysAgo(20), daysAgo(30), daysAgo(30)]);
    // Restitution is $1,250 ordered; the $200 paid against it is 16 %.
    expect(conditions.find((c) => c.condition.id === conditionIds.restitution)).toMatchObject({ done: 20_000, percent: 16, targetReached: false });
    expect(auditRowsOf(office, 'compliance.ledger').map((r) => r.detail.replace(/^ledger entry \d+; /, ''))).toEqual([
      'charge; fees; 5000 cents',
      'charge; restitution; 125000 cents',
      'payment; restitution; 20000 cents',
      'payment; fees; 2000 cents',
      'waiver; fees; 1000 cents',
      'adjustment (increase); fees; 333 cents',
      'adjustment (decrease); restitution; 5000 cents',
    ]);
  });

  it('starts at zero', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const { ledger } = await office.call('compliance.get', { clientId });
    expect(ledger).toEqual({ total: { charged: 0, paid: 0, waived: 0, adjustments: 0, balance: 0 }, byCategory: [], entries: [] });
  });
});

describe('community service and programme attendance', () => {
  it("totals hours against the ordered hours and shows progress; the first hours start the condition, complied stays the officer's call", async () => {
    const { office, clientId, conditionIds } = await caseRecordOffice(offices);
    const log = (minutes: number, days: number) =>
      office.call('compliance.logServiceHours', {
        clientId,
        entry: { conditionId: conditionIds.communityService, serviceDate: daysAgo(days), minutes, agency: 'Riverside Food Bank', verifiedBy: 'D. Okafor' },
      });
    await log(240, 9);
    await log(90, 2);
    const last = await log(30, 1);
    expect(last).toMatchObject({ minutes: 30, agency: 'Riverside Food Bank', conditionId: conditionIds.communityService });

    const progressOf = async () => (await office.call('compliance.get', { clientId })).conditions.find((c) => c.condition.id === conditionIds.communityService);
    // 6 of the 80 hours ordered.
    expect(await progressOf()).toMatchObject({ done: 6, percent: 8, targetReached: false, condition: { targetAmount: 80, targetUnit: 'hours', status: 'in_progress' } });
    for (let day = 20; day < 24; day += 1) await log(1_110, day);
    expect(await progressOf()).toMatchObject({ done: 80, percent: 100, targetReached: true, condition: { status: 'in_progress' } });
    await office.call('clients.setConditionStatus', { conditionId: conditionIds.communityService, status: 'complied' });
    await log(30, 3);
    expect((await progressOf())?.condition.status).toBe('complied');
    expect((await office.call('compliance.get', { clientId })).serviceHours.map((h) => h.serviceDate).slice(0, 2)).toEqual([daysAgo(1), daysAgo(2)]);
    expect(auditRowsOf(office, 'compliance.serviceHours')[0].detail).toMatch(/^service hours \d+; condition \d+; 240 min$/);
  });

  it('records programme sessions and counts those attended towards a sessions condition', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const condition = await office.call('clients.addCondition', {
      clientId,
      condition: { kind: 'special', type: 'counseling', text: 'Attend 12 sessions of anger management.', targetAmount: 12, targetUnit: 'sessions' },
    });
    for (const [days, attendance] of [
      [21, 'attended'],
      [14, 'absent'],
      [7, 'attended'],
      [1, 'excused'],
    ] as const) {
      await office.call('compliance.recordAttendance', {
        clientId,
        entry: { conditionId: condition.id, programmeName: 'Anger management (Tuesday group)', sessionDate: daysAgo(days), attendance },
      });
    }
    const record = await office.call('compliance.get', { clientId });
    expect(record.attendance.map((a) => a.attendance)).toEqual(['excused', 'attended', 'absent', 'attended']);
    expect(record.conditions.find((c) => c.condition.id === condition.id)).toMatchObject({ done: 2, percent: 17, targetReached: false, condition: { status: 'in_progress' } });
    // Conditions the app does not count (reporting, travel…) carry no progress.
    expect(record.conditions.find((c) => c.condition.type === 'travel')).toMatchObject({ done: null, percent: null });
    expect(auditRowsOf(office, 'compliance.attendance')).toHaveLength(4);
  });

  it('counts the drug tests of this month towards a tests-per-month condition, which the first test starts', async () => {
    const { office, clientId } = await caseRecordOffice(offices);
    const condition = await office.call('clients.addCondition', {
      clientId,
      condition: { kind: 'special', type: 'drug_testing', text: 'Submit to 4 drug tests per month.', targetAmount: 4, targetUnit: 'tests_per_month' },
    });
    const progress = async () => (await office.call('compliance.get', { clientId })).conditions.find((c) => c.condition.id === condition.id);
    expect(await progress()).toMatchObject({ done: 0, percent: 0, condition: { status: 'not_started' } });
    await office.call('drugTests.create', { clientId, test: drugTestInput({}, { collectedAt: dayjs().format('YYYY-MM-DDT00:05') }) });
    expect(await progress()).toMatchObject({ done: 1, percent: 25, condition: { status: 'in_progress' } });
  });
});

describe('compliance validation', () => {
  const shared = useSharedCaseRecordOffice();
  const payment = (entry: Partial<LedgerEntry>): LedgerEntry => ({ entryDate: daysAgo(1), kind: 'payment', category: 'fees', amountCents: 2_500, ...entry });
  const caseysConditionId = ({ office, oscarsClientId }: CaseRecordOffice) =>
    office.sessions.requireActive().ctx.db.select({ id: conditions.id }).from(conditions).where(eq(conditions.clientId, oscarsClientId)).get()!.id;
  const hours = ({ conditionIds }: CaseRecordOffice, entry: object = {}) => ({
    conditionId: conditionIds.communityService,
    serviceDate: daysAgo(1),
    minutes: 60,
    agency: 'Food bank',
    ...entry,
  });

  it.each<[string, (o: CaseRecordOffice) => [string, object], string, RegExp]>([
    [
      'an adjustment without its direction',
      ({ clientId }) => ['compliance.addLedgerEntry', { clientId, entry: payment({ kind: 'adjustment' }) }],
      'entry.adjustment',
      /increases or decreases/,
    ],
    [
      'a payment with a direction',
      ({ clientId }) => ['compliance.addLedgerEntry', { clientId, entry: payment({ adjustment: 'increase' }) }],
      'entry.adjustment',
      /Only adjustments/,
    ],
    ['an amount of nothing', ({ clientId }) => ['compliance.addLedgerEntry', { clientId, entry: payment({ amountCents: 0 }) }], 'entry.amountCents', /more than zero/],
    ['a fraction of a cent', ({ clientId }) => ['compliance.addLedgerEntry', { clientId, entry: payment({ amountCents: 12.5 }) }], 'entry.amountCents', /whole cents/],
    [
      'a payment against community service',
      ({ clientId, conditionIds }) => ['compliance.addLedgerEntry', { clientId, entry: payment({ conditionId: conditionIds.communityService }) }],
      'entry.conditionId',
      /fees or restitution/,
    ],
    [
      'hours against restitution',
      (o) => ['compliance.logServiceHours', { clientId: o.clientId, entry: hours(o, { conditionId: o.conditionIds.restitution }) }],
      'entry.conditionId',
      /community-service/,
    ],
    ['no time worked', (o) => ['compliance.logServiceHours', { clientId: o.clientId, entry: hours(o, { minutes: 0 }) }], 'entry.minutes', /at least 1 minute/],
    [
      'hours worked tomorrow',
      (o) => ['compliance.logServiceHours', { clientId: o.clientId, entry: hours(o, { serviceDate: dayjs().add(1, 'day').format('YYYY-MM-DD') }) }],
      'entry.serviceDate',
      /cannot be in the future/,
    ],
    [
      'an attendance that is not one',
      ({ clientId }) => ['compliance.recordAttendance', { clientId, entry: { programmeName: 'Group', sessionDate: daysAgo(1), attendance: 'late' } }],
      'entry.attendance',
      /attended, absent or excused/,
    ],
    [
      "a session counted against another client's condition",
      (o) => [
        'compliance.recordAttendance',
        { clientId: o.clientId, entry: { programmeName: 'Group', sessionDate: daysAgo(1), attendance: 'attended', conditionId: caseysConditionId(o) } },
      ],
      'entry.conditionId',
      /this client's conditions/,
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_case, make, field, message) => {
    const staffed = shared();
    const [channel, input] = make(staffed);
    await expectRefusal(staffed.office, channel, input, { field, message });
  });
});
