import { and, desc, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbExecutor } from '../../../db/open';
import { addresses, appointments, clients, type AddressRow } from '../../../db/schema';
import { type PHOTO_MIME_TYPES } from '../../api/clients/clientsCodes';
import { recordClientView } from '../record/caseloadAccess';
import { officerName } from '../record/clientLookup';
import type { ServiceContext } from '../context';
import { overlappingDates } from './appointmentReads';
import { addressLine, selectAppointmentViews } from './appointmentViews';
import { officeTimeZone } from './officeTime';
import { officerForSchedule } from './scheduleAccess';
import type { fieldDayInputSchema } from '../../api/schedule/scheduleSchemas';

const FIELD_TYPES = ['home_visit', 'field_visit'] as const;

const photosOf = (tx: DbExecutor, clientIds: number[]) =>
  new Map(
    (clientIds.length === 0
      ? []
      : tx
          .select({ id: clients.id, data: clients.photo, mime: clients.photoMime })
          .from(clients)
          .where(and(inArray(clients.id, clientIds), isNotNull(clients.photo)))
          .all()
    ).map(({ id, data, mime }) => [id, { data: data as Buffer, mime: mime as (typeof PHOTO_MIME_TYPES)[number] }]),
  );

const currentResidences = (tx: DbExecutor, clientIds: number[]): Map<number, AddressRow> => {
  const rows = clientIds.length
    ? tx
        .select()
        .from(addresses)
        .where(and(inArray(addresses.clientId, clientIds), eq(addresses.kind, 'residence'), isNull(addresses.movedOut)))
        .orderBy(desc(addresses.id))
        .all()
    : [];
  const byClient = new Map<number, AddressRow>();
  for (const row of rows) if (!byClient.has(row.clientId)) byClient.set(row.clientId, row);
  return byClient;
};

/**
 * The home and field visits of one officer's day in time order, with what the officer needs on the road:
 * address, safety alerts, phone and (for the printed itinerary) photo. Each client's record read is audited.
 */
export function fieldDay(ctx: ServiceContext, input: z.infer<typeof fieldDayInputSchema>, options: { includePhotos?: boolean } = {}) {
  const officerId = officerForSchedule(ctx, input.officerId);
  const zone = officeTimeZone(ctx.db);
  const views = selectAppointmentViews(
    ctx.db,
    and(eq(appointments.officerId, officerId), inArray(appointments.type, FIELD_TYPES), ne(appointments.status, 'cancelled'), overlappingDates(input.date, input.date, zone)),
    zone,
  ).filter((view) => view.startLocal.slice(0, 10) === input.date);
  const clientIds = [...new Set(views.map((v) => v.clientId).filter((id): id is number => id !== null))];
  return ctx.db.transaction((tx) => {
    const residences = currentResidences(tx, clientIds);
    const records = new Map(
      (clientIds.length
        ? tx
            .select({
              id: clients.id,
              name: sql<string>`${clients.firstName} || ' ' || ${clients.lastName}`,
              caseNumber: clients.caseNumber,
              dateOfBirth: clients.dateOfBirth,
              phone: clients.phone,
              safetyAlerts: clients.safetyAlerts,
              hasPhoto: isNotNull(clients.photo).mapWith(Boolean),
            })
            .from(clients)
            .where(inArray(clients.id, clientIds))
            .all()
        : []
      ).map((client) => [client.id, client]),
    );
    // Photos only for the printed itinerary; the screen fetches them with clients.photo.
    const photos = options.includePhotos ? photosOf(tx, clientIds) : undefined;
    const visits = views.map((appointment) => {
      const client = appointment.clientId === null ? undefined : records.get(appointment.clientId);
      const residence = client && residences.get(client.id);
      const placeOfVisit = appointment.locationKind === 'office' ? '' : appointment.locationLabel;
      return {
        appointment,
        /** Where to go: the appointment's address, else the client's current residence. */
        address: placeOfVisit || (residence ? addressLine(residence) : appointment.locationLabel),
        client: client ? { ...client, photo: photos?.get(client.id) } : null,
      };
    });
    for (const id of clientIds) recordClientView(ctx, tx, id, `field day ${input.date}`);
    return { date: input.date, officerId, officerName: officerName(tx, officerId), visits };
  });
}

/** The day as the printed itinerary uses it: the channel's FieldDay (api/schedule/scheduleWire.ts), with photos when asked for. */
export type FieldDayRecord = ReturnType<typeof fieldDay>;
