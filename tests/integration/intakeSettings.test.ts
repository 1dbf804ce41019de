import { describe, expect, it } from 'vitest';
import { defaultIntakeSettings, defaultRiskInstrument } from '../../electron/api/settings/intakeDefaults';
import { riskInstrumentSchema, intakeSettingsSchema } from '../../electron/api/settings/intakeSettingsSchemas';
import { staffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

describe('intake settings', () => {
  it('ship a labelled placeholder instrument and generic standard conditions that pass their own validation', () => {
    expect(riskInstrumentSchema.parse(defaultRiskInstrument)).toEqual(defaultRiskInstrument);
    expect(intakeSettingsSchema.parse(defaultIntakeSettings)).toEqual(defaultIntakeSettings);
    expect(defaultRiskInstrument.name).toMatch(/not a validated instrument/);
    expect(defaultRiskInstrument.disclaimer).toMatch(/placeholder/);
    expect(new Set(defaultRiskInstrument.items.map((i) => i.needArea).filter(Boolean))).toEqual(
      new Set(['employment', 'education', 'housing', 'family', 'peers', 'substance_use', 'mental_health', 'attitudes']),
    );
  });

  it('are read by every role and changed by administrators only', async () => {
    const { office, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    expect(await office.call('settings.get', {})).toMatchObject({ intake: defaultIntakeSettings, riskInstrument: defaultRiskInstrument });
    expect(await office.fail('settings.updateIntake', defaultIntakeSettings)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await office.fail('settings.updateRiskInstrument', defaultRiskInstrument)).toMatchObject({ code: 'FORBIDDEN' });

    await actAs('admin');
    const standardConditions = [{ type: 'community_service' as const, text: 'Complete 40 hours of community service.', targetAmount: 40, targetUnit: 'hours' as const }];
    expect(await office.call('settings.updateIntake', { standardConditions })).toEqual({ standardConditions });
    expect((await office.call('settings.get', {})).intake.standardConditions).toEqual(standardConditions);
    const { rows } = await office.call('audit.list', { filter: { action: 'settings.update' } });
    expect(rows[0]).toMatchObject({ entityId: 'intake', detail: 'changed: standardConditions' });
  });

  it.each([
    ['cut-offs that do not rise', { cutoffs: { medium: 6, high: 6, very_high: 18 } }, 'cutoffs.high', /above the Medium cut-off/],
    ['a Very high cut-off below High', { cutoffs: { medium: 6, high: 12, very_high: 10 } }, 'cutoffs.very_high', /above the High cut-off/],
    ['two items with one id', { items: [defaultRiskInstrument.items[0], { ...defaultRiskInstrument.items[1], id: defaultRiskInstrument.items[0].id }] }, 'items.1.id', /unique/],
    ['an item without answers', { items: [{ ...defaultRiskInstrument.items[0], answers: [] }] }, 'items.0.answers', /at least one answer/],
    ['a negative weight', { items: [{ ...defaultRiskInstrument.items[0], answers: [{ label: 'Bonus', weight: -1 }] }] }, 'items.0.answers.0.weight', /negative/],
  ])('refuse an instrument with %s, naming the field', async (_case, change, field, message) => {
    const { office, actAs } = await staffedOffice(offices);
    await actAs('admin');
    expect(await office.fail('settings.updateRiskInstrument', { ...defaultRiskInstrument, ...change })).toMatchObject({
      code: 'VALIDATION',
      field,
      message: expect.stringMatching(message),
    });
    expect((await office.call('settings.get', {})).riskInstrument).toEqual(defaultRiskInstrument);
  });
});

describe('teams', () => {
  it("puts officers on a supervisor's team, and refuses a supervisor who is an officer or the user themselves", async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('admin');
    const edit = { id: staff.oscar.id, fullName: 'oscar Testperson', title: '', role: 'officer' as const };
    expect(await office.call('users.update', { ...edit, supervisorId: staff.sam.id })).toMatchObject({ supervisorId: staff.sam.id });
    expect(await office.call('users.update', edit)).toMatchObject({ supervisorId: staff.sam.id });
    expect(await office.fail('users.update', { ...edit, supervisorId: staff.olivia.id })).toMatchObject({ code: 'VALIDATION', field: 'supervisorId' });
    expect(await office.fail('users.update', { ...edit, supervisorId: staff.oscar.id })).toMatchObject({
      code: 'VALIDATION',
      field: 'supervisorId',
      message: expect.stringMatching(/own supervisor/),
    });
    expect(await office.call('users.update', { ...edit, supervisorId: null })).toMatchObject({ supervisorId: null });
    const { rows } = await office.call('audit.list', { filter: { action: 'user.update' } });
    expect(rows.map((r) => r.detail)).toEqual(['changed: supervisorId', 'no change', 'changed: supervisorId']);
  });

  it('are listed in the staff directory, which every role may read and which leaves out deactivated users', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('admin');
    await office.call('users.deactivate', { id: staff.oscar.id });
    await actAs('olivia');
    expect(await office.call('users.directory', {})).toEqual([
      { id: staff.admin.id, fullName: 'Ada Administrator', role: 'admin', supervisorId: null },
      { id: staff.olivia.id, fullName: 'olivia Testperson', role: 'officer', supervisorId: staff.sam.id },
      { id: staff.sam.id, fullName: 'sam Testperson', role: 'supervisor', supervisorId: null },
    ]);
    expect(await office.fail('users.list', {})).toMatchObject({ code: 'FORBIDDEN' });
  });
});
