import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CourtReportType } from '../../electron/api/courtReports/courtReportsCodes';
import type { ChannelOutput } from '../../electron/api/contract';
import { REPORT_SECTION_KEYS, REPORT_TEXT_MAX, type ReportSection } from '../../electron/api/courtReports/courtReportsSchemas';
import { NONE_RECORDED } from '../../electron/services/courtReports/courtReportDocument';
import { auditRowsOf, caseRecordOffice, type CaseRecordOffice } from '../fixtures/caseRecord';
import { CONTROL, expectCleanDocx, expectRowsKeptWhole, RTL_ARABIC, RTL_HEBREW } from '../fixtures/docxChecks';
import { convertWithLibreOffice, paragraphTexts, pdfPageCount, pdfText, phraseAcrossPages, readDocxXml } from '../fixtures/docxReader';
import { daysAgo } from '../fixtures/intakeInput';
import { HISTORY, recordSupervisionHistory } from '../fixtures/reportHistory';
import { useTempDirs } from '../fixtures/tempDirs';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const tempDir = useTempDirs();
const READS_BACK = { timeout: 300_000 };
const PERIOD = { periodStart: daysAgo(30), periodEnd: daysAgo(0) };

type Report = ChannelOutput<'courtReports.create'>;

const sectionOf = (report: Report, key: string): ReportSection => {
  const found = report.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
};
const tableOf = (report: Report, key: string, title: string) => {
  const found = sectionOf(report, key).data.tables.find((t) => t.title === title);
  if (!found) throw new Error(`no table ${title} in ${key}`);
  return found;
};
const factOf = (report: Report, key: string, label: string) => sectionOf(report, key).data.facts.find((f) => f.label === label)?.value;

async function officeWithHistory(): Promise<CaseRecordOffice> {
  const office = await caseRecordOffice(offices);
  await recordSupervisionHistory(office);
  return office;
}

/** Olivia writes the recommendation and submits; Sam approves; Olivia is signed in again at the end. */
async function approved({ office, actAs }: CaseRecordOffice, report: Report, recommendation = 'Continue supervision as ordered.') {
  await office.call('courtReports.update', { reportId: report.id, narratives: {}, recommendation, courtDueDate: null });
  await office.call('courtReports.submit', { reportId: report.id });
  await actAs('sam');
  await office.call('courtReports.approve', { reportId: report.id, comment: '' });
  await actAs('olivia');
}

function saved(file: ChannelOutput<'courtReports.export'>) {
  const target = path.join(tempDir('court-report'), file.fileName);
  writeFileSync(target, Buffer.from(file.base64, 'base64'));
  return target;
}

