import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, useOfficeHosts, valueOf } from '../fixtures/officeHostRun';
import { SETUP_INPUT, useTempOffices } from '../fixtures/tempOffice';

const startOfficeHost = useOfficeHosts();
const offices = useTempOffices();

describe("the administrators' Workstations page", () => {
  it('on an office host: the mode is host, and each workstation is listed with who made its code, its contact and its revocation', async () => {
    const run = await startOfficeHost();
    const desk = await run.enrol('Front desk 1');
    await run.enrol('Front desk 2');
    valueOf(await desk.invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    expect(valueOf(await desk.invoke('office.mode', {}))).toEqual({ mode: 'host' });
    type Row = { id: number; name: string; enrolledByName: string | null; lastContactAt: string | null; revokedAt: string | null };
    const [first, second] = valueOf<Row[]>(await desk.invoke('office.listWorkstations', {}));
    expect(first).toMatchObject({ name: 'Front desk 1', enrolledByName: SETUP_INPUT.admin.fullName, revokedAt: null });
    expect(first.lastContactAt).not.toBeNull();
    valueOf(await desk.invoke('office.revokeWorkstation', { workstationId: second.id }));
    const after = valueOf<Row[]>(await desk.invoke('office.listWorkstations', {}));
    expect(after[1]).toMatchObject({ name: 'Front desk 2', enrolledByName: SETUP_INPUT.admin.fullName });
    expect(after[1].revokedAt).not.toBeNull();
  });

  it('on a standalone app: the mode is standalone, for the page to say so', async () => {
    const office = await offices.setUp();
    expect(await office.call('office.mode', {})).toEqual({ mode: 'standalone' });
  });
});
