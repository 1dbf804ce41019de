import { asc, eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../../db/open';
import { addresses, appointments, appointmentSeriesExceptions, clients, users } from '../../../db/schema';
import { utcToZoned } from './officeTime';
import { APPOINTMENT_TYPE_LABELS } from '../../api/schedule/scheduleSchemas';
import type { AppointmentView } from '../../api/schedule/scheduleWire';

const viewColumns = {
  ...getTableColumns(appointments),
  clientFirstName: clients.firstName,
  clientLastName: clients.lastName,
  caseNumber: clients.caseNumber,
  officerName: users.fullName,
  addressLine1: addresses.line1,
  addressLine2: addresses.line2,
  addressCity: addresses.city,
  addressRegion: addresses.region,
  addressPostalCode: addresses.postalCode,
  /** Set when this occurrence was changed or cancelled on its own. */
  exceptionKind: appointmentSeriesExceptions.kind,
};

const viewQuery = (db: DbExecutor) =>
  db
    .select(viewColumns)
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.officerId))
    .leftJoin(clients, eq(clients.id, appointments.clientId))
    .leftJoin(addresses, eq(addresses.id, appointments.addressId))
    .leftJoin(appointmentSeriesExceptions, eq(appointmentSeriesExceptions.appointmentId, appointments.id));
type ViewRow = ReturnType<ReturnType<typeof viewQuery>['all']>[number];

/** An address on one line, as printed on an itinerary or an .ics location. */
export const addressLine = (a: { line1: string; line2: string; city: string; region: string; postalCode: string }) =>
  [a.line1, a.line2, a.city, [a.region, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');

function locationLabel(row: ViewRow): string {
  if (row.locationKind === 'office') return row.locationText ? `Office, ${row.locationText}` : 'Office';
  if (row.locationKind === 'other' || row.addressLine1 === null) return row.locationText;
  return addressLine({
    line1: row.addressLine1,
    line2: row.addressLine2 ?? '',
    city: row.addressCity ?? '',
    region: row.addressRegion ?? '',
    postalCode: row.addressPostalCode ?? '',
  });
}

/** An appointment as lists and forms show it: its row, times on the office clock, and the names and place it refers to. */
function toView(row: ViewRow, zone: string): AppointmentView {
  const { clientFirstName, clientLastName, addressLine1: _l1, addressLine2: _l2, addressCity: _c, addressRegion: _r, addressPostalCode: _p, ...rest } = row;
  return {
    ...rest,
    clientName: clientFirstName === null ? null : `${clientFirstName} ${clientLastName}`,
    startLocal: utcToZoned(row.startAt, zone),
    endLocal: utcToZoned(row.endAt, zone),
    locationLabel: locationLabel(row),
    typeLabel: APPOINTMENT_TYPE_LABELS[row.type],
  };
}
/** Appointments matching `where`, earliest first, as views on the office clock. */
export function selectAppointmentViews(db: DbExecutor, where: SQL | undefined, zone: string, limit?: number): AppointmentView[] {
  const query = viewQuery(db).where(where).orderBy(asc(appointments.startAt), asc(appointments.id));
  return (limit === undefined ? query.all() : query.limit(limit).all()).map((row) => toView(row, zone));
}

export function appointmentView(db: DbExecutor, appointmentId: number, zone: string): AppointmentView {
  const [view] = selectAppointmentViews(db, eq(appointments.id, appointmentId), zone);
  if (!view) throw new Error(`appointment ${appointmentId} vanished inside its own transaction`);
  return view;
}
