import dayjs from 'dayjs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput } from '../../electron/api/contract';
import { timelineQuery } from '../../electron/services/timeline/timeline';
import { timelineInputSchema } from '../../electron/api/timeline/timelineSchemas';
import { caseRecordOffice, drugTestInput, localTime, officeVisitNote, type CaseRecordOffice } from '../fixtures/caseRecord';
import { daysAgo } from '../fixtures/intakeInput';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
type Entry = ChannelOutput<'timeline.list'>['entries'][number];

/** One entry of every kind, a day apart, oldest (a note ten days ago) to newest (the plan changed today). */
async function recordOfEveryKind(staffed: CaseRecordOffice) {
  const { office, actAs, clientId, conditionIds } = staffed;
  await office.call('caseNotes.create', { clientId, note: officeVisitNote({ contactAt: localTime(10, '09:00') }) });
  await office.call('drugTests.create', { clientId, test: drugTestInput({ cocaine: 'positive', THC: 'dilute' }, { collectedAt: localTime(9, '08:00') }) });
  const violation = await office.call('violations.create', { clientId, violation: { violationDate: daysAgo(9), description: 'Positive for cocaine.', severity: 'major' } });
  await office.call('violations.respond', { violationId: violation.id, response: { responseDate: daysAgo(8), responseType: 'graduated_sanction', sanction: 'curfew' } });
  await office.call('compliance.addLedgerEntry', {
    clientId,
    entry: { entryDate: daysAgo(7), kind: 'payment', category: 'restitution', amountCents: 5_000, conditionId: conditionIds.restitution, reference: 'R-17' },
  });
  await office.call('compliance.logServiceHours', { clientId, entry: { conditionId: conditionIds.communityService, serviceDate: daysAgo(6), minutes: 180, agency: 'Food bank' } });
  await office.call('compliance.recordAttendance', { clientId, entry: { programmeName: 'Thinking for a Change', sessionDate: daysAgo(5), attendance: 'attended' } });
  await actAs('sam');
  const agency = await office.call('agencies.create', { agency: { name: 'Riverside Housing Trust', kind: 'housing' } });
  await actAs('olivia');
  const referral = await office.call('referrals.create', { clientId, referral: { agencyId: agency.id, referredOn: daysAgo(4), reason: 'Unstable housing.' } });
  await office.call('referrals.setStatus', { referralId: referral.id, status: 'accepted', statusDate: daysAgo(3) });
  const goal = await office.call('plan.addGoal', { clientId, goal: { needArea: 'housing', goal: 'Secure a stable tenancy.' } });
  await office.call('plan.updateGoal', { goalId: goal.id, goal: { needArea: 'housing', goal: 'Secure a stable tenancy.', status: 'in_progress' } });
}

const page = (office: CaseRecordOffice['office'], input: ChannelInput<'timeline.list'>) => office.call('timeline.list', input);
const kindsOf = (entries: Entry[]) => entries.map((e) => e.kind);
/** Whether `a` belongs after `b` in the timeline's order: time, then kind, then id, all descending. */
const comesAfter = (a: Entry, b: Entry) => (a.at !== b.at ? a.at < b.at : a.kind !== b.kind ? a.kind < b.kind : a.id < b.id);

