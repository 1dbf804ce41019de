import dayjs from 'dayjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNoteInputSchema, noteFieldsSchema } from '../../electron/api/caseNotes/caseNotesSchemas';
import { dashboardInputSchema } from '../../electron/api/schedule/scheduleSchemas';
import { withReferenceClock } from '../../electron/api/shared/fieldSchemas';
import { createNote } from '../../electron/services/caseNotes/noteDrafts';
import { serviceContext } from '../../electron/services/officeClock';
import { scheduleDashboard } from '../../electron/services/schedule/dashboard';
import { addDays, zonedToUtc } from '../../electron/services/schedule/officeTime';
import { caseRecordOffice, officeVisitNote } from '../fixtures/caseRecord';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const OFFICE_ZONE = 'Pacific/Honolulu';
const MACHINE_ZONE = 'Asia/Tokyo';

/*
 * The office is in Honolulu (UTC−10), the workstation's clock in Tokyo (UTC+9): at 23:30 in Honolulu it is
 * already 18:30 the next day in Tokyo. Every date the app records or compares must be the office's.
 */
describe('one office clock, whatever the workstation’s time zone', () => {
  const savedTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = MACHINE_ZONE;
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('dates late entries, the dashboard’s today and "not in the future" by the office’s date', async () => {
    const { office, clientId, actAs } = await caseRecordOffice(offices);
    await actAs('admin');
    await office.call('settings.updateSchedule', { timeZone: OFFICE_ZONE });
    await actAs('olivia');

    // Yesterday (on the office clock) at 23:30 in Honolulu: the next day already on the workstation.
    const officeToday = addDays(dayjs().tz(OFFICE_ZONE).format('YYYY-MM-DD'), -1);
    const fixed = new Date(zonedToUtc(`${officeToday}T23:30`, OFFICE_ZONE));
    expect(dayjs(fixed).format('YYYY-MM-DD')).toBe(addDays(officeToday, 1)); // the machine's (Tokyo) date
    const { ctx: session } = office.sessions.requireActive();
    const ctx = serviceContext(session.db, session.actor, () => fixed);

    expect(ctx.clock.today()).toBe(officeToday);
    expect(ctx.clock.localDateTime()).toBe(`${officeToday}T23:30`);

    // Three office days after the contact: on time, though four days by the workstation's calendar.
    const threeDaysBefore = createNoteInputSchema.parse({ clientId, note: officeVisitNote({ contactAt: `${addDays(officeToday, -3)}T10:00` }), sign: false });
    expect(createNote(ctx, threeDaysBefore).isLateEntry).toBe(false);
    const fourDaysBefore = createNoteInputSchema.parse({ clientId, note: officeVisitNote({ contactAt: `${addDays(officeToday, -4)}T10:00` }), sign: false });
    expect(createNote(ctx, fourDaysBefore).isLateEntry).toBe(true);

    expect(scheduleDashboard(ctx, dashboardInputSchema.parse({})).today).toBe(officeToday);

    // A contact at 10:00 tomorrow in Honolulu has already happened in Tokyo; with the office clock, it has not.
    const tomorrowMorning = officeVisitNote({ contactAt: `${addDays(officeToday, 1)}T10:00` });
    expect(noteFieldsSchema.safeParse(tomorrowMorning).success).toBe(true);
    const checked = withReferenceClock(ctx.clock, () => noteFieldsSchema.safeParse(tomorrowMorning));
    expect(checked.error?.issues[0]).toMatchObject({ path: ['contactAt'], message: expect.stringContaining('cannot be in the future') });
  });
});
