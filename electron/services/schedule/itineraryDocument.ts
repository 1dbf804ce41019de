import { AlignmentType, Header, Paragraph } from 'docx';
import { imageSize } from 'image-size';
import type { SettingsValues } from '../../api/settings/settingsSchemas';
import { dataTable, type CellContent } from '../reports/docx/dataTable';
import { letterhead } from '../reports/docx/letterhead';
import { pageNumberFooter } from '../reports/docx/pageFooter';
import { picture } from '../reports/docx/picture';
import type { ReportDocument } from '../reports/docx/reportDocument';
import { heading, labelledLine, paragraph, paragraphs, textRun } from '../reports/docx/textBlocks';
import { formatDate, formatReportDate } from '../reports/reportFormat';
import type { FieldDayRecord as FieldDay } from './fieldDay';

export const ITINERARY_TITLE = 'Field-Day Itinerary';
/** Photos are printed this wide; the height keeps the photo's own proportions. */
const PHOTO_WIDTH_PX = 90;

type Visit = FieldDay['visits'][number];

/** The client's photo at print size, or a note that there is none. */
function photoCell(visit: Visit): CellContent {
  const photo = visit.client?.photo;
  if (!visit.client || !photo) return visit.client ? 'No photo' : '';
  return [picture({ data: photo.data, mime: photo.mime, widthPx: PHOTO_WIDTH_PX, heightPx: printedHeight(photo.data), description: `Photo of ${visit.client.name}` })];
}

/** The height that keeps the photo's proportions at PHOTO_WIDTH_PX; a photo whose size cannot be read prints as a 4:5 portrait. */
function printedHeight(data: Buffer): number {
  try {
    const { width, height } = imageSize(data);
    if (width > 0 && height > 0) return Math.round((PHOTO_WIDTH_PX * height) / width);
  } catch {
    // Only checked for its signature on upload, a photo may be cut short; it is still printed.
  }
  return Math.round((PHOTO_WIDTH_PX * 5) / 4);
}

function visitCells(visit: Visit): CellContent[] {
  const { appointment, client } = visit;
  const who = client
    ? [
        paragraph(client.name, { spacing: { after: 0 } }, { bold: true }),
        paragraph(`Case ${client.caseNumber}`, { spacing: { after: 0 } }),
        paragraph(`Born ${formatDate(client.dateOfBirth)}`, { spacing: { after: 0 } }),
        ...(client.phone ? [paragraph(`Phone ${client.phone}`, { spacing: { after: 0 } })] : []),
      ]
    : [paragraph(appointment.title || appointment.typeLabel, { spacing: { after: 0 } }, { bold: true })];
  const alerts = client?.safetyAlerts ? paragraphs(client.safetyAlerts, { spacing: { after: 0 } }, { bold: true, color: 'B00000' }) : [paragraph('None recorded')];
  const visitFacts = [
    paragraph(`${appointment.startLocal.slice(11)}–${appointment.endLocal.slice(11)}`, { spacing: { after: 0 } }, { bold: true }),
    paragraph(appointment.typeLabel, { spacing: { after: 0 } }),
    ...(appointment.notes ? paragraphs(appointment.notes, { spacing: { after: 0 } }, { italics: true }) : []),
  ];
  return [visitFacts, photoCell(visit), who, visit.address || 'No address on record', alerts];
}

/** "CONFIDENTIAL" over the officer's day, on every page: an itinerary names many clients, so no single case. */
const itineraryHeader = (day: FieldDay) =>
  new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [textRun('CONFIDENTIAL', { bold: true, size: 20 })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [textRun(`${ITINERARY_TITLE} · ${day.officerName} · ${formatDate(day.date)}`, { size: 18 })] }),
    ],
  });

/** One officer's home and field visits of a day, in time order, with address, photo and safety alerts. */
export function itineraryDocument(day: FieldDay, office: SettingsValues['office'], preparedAt: Date): ReportDocument {
  return {
    title: `${ITINERARY_TITLE} – ${day.officerName} – ${day.date}`,
    creator: office.name,
    header: itineraryHeader(day),
    footer: pageNumberFooter(`Itinerary printed ${formatReportDate(preparedAt)}`),
    body: [
      ...letterhead(office),
      heading(ITINERARY_TITLE),
      labelledLine('Officer', day.officerName, { spacing: { after: 0 } }),
      labelledLine('Date', formatDate(day.date), { spacing: { after: 0 } }),
      labelledLine('Visits', String(day.visits.length)),
      day.visits.length
        ? dataTable({
            columns: [
              { title: 'Time', weight: 2 },
              { title: 'Photo', weight: 2 },
              { title: 'Client', weight: 3 },
              { title: 'Address', weight: 3 },
              { title: 'Safety alerts', weight: 3 },
            ],
            rows: day.visits.map(visitCells),
          })
        : paragraph('No home or field visits are scheduled for this day.', {}, { italics: true }),
    ],
  };
}
