import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCheckpointFolder } from '../../electron/services/audit/auditCheckpoints';
import { buildOfficeFolder } from '../../scripts/seed/officeFolder';
import { useTempDirs } from '../fixtures/tempDirs';

const tempDir = useTempDirs();
const readdirNames = (dir: string) => readdirSync(dir).sort();

/** Stands in for the seeder: an office file in the staging folder and a checkpoint beside it, as sign-out writes. */
function writeOffice(staging: string, marker: string) {
  writeFileSync(path.join(staging, 'vault.json'), marker);
  mkdirSync(defaultCheckpointFolder(staging));
  writeFileSync(path.join(defaultCheckpointFolder(staging), 'audit-checkpoints.jsonl'), `${marker}\n`);
  return Promise.resolve();
}

describe('building a generated office in place', () => {
  it('moves the audit checkpoints with the office and leaves no staging folder behind', async () => {
    const office = path.join(tempDir('parent'), 'office');
    await buildOfficeFolder(office, false, (staging) => writeOffice(staging, 'first'));
    expect(readFileSync(path.join(defaultCheckpointFolder(office), 'audit-checkpoints.jsonl'), 'utf8')).toBe('first\n');

    await buildOfficeFolder(office, true, (staging) => writeOffice(staging, 'second'));
    expect(readFileSync(path.join(office, 'vault.json'), 'utf8')).toBe('second');
    // The replaced office's checkpoints would not match the new chain: they go with it.
    expect(readFileSync(path.join(defaultCheckpointFolder(office), 'audit-checkpoints.jsonl'), 'utf8')).toBe('second\n');
    expect(readdirNames(path.dirname(office))).toEqual(['office', 'office-audit-checkpoints']);
  });

  it('removes the staging folder and its checkpoints when the build fails', async () => {
    const office = path.join(tempDir('parent'), 'office');
    await expect(buildOfficeFolder(office, false, (staging) => writeOffice(staging, 'x').then(() => Promise.reject(new Error('disk full'))))).rejects.toThrow('disk full');
    expect(existsSync(office)).toBe(false);
    expect(readdirNames(path.dirname(office))).toEqual([]);
  });
});