describe('pre-fill from the record', () => {
  it('fills every report type from the client’s record, with tables as tables and only the period’s contacts and tests', READS_BACK, async () => {
    const office = await officeWithHistory();
    const { clientId } = office;
    const create = (reportType: CourtReportType) => office.office.call('courtReports.create', { clientId, reportType, ...PERIOD, courtDueDate: null });

    const psi = await create('psi');
    expect(psi.sections.map((s) => s.key)).toEqual(REPORT_SECTION_KEYS.psi);
    expect(factOf(psi, 'face_sheet', 'Name')).toBe('Jordan Lee Whitaker Jr.');
    expect(tableOf(psi, 'face_sheet', 'Court cases').rows[0]).toEqual(
      expect.arrayContaining(['CR-2024-00871', 'Riverside County Court of Common Pleas', 'Hon. R. Castillo', 'Guilty']),
    );
    expect(tableOf(psi, 'face_sheet', 'Offenses').rows.map((r) => r[2])).toEqual(['Theft', 'Obstructing official business']);
    expect(sectionOf(psi, 'offence').narrative).toContain("Defendant's statement:");
    // The offenses are on the face sheet; the offense section is the officer's account, not the table again.
    expect(sectionOf(psi, 'offence').data.tables).toEqual([]);
    expect(factOf(psi, 'criminal_history', 'Recorded at intake')).toBe('Two prior misdemeanor thefts (2016, 2019).');
    expect(tableOf(psi, 'substance_use', 'Drug tests in the period').rows).toEqual([[expect.any(String), 'Urine', 'Positive', 'THC', '']]);
    expect(tableOf(psi, 'employment', 'Employers').rows[0][0]).toBe('Riverside Tyre & Auto');
    expect(tableOf(psi, 'financial', 'Fees, fines and restitution').rows.at(-1)).toEqual(['Total', '$1,250.00', '$250.00', '$0.00', '$0.00', '$1,000.00']);
    expect(tableOf(psi, 'risk_needs', 'Risk and needs assessments').rows[0]).toEqual(expect.arrayContaining(['7', 'Medium', 'Employment, Substance use']));
    expect(tableOf(psi, 'recommendation', 'Conditions proposed').rows.length).toBeGreaterThan(2);

    const progress = await create('progress');
    expect(tableOf(progress, 'contacts_summary', 'Contacts in the period').rows).toEqual([
      ['Office visit', '3', '1'],
      ['Phone call', '1', '0'],
      ['Total', '4', '1'],
    ]);
    const conditions = tableOf(progress, 'condition_compliance', 'Conditions and compliance').rows;
    expect(conditions).toContainEqual(expect.arrayContaining(['Complete 80 hours of community service.', '10 of 80 hours']));
    expect(conditions).toContainEqual(expect.arrayContaining(['Pay restitution to the victim.', '$250.00 paid of $1,250.00']));
    expect(tableOf(progress, 'treatment_referrals', 'Referrals').rows).toEqual([[expect.any(String), HISTORY.agency, HISTORY.referralReason, expect.stringMatching(/^Made /), '']]);
    expect(tableOf(progress, 'plan_goals', 'Supervision plan goals').rows).toEqual([['Employment', HISTORY.goal, '', 'Open']]);
    expect(tableOf(progress, 'violations_responses', 'Violations').rows.map((r) => r[2])).toEqual([HISTORY.missedPlacement, HISTORY.positiveTest]);
    expect(tableOf(progress, 'violations_responses', 'Responses to violations').rows.map((r) => r[2])).toEqual(['Verbal warning', 'Graduated sanction']);
    // Stored codes print as the labels the screens use.
    expect(factOf(progress, 'supervision_summary', 'Supervision level')).toBe('Medium');
    expect(factOf(progress, 'supervision_summary', 'Status')).toBe('Active');
    expect(conditions).toContainEqual(expect.arrayContaining(['Pay restitution to the victim.', 'Special', 'In progress']));

    const violation = await create('violation');
    const violated = tableOf(violation, 'conditions_violated', 'Conditions violated').rows;
    expect(violated).toHaveLength(1);
    expect(violated[0][1]).toMatch(/drug/i);
    expect(violated[0].slice(2)).toEqual([HISTORY.positiveTest, 'Moderate', 'Responded']);
    expect(tableOf(violation, 'prior_violations', 'Prior violations').rows.map((r) => r[2])).toEqual([HISTORY.missedPlacement]);
    expect(sectionOf(violation, 'statement').data).toEqual({ facts: [], tables: [] });

    const termination = await create('termination');
    expect(tableOf(termination, 'conditions_status', 'Conditions and compliance').rows.length).toBe(conditions.length);
    expect(tableOf(termination, 'outstanding_balances', 'Fees, fines and restitution').rows.at(-1)?.at(-1)).toBe('$1,000.00');
    expect(factOf(termination, 'term_summary', 'Supervising officer')).toBe(office.staff.olivia.fullName);

    // Refresh picks up what was recorded since, and keeps the officer's text.
    await office.office.call('courtReports.update', {
      reportId: progress.id,
      narratives: { officer_assessment: 'Adjusting well.' },
      recommendation: 'Continue.',
      courtDueDate: daysAgo(-14),
    });
    await office.office.call('plan.addGoal', { clientId, goal: { needArea: 'housing', goal: 'Find a tenancy of his own.' } });
    const refreshed = await office.office.call('courtReports.refresh', { reportId: progress.id });
    expect(tableOf(refreshed, 'plan_goals', 'Supervision plan goals').rows).toHaveLength(2);
    expect(sectionOf(refreshed, 'officer_assessment').narrative).toBe('Adjusting well.');
    expect(refreshed).toMatchObject({ recommendation: 'Continue.', courtDueDate: daysAgo(-14) });
    expect(auditRowsOf(office.office, 'courtReport.create')).toHaveLength(4);
    expect(auditRowsOf(office.office, 'courtReport.refresh')).toHaveLength(1);
  });

  it('follows the office’s template: renamed, reordered sections with their boilerplate', async () => {
    const { office, actAs, clientId } = await caseRecordOffice(offices);
    await actAs('admin');
    const [, progressTemplate] = (await office.call('courtReports.templates', {})).filter((t) => t.reportType === 'termination' || t.reportType === 'progress');
    const sections = [...progressTemplate.sections]
      .reverse()
      .map((s) => (s.key === 'recommendation' ? { ...s, title: 'Disposition recommended', boilerplate: 'Discharge as completed.' } : s));
    await office.call('courtReports.updateTemplate', { reportType: progressTemplate.reportType, sections });
    expect(await office.fail('courtReports.updateTemplate', { reportType: 'termination', sections: sections.slice(1) })).toMatchObject({ code: 'VALIDATION', field: 'sections' });
    await actAs('olivia');
    expect(await office.fail('courtReports.updateTemplate', { reportType: progressTemplate.reportType, sections })).toMatchObject({ code: 'FORBIDDEN' });
    const report = await office.call('courtReports.create', { clientId, reportType: progressTemplate.reportType, ...PERIOD, courtDueDate: null });
    expect(report.sections[0]).toMatchObject({ key: 'recommendation', title: 'Disposition recommended' });
    expect(report.recommendation).toBe('Discharge as completed.');
  });
});

