import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../electron/api/contract';
import { auditRowsOf, caseRecordOffice } from '../fixtures/caseRecord';
import { convertWithLibreOffice, docxFields, paragraphTexts, pdfText, readDocxXml, validateDocx } from '../fixtures/docxReader';
import { book, officeVisit, useChicago } from '../fixtures/schedule';
import { useTempDirs } from '../fixtures/tempDirs';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const tempDir = useTempDirs();
/** The strict validator and LibreOffice take seconds per file, many more on a busy machine. */
const READS_BACK = { timeout: 300_000 };
/** A real 4 × 5 pixel PNG, so the printed photo's proportions can be checked. */
const PORTRAIT_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAFCAIAAADtz9qMAAAAEElEQVR4nGNocFCAIwYyOABAnxGB+RKHOAAAAABJRU5ErkJggg==';
const EMU_PER_PX = 9525;

function saved(file: ChannelOutput<'schedule.exportItinerary'>) {
  const target = path.join(tempDir('itinerary'), file.fileName);
  writeFileSync(target, Buffer.from(file.base64, 'base64'));
  return target;
}

describe('the field-day itinerary export', () => {
  it("prints a day's home and field visits with address, photo and safety alerts as a clean .docx", READS_BACK, async () => {
    const staffed = await caseRecordOffice(offices);
    await useChicago(staffed);
    const { office, staff, clientId } = staffed;
    await office.call('clients.setPhoto', { clientId, photo: { mime: 'image/png', base64: PORTRAIT_PNG } });
    const { addresses } = await office.call('clients.get', { clientId });
    const home = addresses.find((a) => a.kind === 'residence' && a.movedOut === null)!;
    await book(office, {
      ...officeVisit(staff.olivia.id, clientId, '2025-07-08', '15:00'),
      type: 'home_visit',
      locationKind: 'client_address',
      addressId: home.id,
      locationText: '',
      notes: 'Check the curfew log.',
    });
    await book(office, { ...officeVisit(staff.olivia.id, clientId, '2025-07-08', '11:00'), type: 'field_visit', locationKind: 'other', locationText: 'Tyre shop, 9 Mill Road' });
    await book(office, officeVisit(staff.olivia.id, clientId, '2025-07-08', '09:00'));

    const file = await office.call('schedule.exportItinerary', { date: '2025-07-08' });
    expect(file.fileName).toBe(`itinerary-2025-07-08-${staff.olivia.fullName.replace(/[^A-Za-z0-9._-]+/g, '_')}.docx`);
    const docx = saved(file);

    expect(validateDocx(docx)).toMatchObject({ status: 0 });
    const fields = docxFields(docx);
    expect(fields.map((f) => f.instruction).sort()).toEqual(['NUMPAGES', 'PAGE']);
    for (const field of fields) expect(field.cachedResult).not.toBe('');

    const body = readDocxXml(docx, 'word/document.xml');
    const texts = paragraphTexts(body);
    expect(texts).toEqual(
      expect.arrayContaining(['Field-Day Itinerary', '11:00–11:30', '15:00–15:30', 'Tyre shop, 9 Mill Road', 'Large dog at the residence.', 'Check the curfew log.']),
    );
    expect(texts.some((t) => t.includes(home.line1))).toBe(true);
    expect(texts.join('\n')).not.toContain('09:00–09:30');
    // Both visits carry the photo, printed at 90 px wide and, as the image is 4 × 5, 113 px high.
    const extents = Array.from(body.getElementsByTagNameNS('http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'extent'));
    expect(extents.map((e) => [e.getAttribute('cx'), e.getAttribute('cy')])).toEqual([
      [String(90 * EMU_PER_PX), String(113 * EMU_PER_PX)],
      [String(90 * EMU_PER_PX), String(113 * EMU_PER_PX)],
    ]);

    const text = pdfText(convertWithLibreOffice(docx, tempDir('itinerary-pdf')));
    expect(text).toContain('CONFIDENTIAL');
    expect(text).toContain(`Field-Day Itinerary · ${staff.olivia.fullName} · Jul 8, 2025`);
    expect(text).toMatch(/Page 1 of 1/);
    expect(text).toMatch(/Jordan (?:\S+ ){0,4}Whitaker/); // table cells wrap, so the columns' words interleave
    expect(text).toContain('Large dog at the residence.');
    expect(auditRowsOf(office, 'report.export').map((r) => r.detail)).toEqual([`itinerary officer ${staff.olivia.id} 2025-07-08: 2 visit(s)`]);
  });

  it('says so when the day has no home or field visits', READS_BACK, async () => {
    const staffed = await caseRecordOffice(offices);
    const { office, staff, clientId } = staffed;
    await book(office, officeVisit(staff.olivia.id, clientId, '2025-07-09', '09:00'));
    const docx = saved(await office.call('schedule.exportItinerary', { date: '2025-07-09' }));
    expect(validateDocx(docx)).toMatchObject({ status: 0 });
    expect(paragraphTexts(readDocxXml(docx, 'word/document.xml'))).toContain('No home or field visits are scheduled for this day.');
  });
});
