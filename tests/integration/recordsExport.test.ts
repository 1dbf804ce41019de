import { BlobReader, TextWriter, ZipReader } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import type { AppDb } from '../../db/open';
import { recordTables } from '../../electron/services/export/exportTables';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const PASSPHRASE = 'correct-horse-battery-staple';

async function entriesOf(base64: string, password: string) {
  const reader = new ZipReader(new BlobReader(new Blob([Buffer.from(base64, 'base64')])), { password });
  const entries = await reader.getEntries();
  const files = new Map<string, string>();
  for (const entry of entries) if (!entry.directory && entry.filename.endsWith('.json')) files.set(entry.filename, await entry.getData(new TextWriter()));
  await reader.close();
  return { names: entries.map((e) => e.filename), encrypted: entries.every((e) => e.encrypted), files };
}

describe('records export', () => {
  it('holds every row of every record table, encrypted with the passphrase, and is audited', async () => {
    const office = await offices.setUp();
    await office.call('agencies.create', { agency: { name: 'Harbor House', kind: 'housing' } });
    const file = await office.call('export.records', { clientId: null, passphrase: PASSPHRASE });
    expect(file.fileName).toMatch(/\.zip$/);
    const { names, encrypted, files } = await entriesOf(file.base64, PASSPHRASE);
    expect(encrypted).toBe(true);
    expect(names).toContain('README.md');
    const sqlite = (office.sessions.requireActive().ctx.db as AppDb & { $client: import('better-sqlite3').Database }).$client;
    for (const table of recordTables(sqlite)) {
      expect(names).toContain(`csv/${table}.csv`);
      const rows = JSON.parse(files.get(`json/${table}.json`)!) as unknown[];
      const live = sqlite.prepare(`SELECT * FROM "${table}"`).all();
      // The export is audited after it is read, so the audit log has one row more now.
      if (table === 'audit_log' || table === 'audit_head') continue;
      expect(rows, table).toEqual(live);
    }
    await expect(entriesOf(file.base64, 'wrong-passphrase-123')).rejects.toThrow();
    const audit = await office.call('audit.list', { filter: { action: 'export.records' }, page: 1, pageSize: 10 });
    expect(audit.rows).toHaveLength(1);
  });

  it('refuses a short passphrase with a field error', async () => {
    const office = await offices.setUp();
    expect(await office.fail('export.records', { clientId: null, passphrase: 'short' })).toMatchObject({ code: 'VALIDATION', field: 'passphrase' });
  });
});
