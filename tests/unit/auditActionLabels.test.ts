import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditActionLabel, auditActionsOfKind } from '../../electron/api/audit/auditActions';

const SERVICES = fileURLToPath(new URL('../../electron/services', import.meta.url));

/** Every 'word.word' literal in the services' source: the audit actions, among field paths and file names. */
function dottedLiterals(): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(SERVICES, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of source.matchAll(/'([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)'/g)) found.add(match[1]);
  }
  return found;
}

/** The dotted literals that are not audit actions: input field paths named in errors, and file names. */
const NOT_ACTIONS = new Set([
  'admin.password',
  'agency.name',
  'appointment.addressId',
  'appointment.clientId',
  'appointment.officerId',
  'appointment.start',
  'assignment.officerId',
  'backup.json',
  'condition.courtCaseId',
  'credential.password',
  'credential.recoveryKey',
  'credential.username',
  'entry.conditionId',
  'package.json',
  'probation.db',
  'recurrence.until',
  'referral.agencyId',
  'response.responseDate',
  'response.sanction',
  'test.noteId',
  'vault.json',
  'violation.conditionId',
  'violation.severity',
]);

describe('audit action labels', () => {
  it('label every action the services write, so the log never shows a bare code', () => {
    const unlabeled = [...dottedLiterals()].filter((literal) => !NOT_ACTIONS.has(literal) && !Object.hasOwn(AUDIT_ACTIONS, literal));
    expect(unlabeled, 'add these to AUDIT_ACTIONS (electron/api/audit/auditActions.ts), or to NOT_ACTIONS if they are not actions').toEqual([]);
  });

  it('read as words, and put each action in exactly one kind', () => {
    expect(auditActionLabel('caseload.list')).toBe('Viewed a caseload');
    expect(auditActionLabel('caseNote.sign')).toBe('Signed a case note');
    expect(auditActionLabel('some.future')).toBe('some.future');
    const kinds = [...auditActionsOfKind('view'), ...auditActionsOfKind('change'), ...auditActionsOfKind('security')];
    expect(kinds.sort()).toEqual(Object.keys(AUDIT_ACTIONS).sort());
    expect(auditActionsOfKind('view')).toContain('client.view');
    expect(auditActionsOfKind('change')).toContain('appointment.outcome');
  });
});
