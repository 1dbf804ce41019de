import type Database from 'better-sqlite3';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_KIB, type AppDb } from '../../db/open';
import { watchQueries } from '../../db/statementCache';
import { assessments, caseNotes, clients, users } from '../../db/schema';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { listCaseload } from '../../electron/services/clients/caseload';
import { caseloadInputSchema } from '../../electron/api/clients/clientsSchemas';
import { clientStandings, STANDARDS_APPLY_TO } from '../../electron/services/contactStandards/clientStandings';
import { defaultContactStandards, type ContactStandards } from '../../electron/api/contactStandards/contactStandardsSchemas';
import { evaluateStanding, QUALIFYING_OUTCOMES } from '../../electron/services/contactStandards/standing';
import type { ServiceContext } from '../../electron/services/context';
import { scheduleDashboard } from '../../electron/services/schedule/dashboard';
import { addDays, dateInZone, officeTimeZone } from '../../electron/services/schedule/officeTime';
import { writeSetting } from '../../electron/services/settings/settings';
import { DEMO_PASSWORD } from '../../scripts/seed/demoOffice';
import { MIGRATIONS_FOLDER, seedOffice } from '../../scripts/seed/seedOffice';
import { makeTempDir, removeDir } from '../fixtures/tempDirs';
import { FAST_KDF_ITERATIONS } from '../fixtures/tempOffice';

/** A seeded office as `npm run seed` makes it, small enough for a test: years of notes, a calendar, level changes. */
const CLIENTS = 40;
const TODAY = '2026-06-30';

const sqliteOf = (db: AppDb) => (db as AppDb & { $client: Database.Database }).$client;

/** The standing as standing.ts defines it: evaluated on every signed contact that took place, the whole history. */
function standingFromWholeHistory(db: AppDb, clientId: number, now: Date, standards: ContactStandards) {
  const client = db.select().from(clients).where(eq(clients.id, clientId)).get()!;
  if (!STANDARDS_APPLY_TO.includes(client.status)) return undefined;
  const contacts = db
    .select({ contactAt: caseNotes.contactAt, contactType: caseNotes.contactType })
    .from(caseNotes)
    .where(and(eq(caseNotes.clientId, clientId), eq(caseNotes.status, 'signed'), inArray(caseNotes.outcome, QUALIFYING_OUTCOMES)))
    .all()
    .map((c) => ({ date: c.contactAt.slice(0, 10), contactType: c.contactType }));
  const levelHistory = db.select({ date: assessments.assessedOn, level: assessments.chosenLevel }).from(assessments).where(eq(assessments.clientId, clientId)).all();
  const today = dateInZone(now, officeTimeZone(db));
  return evaluateStanding({ today, level: client.supervisionLevel, levelHistory, intakeDate: client.supervisionStartDate, contacts }, standards);
}

/** Stricter than any office is likely to set: windows longer than the latest few contacts reach, several home visits. */
const demanding: ContactStandards = {
  ...defaultContactStandards,
  levels: {
    low: { faceToFace: { count: 2, periodDays: 180 }, homeVisits: { count: 1, periodDays: 365 } },
    medium: { faceToFace: { count: 6, periodDays: 60 }, homeVisits: { count: 3, periodDays: 120 } },
    high: { faceToFace: { count: 12, periodDays: 45 }, homeVisits: { count: 4, periodDays: 90 } },
    very_high: { faceToFace: { count: 20, periodDays: 30 }, homeVisits: { count: 8, periodDays: 60 } },
  },
  faceToFaceTypes: ['office_visit', 'home_visit', 'field_visit'],
};

