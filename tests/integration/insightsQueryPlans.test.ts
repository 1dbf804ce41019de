import type Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { watchQueries } from '../../db/statementCache';
import { FIGURES } from '../../electron/services/insights/figureCatalog';
import { daysAgo } from '../fixtures/intakeInput';
import { insightsOffice, type InsightsOffice } from '../fixtures/insightsOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const RANGE = { from: daysAgo(29), to: daysAgo(0) };
/** The tables that grow with the office's history: a query must reach their rows through an index. */
const LARGE_TABLES = ['case_notes', 'appointments'];

/** Words that can follow a table's name without being its alias. */
const SQL_WORDS = new Set(['where', 'inner', 'left', 'cross', 'join', 'on', 'order', 'group', 'limit', 'union', 'indexed', 'not']);

interface Statement {
  sql: string;
  args: unknown[];
}

/** Runs `act` with every statement the signed-in session's connection executes recorded, as drizzle sends it. */
async function statementsOf(built: InsightsOffice, act: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const stop = watchQueries(built.office.sessions.requireActive().ctx.db, (sql, args) => seen.push({ sql, args }));
  try {
    await act();
  } finally {
    stop();
  }
  return seen.filter((s) => /^\s*(select|with)\b/i.test(s.sql));
}

/** The plan lines that read a large table (by name or by the alias the query gives it) without an index search. */
function fullScans(raw: Database.Database, statement: Statement): string[] {
  const names = new Set(LARGE_TABLES);
  for (const table of LARGE_TABLES) {
    for (const match of statement.sql.matchAll(new RegExp(`\\b"?${table}"?\\s+(?:as\\s+)?"?(\\w+)"?`, 'gi'))) {
      if (!SQL_WORDS.has(match[1].toLowerCase())) names.add(match[1].toLowerCase());
    }
  }
  const plan = raw.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.args) as { detail: string }[];
  return plan.map((row) => row.detail).filter((detail) => /^SCAN\s/.test(detail) && names.has(detail.split(/\s+/)[1].replace(/"/g, '').toLowerCase()));
}

describe('insights and opportunities query plans', () => {
  let built: InsightsOffice;
  const statements: Statement[] = [];

  beforeAll(async () => {
    built = await insightsOffice(offices);
    const { office } = built;
    await built.actAs('sam');
    statements.push(
      ...(await statementsOf(built, async () => {
        for (const scope of ['mine', 'team', 'office'] as const) await office.call('insights.page', { scope, officerId: null, ...RANGE });
        await office.call('insights.page', { scope: 'office', officerId: built.staff.olivia.id, ...RANGE });
        // Each series' drill-down, on its figure's first row.
        const page = await office.call('insights.page', { scope: 'office', officerId: null, ...RANGE });
        for (const def of FIGURES) {
          const figure = page.figures.find((f) => f.id === def.id)!;
          const row = figure.rows[0]?.key;
          for (const series of row ? def.series.filter((s) => s.source) : []) {
            await office.call('insights.records', { filter: { scope: 'office', officerId: null, ...RANGE }, figure: def.id, row, series: series.key });
          }
        }
        for (const kind of ['earlyDischarge', 'lowerLevel'] as const) await office.call('insights.opportunities', { scope: 'office', officerId: null, kind });
        await office.call('insights.monthlyReport', { filter: { scope: 'office', officerId: null }, month: dayjs().format('YYYY-MM'), format: 'csv' });
        await office.call('insights.courtDates', {});
      })),
    );
  }, 120_000);

  it('reads case notes and appointments through their indexes, never by scanning them', () => {
    const raw = built.office.openRaw();
    const reading = statements.filter((s) => LARGE_TABLES.some((table) => s.sql.includes(table)));
    // The contact figures, the standings and the court dates all read these tables: the capture must have seen them.
    expect(reading.filter((s) => s.sql.includes('case_notes')).length).toBeGreaterThan(5);
    expect(reading.some((s) => s.sql.includes('appointments'))).toBe(true);
    // The check itself sees a scan when there is one.
    expect(fullScans(raw, { sql: 'select count(*) from case_notes n where n.narrative like ?', args: ['%x%'] })).toEqual(['SCAN n']);
    const scans = reading.flatMap((s) => fullScans(raw, s).map((detail) => `${detail} in: ${s.sql}`));
    expect(scans).toEqual([]);
  });
});
