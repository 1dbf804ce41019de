import { describe, expect, it } from 'vitest';
import { fullIntakeInput } from '../fixtures/intakeInput';
import { staffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();

describe('intake drafts', () => {
  it('are saved, listed, reopened, updated and deleted by their owner', async () => {
    const { office, staff, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    const partial = { step: 2, identity: fullIntakeInput(staff.olivia.id).identity };

    const saved = await office.call('intakeDrafts.save', { label: 'Jordan Whitaker', data: partial });
    expect(saved).toMatchObject({ label: 'Jordan Whitaker', ownerId: staff.olivia.id });
    expect(saved).not.toHaveProperty('data');
    expect(await office.call('intakeDrafts.get', { id: saved.id })).toMatchObject({ data: partial });

    const updated = await office.call('intakeDrafts.save', { id: saved.id, label: '', data: { ...partial, step: 3 } });
    expect(updated).toMatchObject({ id: saved.id, label: 'Untitled intake' });
    expect(await office.call('intakeDrafts.list', {})).toMatchObject([{ id: saved.id, label: 'Untitled intake' }]);
    expect((await office.call('intakeDrafts.get', { id: saved.id })).data).toMatchObject({ step: 3 });

    expect(await office.call('intakeDrafts.delete', { id: saved.id })).toBeNull();
    expect(await office.call('intakeDrafts.list', {})).toEqual([]);
  });

  it("are private: nobody else, supervisors included, can list, read, change or delete someone's draft", async () => {
    const { office, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    const draft = await office.call('intakeDrafts.save', { label: 'Private', data: { step: 1 } });

    for (const who of ['oscar', 'sam', 'admin'] as const) {
      await actAs(who);
      expect(await office.call('intakeDrafts.list', {}), who).toEqual([]);
      expect(await office.fail('intakeDrafts.get', { id: draft.id }), who).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(await office.fail('intakeDrafts.save', { id: draft.id, label: 'Mine now', data: {} }), who).toMatchObject({ code: 'NOT_FOUND' });
      expect(await office.fail('intakeDrafts.delete', { id: draft.id }), who).toMatchObject({ code: 'NOT_FOUND' });
    }
    await actAs('olivia');
    expect(await office.call('intakeDrafts.get', { id: draft.id })).toMatchObject({ label: 'Private', data: { step: 1 } });
  });

  it('take any object up to 1 MB, and nothing else', async () => {
    const { office, actAs } = await staffedOffice(offices);
    await actAs('olivia');
    expect(await office.fail('intakeDrafts.save', { label: 'x', data: ['not', 'an', 'object'] })).toMatchObject({ code: 'VALIDATION', field: 'data' });
    expect(await office.fail('intakeDrafts.save', { label: 'x', data: { photo: 'A'.repeat(1024 * 1024) } })).toMatchObject({
      code: 'VALIDATION',
      field: 'data',
      message: expect.stringMatching(/larger than 1 MB/),
    });
    expect(await office.call('intakeDrafts.list', {})).toEqual([]);
  });
});
