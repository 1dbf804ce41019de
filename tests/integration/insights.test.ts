import { writeFileSync } from 'node:fs';
import path from 'node:path';
import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../electron/api/contract';
import { convertWithLibreOffice, docxFields, pdfText, validateDocx } from '../fixtures/docxReader';
import { daysAgo } from '../fixtures/intakeInput';
import { insightsOffice, type InsightsOffice } from '../fixtures/insightsOffice';
import { makeTempDir } from '../fixtures/tempDirs';
import { useTempOffices } from '../fixtures/tempOffice';

type Page = ChannelOutput<'insights.page'>;
const offices = useTempOffices();
const RANGE = { from: daysAgo(29), to: daysAgo(0) };

/** One number of a figure by row key and series key. */
const value = (page: Page, figure: string, row: string, series: string) => {
  const found = page.figures.find((f) => f.id === figure);
  if (!found) throw new Error(`no figure ${figure}`);
  const r = found.rows.find((x) => x.key === row);
  return r ? r.values[series] : undefined;
};

describe('insights figures on a hand-built office', () => {
  let built: InsightsOffice;
  let olivia: Page;
  let team: Page;
  let behind: ChannelOutput<'insights.records'>;
  let refusals: unknown[];
  let docx: ChannelOutput<'insights.monthlyReport'>;
  let csv: string;

  beforeAll(async () => {
    built = await insightsOffice(offices);
    await built.actAs('olivia');
    olivia = await built.office.call('insights.page', { scope: 'mine', officerId: null, ...RANGE });
    await built.actAs('sam');
    team = await built.office.call('insights.page', { scope: 'office', officerId: null, ...RANGE });
    behind = await built.office.call('insights.records', {
      filter: { scope: 'office', officerId: null, ...RANGE },
      figure: 'contactsByOfficer',
      row: String(built.staff.olivia.id),
      series: 'made',
    });
    const month = { filter: { scope: 'office' as const, officerId: null }, month: dayjs().format('YYYY-MM') };
    docx = await built.office.call('insights.monthlyReport', { ...month, format: 'docx' });
    csv = Buffer.from((await built.office.call('insights.monthlyReport', { ...month, format: 'csv' })).base64, 'base64').toString('utf8');
    // The office is shared by this block's tests (the temp-office helper closes it after the first), so every call is made here.
    await built.actAs('olivia');
    refusals = [
      await built.office.fail('insights.page', { scope: 'team', officerId: null, ...RANGE }),
      await built.office.fail('insights.page', { scope: 'mine', officerId: built.staff.oscar.id, ...RANGE }),
      await built.office.fail('insights.page', { scope: 'mine', officerId: null, from: RANGE.to, to: RANGE.from }),
    ];
  }, 120_000);

  it("counts an officer's caseload by level and status, closed cases left out", () => {
    expect(value(olivia, 'caseload', 'medium', 'active')).toBe(2); // Ann and Eve
    expect(value(olivia, 'caseload', 'high', 'active')).toBe(1); // Ben
    expect(value(olivia, 'caseload', 'low', 'active')).toBe(0);
    expect(value(team, 'caseload', 'low', 'active')).toBe(1); // Cal, on Oscar's caseload
  });

  it('counts face-to-face contacts made against the standards per officer, side by side', () => {
    const o = String(built.staff.olivia.id);
    const c = String(built.staff.oscar.id);
    expect(value(team, 'contactsByOfficer', o, 'made')).toBe(4);
    expect(value(team, 'contactsByOfficer', c, 'made')).toBe(2);
    // Ann and Eve, medium 2 per 30 days over 30 days: 2 each; Ben, high 4 per 30 days over his 11 days: 44/30.
    expect(value(team, 'contactsByOfficer', o, 'required')).toBeCloseTo(4 + 44 / 30, 2);
    // Cal, low 1 per 90 days over 30 days.
    expect(value(team, 'contactsByOfficer', c, 'required')).toBeCloseTo(30 / 90, 2);
  });

  it('shows 12 months of contacts, the month of the note 60 days ago among them', () => {
    const trend = olivia.figures.find((f) => f.id === 'contactTrend')!;
    expect(trend.rows).toHaveLength(12);
    expect(trend.rows.reduce((sum, r) => sum + (r.values.made ?? 0), 0)).toBe(5);
    // The whole office's trend is read month by month from its own index: Olivia's 5 and Cal's 2, in their months.
    const office = team.figures.find((f) => f.id === 'contactTrend')!;
    const madeIn = (trendRows: typeof office.rows, daysBack: number) => trendRows.find((r) => r.key === daysAgo(daysBack).slice(0, 7))?.values.made;
    expect(office.rows.reduce((sum, r) => sum + (r.values.made ?? 0), 0)).toBe(7);
    expect(madeIn(office.rows, 60)).toBe(madeIn(trend.rows, 60));
  });

  it("requires of each month's days, counted from each supervision start, the contacts the client's level asks for", () => {
    /** The days of a calendar month from the later of its first day and a supervision start, by calendar dates. */
    const daysOf = (month: string, start: string) => {
      if (start.slice(0, 7) > month) return 0;
      const firstDay = start.slice(0, 7) === month ? Number(start.slice(8, 10)) : 1;
      return dayjs(`${month}-01`).daysInMonth() - firstDay + 1;
    };
    const trend = olivia.figures.find((f) => f.id === 'contactTrend')!;
    // Ann (400 days) and Eve (300 days) at medium, 2 per 30 days; Ben (10 days) at high, 4 per 30 days.
    for (const row of trend.rows) {
      const expected = (2 * daysOf(row.key, daysAgo(400)) + 2 * daysOf(row.key, daysAgo(300)) + 4 * daysOf(row.key, daysAgo(10))) / 30;
      expect(row.values.required).toBeCloseTo(expected, 2);
    }
    expect(trend.rows[0].values.required).toBeGreaterThan(0);
  });

  it('counts clients overdue on contact standards today', () => {
    const o = String(built.staff.olivia.id);
    // Ann and Eve have never had a home visit (the first-home-visit rule); Ben had his within the rules.
    expect(value(olivia, 'contactStandards', o, 'overdue')).toBe(2);
    expect(value(olivia, 'contactStandards', o, 'met')).toBe(1);
  });

  it('counts violations by the condition violated and the responses chosen', () => {
    expect(value(olivia, 'violationsByType', 'drug_testing', 'violations')).toBe(1);
    expect(value(olivia, 'responsesByType', 'verbal_warning', 'responses')).toBe(1);
    expect(value(olivia, 'responsesByType', 'written_warning', 'responses')).toBe(0);
  });

  it('counts drug tests by result and by substance with the positivity rate', () => {
    expect(value(olivia, 'drugTestsByResult', 'negative', 'tests')).toBe(1);
    expect(value(olivia, 'drugTestsByResult', 'positive', 'tests')).toBe(1);
    expect(value(olivia, 'drugTestsBySubstance', 'THC', 'tested')).toBe(2);
    expect(value(olivia, 'drugTestsBySubstance', 'THC', 'positive')).toBe(1);
    expect(value(olivia, 'drugTestsBySubstance', 'THC', 'rate')).toBe(50);
    expect(value(olivia, 'drugTestsBySubstance', 'cocaine', 'rate')).toBe(0);
  });

  it('sums community-service hours and restitution ordered and done', () => {
    // Ann, Ben and Eve each have the intake's 80-hour condition; Dee is closed.
    expect(value(olivia, 'serviceHours', 'ordered', 'hours')).toBe(240);
    expect(value(olivia, 'serviceHours', 'completed', 'hours')).toBe(5);
    expect(value(olivia, 'serviceHours', 'inRange', 'hours')).toBe(3);
    expect(value(olivia, 'restitution', 'ordered', 'amount')).toBe(125_000);
    expect(value(olivia, 'restitution', 'collected', 'amount')).toBe(25_000);
    expect(value(olivia, 'restitution', 'inRange', 'amount')).toBe(20_000);
  });

  it('counts referrals made and completed by kind of agency', () => {
    expect(value(olivia, 'referrals', 'housing', 'made')).toBe(1);
    expect(value(olivia, 'referrals', 'housing', 'completed')).toBe(1);
  });

  it('counts intakes, transfers and closures by month, and closures by reason', () => {
    const movements = olivia.figures.find((f) => f.id === 'movements')!;
    const total = (series: string) => movements.rows.reduce((sum, r) => sum + (r.values[series] ?? 0), 0);
    expect(total('intakes')).toBe(1); // Ben
    expect(total('transfers')).toBe(1); // Eve
    expect(total('closures')).toBe(1); // Dee
    expect(value(olivia, 'closureReasons', 'completed', 'closures')).toBe(1);
  });

  it('counts court reports due, on time and late, and the turnaround to approval', () => {
    expect(value(olivia, 'courtReports', 'progress', 'due')).toBe(1);
    expect(value(olivia, 'courtReports', 'progress', 'late')).toBe(1);
    expect(value(olivia, 'courtReports', 'psi', 'onTime')).toBe(1);
    expect(value(olivia, 'courtReports', 'psi', 'started')).toBe(1);
    expect(value(olivia, 'reportTurnaround', 'psi', 'approved')).toBe(1);
    expect(value(olivia, 'reportTurnaround', 'psi', 'days')).toBe(0);
    expect(value(olivia, 'reportTurnaround', 'progress', 'days')).toBeNull();
  });

  it('lists the clients behind a number', () => {
    expect(behind.rows.map((r) => [r.client.firstName, r.records])).toEqual([
      ['Ann', 3],
      ['Ben', 1],
    ]);
  });

  it("refuses an officer the team's or another officer's figures, and says which field is wrong", () => {
    expect(refusals).toMatchObject([
      { code: 'FORBIDDEN', field: 'scope' },
      { code: 'FORBIDDEN', field: 'officerId' },
      { code: 'VALIDATION', field: 'to' },
    ]);
  });

  it('exports the month as a valid Word document that LibreOffice opens, with Page X of Y', () => {
    const dir = makeTempDir('monthly');
    const file = path.join(dir, docx.fileName);
    writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    expect(docx.fileName).toBe(`monthly-statistics-${dayjs().format('YYYY-MM')}.docx`);
    expect(validateDocx(file)).toMatchObject({ status: 0 });
    expect(
      docxFields(file)
        .map((f) => f.instruction)
        .sort(),
    ).toEqual(['NUMPAGES', 'PAGE']);
    const text = pdfText(convertWithLibreOffice(file, dir));
    expect(text).toContain('Riverside County Probation');
    expect(text).toContain('Monthly Statistical Report');
    expect(text).toContain('Drug tests by substance');
  }, 180_000);

  it('exports the month as CSV, one line per number', () => {
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('figure,row,column,unit,value');
    expect(lines).toContain('Caseload by supervision level and status,High,Active,count,1');
    expect(lines).toContain('Restitution,Ordered,Amount,cents,125000');
  });
});