describe("a client's timeline", () => {
  it('merges every kind of entry in one list, newest first, each with what it is about', async () => {
    const staffed = await caseRecordOffice(offices);
    await recordOfEveryKind(staffed);
    const { entries, nextCursor } = await page(staffed.office, { clientId: staffed.clientId });

    expect(kindsOf(entries)).toEqual([
      'plan_change',
      'plan_change',
      'referral_status',
      'referral',
      'program',
      'community_service',
      'ledger',
      'violation_response',
      'drug_test',
      'violation',
      'note',
    ]);
    expect(nextCursor).toBeNull();
    const [updated, created, status, referral, programme, hours, ledger, response, test, violation, note] = entries;
    expect(updated).toMatchObject({
      type: 'updated',
      status: 'in_progress',
      detail: 'housing',
      summary: 'Secure a stable tenancy.',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/),
    });
    expect(created).toMatchObject({ type: 'created', status: 'open' });
    expect(status).toMatchObject({ type: 'accepted', status: 'made', detail: 'Riverside Housing Trust', at: daysAgo(3) });
    expect(referral).toMatchObject({ type: 'housing', status: 'accepted', summary: 'Unstable housing.' });
    expect(programme).toMatchObject({ type: 'attended', detail: 'Thinking for a Change' });
    expect(hours).toMatchObject({ amount: 180, detail: 'Food bank', parentId: staffed.conditionIds.communityService });
    expect(ledger).toMatchObject({ type: 'payment', detail: 'restitution', amount: 5_000, summary: 'R-17' });
    expect(response).toMatchObject({ type: 'graduated_sanction', detail: 'curfew', parentId: violation.id });
    expect(test).toMatchObject({ type: 'urine', status: 'positive', summary: 'THC dilute, cocaine positive', at: localTime(9, '08:00') });
    expect(violation).toMatchObject({ type: 'major', status: 'responded', summary: 'Positive for cocaine.' });
    expect(note).toMatchObject({ type: 'office_visit', status: 'draft', detail: 'attended_complied', amount: 30, userId: staffed.staff.olivia.id });
    expect(note.summary.startsWith('Reported as directed.')).toBe(true);
  });

  it('filters by kind and by an inclusive date range, and pages without losing or repeating an entry', async () => {
    const staffed = await caseRecordOffice(offices);
    await recordOfEveryKind(staffed);
    const { office, clientId } = staffed;

    expect(kindsOf((await page(office, { clientId, kinds: ['note', 'drug_test', 'ledger'] })).entries)).toEqual(['ledger', 'drug_test', 'note']);
    expect(kindsOf((await page(office, { clientId, from: daysAgo(8), to: daysAgo(4) })).entries)).toEqual([
      'referral',
      'program',
      'community_service',
      'ledger',
      'violation_response',
    ]);
    expect(kindsOf((await page(office, { clientId, from: daysAgo(9), to: daysAgo(9) })).entries)).toEqual(['drug_test', 'violation']);
    expect(await office.fail('timeline.list', { clientId, from: daysAgo(2), to: daysAgo(3) })).toMatchObject({ code: 'VALIDATION', field: 'to' });

    const all = (await page(office, { clientId })).entries;
    const walked: Entry[] = [];
    let after: ChannelInput<'timeline.list'>['after'] = null;
    do {
      const next: ChannelOutput<'timeline.list'> = await page(office, { clientId, limit: 3, after });
      walked.push(...next.entries);
      after = next.nextCursor;
    } while (after);
    expect(walked).toEqual(all);
  });

  it('pages through thousands of entries in order, each kind read through its (client, date) index', async () => {
    const { office, staff, clientId, oscarsClientId } = await caseRecordOffice(offices);
    const raw = office.openRaw();
    const insertNote = raw.prepare(
      "INSERT INTO case_notes (client_id, author_id, contact_type, contact_at, outcome, narrative, is_late_entry) VALUES (?, ?, 'phone', ?, 'attended_complied', 'Weekly call.', 0)",
    );
    const insertPayment = raw.prepare("INSERT INTO ledger_entries (client_id, entry_date, kind, category, amount_cents, recorded_by) VALUES (?, ?, 'payment', 'fees', 1000, ?)");
    raw.transaction(() => {
      for (let i = 0; i < 3_000; i += 1) {
        const at = dayjs().subtract(i * 7, 'hour');
        insertNote.run(clientId, staff.olivia.id, at.format('YYYY-MM-DDTHH:mm'));
        insertNote.run(oscarsClientId, staff.oscar.id, at.format('YYYY-MM-DDTHH:mm'));
        if (i % 3 === 0) insertPayment.run(clientId, at.format('YYYY-MM-DD'), staff.olivia.id);
      }
    })();

    const seen = new Set<string>();
    let previous: Entry | undefined;
    let after: ChannelInput<'timeline.list'>['after'] = null;
    do {
      const next: ChannelOutput<'timeline.list'> = await page(office, { clientId, limit: 200, after });
      for (const entry of next.entries) {
        if (previous) expect(comesAfter(entry, previous)).toBe(true);
        seen.add(`${entry.kind} ${entry.id}`);
        previous = entry;
      }
      after = next.nextCursor;
    } while (after);
    expect(seen.size).toBe(4_000);

    const { ctx } = office.sessions.requireActive();
    const plan = ctx.db.all<{ detail: string }>(sql`explain query plan ${timelineQuery(timelineInputSchema.parse({ clientId, limit: 50 }))}`).map((row) => row.detail);
    expect(plan).toContain('SEARCH case_notes USING INDEX case_notes_client_contact (client_id=? AND contact_at>? AND contact_at<?)');
    expect(plan).toContain('SEARCH ledger_entries USING INDEX ledger_entries_client_date (client_id=? AND entry_date>? AND entry_date<?)');
    expect(plan.filter((step) => /^SCAN (case_notes|ledger_entries|drug_tests|violations)\b/.test(step))).toEqual([]);
  });
});
