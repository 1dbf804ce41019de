import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/api/errors';
import type { AuditPage } from '../../electron/api/audit/auditWire';
import { ADMIN_PASSWORD, useOfficeHosts } from '../fixtures/officeHostRun';

const startOfficeHost = useOfficeHosts();

const valueOf = <T>(result: ApiResult<unknown>) => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

describe('office host integrity', () => {
  it('names the workstation on every audit row a call from it writes, and the host for what happens at its console; the chain verifies', async () => {
    const run = await startOfficeHost();
    const frontDesk = await run.enrol('Front desk');
    valueOf(await frontDesk.invoke('auth.login', { username: 'admin', password: ADMIN_PASSWORD }));
    valueOf(await frontDesk.invoke('office.createEnrollmentCode', { workstationName: 'Back office' }));

    const page = valueOf<AuditPage>(await frontDesk.invoke('audit.list', { filter: {}, page: 1, pageSize: 500 }));
    const byAction = (action: string) => page.rows.filter((row) => row.action === action).map((row) => row.workstation);
    expect(byAction('office.createEnrollmentCode')).toEqual(['Front desk', 'office host']);
    expect(byAction('auth.login').slice(0, 2)).toEqual(['Front desk', 'office host']);
    // Rows from before the host (the office's set-up in the test fixture) name no workstation and still verify.
    expect(page.rows.at(-1)?.workstation).toBeNull();
    expect(valueOf<{ ok: boolean }>(await frontDesk.invoke('audit.verify', {})).ok).toBe(true);

    const exported = valueOf<{ content: string }>(await frontDesk.invoke('audit.export', { filter: {} }));
    expect(exported.content.split('\n')[0]).toContain('workstation');
    expect(exported.content).toContain('Front desk');
  });
});