describe('review workflow', () => {
  it('moves a report through submit, return, resubmit, approval and export, refusing what each role may not do', READS_BACK, async () => {
    const office = await officeWithHistory();
    const { office: o, actAs, clientId, staff } = office;
    const report = await o.call('courtReports.create', { clientId, reportType: 'violation', ...PERIOD, courtDueDate: daysAgo(-10) });
    const edit = (recommendation: string) => ({ reportId: report.id, narratives: { statement: 'He admitted use.' }, recommendation, courtDueDate: daysAgo(-10) });

    expect(await o.fail('courtReports.submit', { reportId: report.id })).toMatchObject({
      code: 'VALIDATION',
      field: 'recommendation',
      message: 'Write the recommendation before submitting the report.',
    });
    expect(await o.fail('courtReports.update', { ...edit('x'), narratives: { nonsense: 'x' } })).toMatchObject({ code: 'VALIDATION', field: 'narratives.nonsense' });
    await o.call('courtReports.update', edit('Seven days in jail.'));
    await o.call('courtReports.submit', { reportId: report.id });
    expect(await o.fail('courtReports.update', edit('changed'))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/waiting for review/) });
    expect(await o.fail('courtReports.approve', { reportId: report.id, comment: '' })).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/supervisor or admin role/),
    });

    await actAs('oscar');
    expect(await o.fail('courtReports.get', { reportId: report.id })).toMatchObject({ code: 'FORBIDDEN', field: 'reportId' });
    await actAs('sam');
    expect(await o.fail('courtReports.update', edit('sam writes'))).toMatchObject({ code: 'CONFLICT' });
    expect((await o.call('courtReports.office', {})).awaitingReview.map((r) => r.id)).toEqual([report.id]);
    expect(await o.fail('courtReports.return', { reportId: report.id, comment: ' ' })).toMatchObject({ code: 'VALIDATION', field: 'comment' });
    await o.call('courtReports.return', { reportId: report.id, comment: 'Say which condition and add the test date.' });
    expect(await o.fail('courtReports.update', edit('sam writes'))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only the officer who wrote this report can change or submit it.',
    });
    expect(await o.fail('courtReports.export', { reportId: report.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'Only an approved report can be exported; this one is returned with comments.',
    });

    await actAs('olivia');
    const returned = await o.call('courtReports.get', { reportId: report.id });
    expect(returned).toMatchObject({ status: 'returned', reviewComments: [{ byId: staff.sam.id, action: 'returned', comment: 'Say which condition and add the test date.' }] });
    await o.call('courtReports.update', edit('Seven days in jail for the positive test on the drug-testing condition.'));
    await o.call('courtReports.submit', { reportId: report.id });
    await actAs('sam');
    const approvedReport = await o.call('courtReports.approve', { reportId: report.id, comment: 'Approved.' });
    expect(approvedReport).toMatchObject({ status: 'approved', approvedBy: staff.sam.id });
    expect(await o.fail('courtReports.approve', { reportId: report.id, comment: '' })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/this one is approved/) });

    await actAs('olivia');
    for (const [channel, input] of [
      ['courtReports.update', edit('after approval')],
      ['courtReports.refresh', { reportId: report.id }],
      ['courtReports.submit', { reportId: report.id }],
    ] as const) {
      expect(await o.fail(channel, input), channel).toMatchObject({ code: 'CONFLICT', message: 'Approved reports cannot be changed; start a new version.' });
    }
    // The database itself refuses, whatever code path tries.
    const raw = o.openRaw();
    expect(() => raw.prepare("UPDATE court_reports SET recommendation = 'tampered' WHERE id = ?").run(report.id)).toThrow(
      'Approved reports cannot be changed; start a new version.',
    );
    expect(() => raw.prepare("UPDATE court_reports SET status = 'draft' WHERE id = ?").run(report.id)).toThrow('Approved reports cannot be changed; start a new version.');
    expect(() => raw.prepare('DELETE FROM court_reports WHERE id = ?').run(report.id)).toThrow('Approved reports cannot be changed; start a new version.');

    const file = saved(await o.call('courtReports.export', { reportId: report.id }));
    const exported = await o.call('courtReports.get', { reportId: report.id });
    expect(exported).toMatchObject({ status: 'exported', exportedBy: staff.olivia.id, exportHash: createHash('sha256').update(readFileSync(file)).digest('hex') });
    expect(exported.recommendation).toBe('Seven days in jail for the positive test on the drug-testing condition.');
    for (const action of ['submit', 'return', 'approve', 'export']) expect(auditRowsOf(o, `courtReport.${action}`).length, action).toBeGreaterThan(0);
    expect(auditRowsOf(o, 'courtReport.submit')).toHaveLength(2);
    expect(auditRowsOf(o, 'courtReport.export')[0].detail).toContain(exported.exportHash);

    // A change after approval takes a new version: a draft copy, one version up; the approved one stays as it was.
    const v2 = await o.call('courtReports.newVersion', { reportId: report.id });
    expect(v2).toMatchObject({ status: 'draft', version: 2, previousVersionId: report.id, recommendation: exported.recommendation, authorId: staff.olivia.id });
    expect(await o.fail('courtReports.newVersion', { reportId: report.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'Version 2 of this report already exists; open it instead.',
    });
    expect(await o.fail('courtReports.newVersion', { reportId: v2.id })).toMatchObject({ code: 'CONFLICT' });
    expect((await o.call('courtReports.get', { reportId: v2.id })).versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'exported'],
      [2, 'draft'],
    ]);
    expect((await o.call('courtReports.forClient', { clientId })).map((r) => r.version)).toEqual([2, 1]);
    expect((await o.call('courtReports.office', {})).dueDates.map((r) => r.id)).toEqual([v2.id]);
  });

  it('lets nobody approve a report they wrote, a supervisor included', async () => {
    const { office, actAs, clientId } = await caseRecordOffice(offices);
    await actAs('sam');
    const report = await office.call('courtReports.create', { clientId, reportType: 'progress', ...PERIOD, courtDueDate: null });
    await office.call('courtReports.update', { reportId: report.id, narratives: {}, recommendation: 'Continue.', courtDueDate: null });
    await office.call('courtReports.submit', { reportId: report.id });
    expect(await office.fail('courtReports.approve', { reportId: report.id, comment: '' })).toMatchObject({
      code: 'FORBIDDEN',
      message: 'You cannot review a report you wrote; ask another supervisor to review it.',
    });
    await actAs('admin');
    expect(await office.call('courtReports.approve', { reportId: report.id, comment: '' })).toMatchObject({ status: 'approved' });
  });
});