describe('a seeded office read at scale', () => {
  let dataDir: string;
  let sessions: SessionManager;
  let ctx: ServiceContext;

  beforeAll(async () => {
    dataDir = makeTempDir('scale-reads');
    await seedOffice({ dataDir, clients: CLIENTS, password: DEMO_PASSWORD, today: TODAY, kdfIterations: FAST_KDF_ITERATIONS, bulk: true, appointments: 600 });
    sessions = new SessionManager({ dataDir, migrationsFolder: MIGRATIONS_FOLDER, kdfIterations: FAST_KDF_ITERATIONS });
    await sessions.login('admin', DEMO_PASSWORD);
    ctx = sessions.requireActive().ctx;
  }, 300_000);

  afterAll(() => {
    sessions?.shutdown();
    if (dataDir) removeDir(dataDir);
  });

  /** Runs `reads`, explaining every statement they run with the values it ran with: "plan   ← statement". */
  function explainedPlans(reads: () => void): string[] {
    const sqlite = sqliteOf(ctx.db);
    const plans: string[] = [];
    const stop = watchQueries(ctx.db, (source, params) => {
      if (!/^\s*(select|with)/i.test(source)) return;
      const detail = sqlite.prepare(`explain query plan ${source}`).all(...params) as { detail: string }[];
      plans.push(...detail.map((row) => `${row.detail}   ← ${source.slice(0, 120)}`));
    });
    try {
      reads();
    } finally {
      stop();
    }
    return plans;
  }

  it('gives every client the same contact standing as evaluating their whole history', () => {
    const ids = ctx.db
      .select({ id: clients.id })
      .from(clients)
      .orderBy(asc(clients.id))
      .all()
      .map((c) => c.id);
    const seen = new Set<string>();
    // The seed's today, a day whose later notes are in the future, and a year back; the office's standards and demanding ones.
    for (const standards of [defaultContactStandards, demanding]) {
      writeSetting(ctx.db, 'contactStandards', standards, new Date(), null);
      for (const date of [TODAY, addDays(TODAY, -45), addDays(TODAY, -365)]) {
        const now = new Date(`${date}T15:00:00Z`);
        const fast = clientStandings(ctx.db, ids, now);
        for (const id of ids) {
          const expected = standingFromWholeHistory(ctx.db, id, now, standards);
          expect(fast.get(id), `client ${id} on ${date}`).toEqual(expected);
          if (expected) seen.add(`${expected.status}:${expected.requirements.map((r) => r.counted).join(',')}`);
        }
      }
    }
    writeSetting(ctx.db, 'contactStandards', defaultContactStandards, new Date(), null);
    // The comparison covered every status, and contact counts beyond the few latest contacts a due date needs.
    expect([...seen].some((key) => key.startsWith('met'))).toBe(true);
    expect([...seen].some((key) => key.startsWith('overdue'))).toBe(true);
    expect([...seen].some((key) => key.startsWith('due_soon'))).toBe(true);
    expect(
      [...seen].some((key) =>
        key
          .split(/[:,]/)
          .slice(1)
          .some((n) => Number(n) > 4),
      ),
    ).toBe(true);
  });

  it('serves caseload pages, filters, sorts, name search and the dashboard without scanning notes or appointments', () => {
    const plans = explainedPlans(() => {
      const officer = ctx.db.select().from(users).where(eq(users.role, 'officer')).get()!;
      const supervisor = ctx.db.select().from(users).where(eq(users.role, 'supervisor')).get()!;
      const inputs = [
        { scope: 'all' },
        { scope: 'all', sort: 'officer', page: 2, pageSize: 10 },
        { scope: 'all', sort: 'status', direction: 'desc' },
        { scope: 'all', sort: 'level' },
        { scope: 'all', sort: 'caseNumber' },
        { scope: 'all', sort: 'startDate', statuses: ['active', 'intake'], levels: ['high'] },
        { scope: 'all', officerId: officer.id },
        { scope: 'all', search: 'sm' },
        { scope: 'all', search: 'john sm' },
        { scope: 'all', search: 'PD-2026' },
        { scope: 'team' },
      ];
      for (const input of inputs) listCaseload({ ...ctx, actor: supervisor }, caseloadInputSchema.parse(input));
      listCaseload({ ...ctx, actor: officer }, caseloadInputSchema.parse({ scope: 'mine' }));
      scheduleDashboard({ ...ctx, actor: officer }, { scope: 'mine', officerId: null });
      scheduleDashboard({ ...ctx, actor: supervisor }, { scope: 'team', officerId: null });
    });
    expect(plans.length).toBeGreaterThan(20);
    expect(plans.filter((line) => /\bSCAN (case_notes|appointments)\b/.test(line))).toEqual([]);
    // The standing reads contacts from the index alone, never the notes with their narratives.
    expect(plans.filter((line) => /SEARCH case_notes USING INDEX/.test(line))).toEqual([]);
  });

  it('pages the caseload by name and by officer in the order of an index, sorting no page', () => {
    const supervisor = ctx.db.select().from(users).where(eq(users.role, 'supervisor')).get()!;
    const plans = explainedPlans(() => {
      for (const sort of ['name', 'officer'] as const) {
        for (const direction of ['asc', 'desc'] as const) {
          listCaseload({ ...ctx, actor: supervisor }, caseloadInputSchema.parse({ scope: 'all', sort, direction, page: 2, pageSize: 10 }));
        }
      }
    });
    const pageReads = plans.filter((line) => line.includes('"clients"."case_number"'));
    expect(pageReads.length).toBeGreaterThan(0);
    // Descending by name, clients of the same name still come by id ascending: SQLite sorts only each such group (LAST TERM).
    expect(pageReads.filter((line) => /TEMP B-TREE FOR (ORDER BY|LAST \d+ TERMS)/.test(line))).toEqual([]);
  });

  it('opens the office with a page cache sized for it and full durability in WAL mode', () => {
    const sqlite = sqliteOf(ctx.db);
    expect(sqlite.pragma('cache_size', { simple: true })).toBe(-CACHE_KIB);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
