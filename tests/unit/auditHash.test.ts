import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashAuditRow } from '../../electron/services/audit/auditChain';

const row = {
  id: 7,
  ts: '2025-03-03T09:00:00.000Z',
  userId: 2,
  username: 'olivia',
  action: 'client.view',
  entity: 'client',
  entityId: '41',
  outcome: 'success' as const,
  detail: '',
  workstation: null as string | null,
  prevHash: GENESIS_HASH,
};

describe('hashAuditRow', () => {
  it('is a stable SHA-256 of the row', () => {
    expect(hashAuditRow(row)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditRow({ ...row })).toBe(hashAuditRow(row));
  });

  it.each<[keyof typeof row, unknown]>([
    ['id', 8],
    ['ts', '2025-03-03T09:00:00.001Z'],
    ['userId', null],
    ['username', 'oliviA'],
    ['action', 'client.update'],
    ['entity', 'user'],
    ['entityId', '42'],
    ['outcome', 'failure'],
    ['detail', ' '],
    ['prevHash', '1'.repeat(64)],
    ['workstation', 'Front desk'],
  ])('changes when %s changes', (field, value) => {
    expect(hashAuditRow({ ...row, [field]: value })).not.toBe(hashAuditRow(row));
  });

  it('hashes a row without a workstation as rows were hashed before workstations were recorded', () => {
    const before = JSON.stringify([row.id, row.ts, row.userId, row.username, row.action, row.entity, row.entityId, row.outcome, row.detail]);
    expect(hashAuditRow(row)).toBe(createHash('sha256').update(row.prevHash).update('\n').update(before).digest('hex'));
  });

  it('keeps fields apart, so text cannot move from one field into the next', () => {
    expect(hashAuditRow({ ...row, entity: 'client', entityId: '41' })).not.toBe(hashAuditRow({ ...row, entity: 'client4', entityId: '1' }));
  });
});