describe('the .docx export', () => {
  const EXPECTED: Record<CourtReportType, string[]> = {
    // Labels, not stored codes; and column headings whole, never broken inside a word ("Adjustme nts").
    psi: [
      'Pre-sentence investigation',
      'Face sheet',
      'Criminal history',
      'Risk and needs assessment',
      'Theft',
      'Riverside Tyre & Auto',
      'Conditions proposed',
      'Felony',
      'Guilty',
      'Male',
      'Medium',
      'Adjustments',
      'Score',
    ],
    progress: ['Progress report', 'Compliance with conditions', 'Contacts in the period', 'Office visit', HISTORY.agency, HISTORY.goal, 'Violation', 'Medium', 'Active'],
    violation: ['Violation report', 'Conditions violated', HISTORY.positiveTest, 'Prior violations', HISTORY.missedPlacement, 'Recommended sanction', 'Moderate', 'Violation'],
    termination: ['Termination report', 'Conditions satisfied', 'Outstanding balances', '$1,000.00', 'Final recommendation'],
  };

  it('lays the document out on the paper the office chose: A4, or US Letter by default', async () => {
    const office = await caseRecordOffice(offices);
    const { office: o, clientId, actAs } = office;
    const pageSize = (file: string) => {
      const size = readDocxXml(file, 'word/document.xml').getElementsByTagName('w:pgSz')[0];
      return { width: size.getAttribute('w:w'), height: size.getAttribute('w:h') };
    };
    const report = await o.call('courtReports.create', { clientId, reportType: 'progress', ...PERIOD, courtDueDate: null });
    await approved(office, report);
    expect(pageSize(saved(await o.call('courtReports.export', { reportId: report.id })))).toEqual({ width: '12240', height: '15840' });

    await actAs('admin');
    const settings = await o.call('settings.get', {});
    expect(await o.fail('settings.updateOffice', { ...settings.office, currency: 'XYZ' })).toMatchObject({ code: 'VALIDATION', field: 'currency' });
    await o.call('settings.updateOffice', { ...settings.office, paperSize: 'a4' });
    await actAs('olivia');
    expect(pageSize(saved(await o.call('courtReports.export', { reportId: report.id })))).toEqual({ width: '11906', height: '16838' });

    await actAs('admin');
    await o.call('settings.updateOffice', { ...settings.office, paperSize: 'letter' });
    await actAs('olivia');
    expect(pageSize(saved(await o.call('courtReports.export', { reportId: report.id })))).toEqual({ width: '12240', height: '15840' });
  });

  it.each(Object.keys(EXPECTED) as CourtReportType[])('exports an approved %s report that validates and converts in LibreOffice', READS_BACK, async (reportType) => {
    const office = await officeWithHistory();
    const { office: o, clientId, staff } = office;
    const report = await o.call('courtReports.create', { clientId, reportType, ...PERIOD, courtDueDate: daysAgo(-7) });
    await approved(office, report, `Recommendation for the ${reportType} report.`);
    const file = saved(await o.call('courtReports.export', { reportId: report.id }));
    expect(path.basename(file)).toMatch(new RegExp(`^${reportType}-report-PD-\\d{4}-\\d+-v1\\.docx$`));
    expectCleanDocx(file);
    const header = paragraphTexts(readDocxXml(file, 'word/header1.xml')).join('\n');
    expect(header).toMatch(/^CONFIDENTIAL\nJordan Lee Whitaker Jr\. · Case PD-\d{4}-\d+ · Docket CR-2024-00871$/);
    expectRowsKeptWhole(file);
    const paragraphsOfBody = paragraphTexts(readDocxXml(file, 'word/document.xml'));
    for (const code of ['felony', 'misdemeanor', 'guilty', 'male', 'medium', 'active', 'moderate', 'minor']) expect(paragraphsOfBody).not.toContain(code);
    if (reportType === 'psi') {
      expect(paragraphsOfBody.filter((p) => p === 'Offenses')).toHaveLength(1);
      // A section with nothing from the record and no text says so, rather than standing as a bare heading.
      expect(paragraphsOfBody[paragraphsOfBody.indexOf('Sentencing options') + 1]).toBe(NONE_RECORDED);
    }

    const pdf = convertWithLibreOffice(file, tempDir('pdf'));
    const printed = pdfText(pdf);
    for (const phrase of [
      ...EXPECTED[reportType],
      'CONFIDENTIAL',
      'Riverside County Probation',
      `Recommendation for the ${reportType} report.`,
      'Prepared by',
      'Approved by',
      staff.olivia.fullName,
      staff.sam.fullName,
    ]) {
      expect(printed).toMatch(phraseAcrossPages(phrase));
    }
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(0);
    expect(printed).toContain(`Page ${pages} of ${pages}`);
  });

  it('stays valid with hostile text: control characters, markup, right-to-left scripts, emoji and a 100,000-character narrative', READS_BACK, async () => {
    const office = await caseRecordOffice(offices);
    const { office: o, clientId } = office;
    const report = await o.call('courtReports.create', { clientId, reportType: 'psi', ...PERIOD, courtDueDate: null });
    const filler = 'The defendant described his upbringing in detail. ';
    const long = `Start of the long narrative. ${filler.repeat(REPORT_TEXT_MAX / filler.length)}`.slice(0, REPORT_TEXT_MAX);
    const hostile = `Markup <b>bold</b> & "quotes" 'apos'${CONTROL}end\n${RTL_HEBREW}\n${RTL_ARABIC}\nEmoji 😀 👍🏽 🇺🇸`;
    await o.call('courtReports.update', { reportId: report.id, narratives: { personal_family: long, offence: hostile }, recommendation: hostile, courtDueDate: null });
    await o.call('courtReports.submit', { reportId: report.id });
    await office.actAs('sam');
    await o.call('courtReports.approve', { reportId: report.id, comment: '' });
    const file = saved(await o.call('courtReports.export', { reportId: report.id }));

    const xml = paragraphTexts(readDocxXml(file, 'word/document.xml')).join('\n');
    expect(xml).toContain(`Markup <b>bold</b> & "quotes" 'apos'end`);
    for (const phrase of [RTL_HEBREW, RTL_ARABIC, 'Emoji 😀 👍🏽 🇺🇸']) expect(xml).toContain(phrase);
    for (const control of CONTROL) expect(xml).not.toContain(control);
    expectCleanDocx(file);
    const pdf = convertWithLibreOffice(file, tempDir('pdf'));
    expect(pdfPageCount(pdf)).toBeGreaterThan(10);
    const printed = pdfText(pdf);
    for (const phrase of ['Markup <b>bold</b> & "quotes" \'apos\'end', RTL_HEBREW, RTL_ARABIC, '😀', 'Start of the long narrative.'])
      expect(printed).toMatch(phraseAcrossPages(phrase));
  });
});
