import { addresses, type AppointmentRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import { requireClientAccess } from '../record/caseloadAccess';
import { requireOwnEntry } from '../record/auditedReadWrite';
import type { ServiceContext } from '../context';
import { zonedToUtc } from './officeTime';
import type { Booking } from './conflicts';
import { requireBookableOfficer } from './scheduleAccess';
import type { AppointmentFields } from '../../api/schedule/scheduleSchemas';

/** The columns an appointment and a series template share, as saved. */
export type TemplateValues = Pick<
  AppointmentRow,
  'type' | 'clientId' | 'officerId' | 'title' | 'timeZone' | 'locationKind' | 'locationText' | 'addressId' | 'notes' | 'court' | 'docketNumber' | 'hearingType'
>;

export interface CheckedFields {
  template: TemplateValues;
  booking: Booking;
  /** The single appointment's (or first occurrence's) time, as UTC instants. */
  slot: { startAt: string; endAt: string };
}

/**
 * Checks what the form sent against the database (whose schedule, which client, whose address) and turns it
 * into the values saved; times are read on the office clock. Field names in errors are those of the input.
 */
export function checkAppointmentFields(ctx: ServiceContext, fields: AppointmentFields, zone: string): CheckedFields {
  requireBookableOfficer(ctx, fields.officerId, 'appointment.officerId');
  let clientName: string | null = null;
  if (fields.clientId !== null) {
    const client = requireClientAccess(ctx, fields.clientId, 'appointment.clientId');
    if (client.status === 'closed') throw new AppError('VALIDATION', "This client's case is closed; reopen it before scheduling.", 'appointment.clientId');
    clientName = `${client.firstName} ${client.lastName}`;
    requireOwnEntry(ctx.db, addresses, client.id, fields.addressId, "Choose one of this client's addresses.", 'appointment.addressId');
  }
  const isCourt = fields.type === 'court_hearing';
  return {
    template: {
      type: fields.type,
      clientId: fields.clientId,
      officerId: fields.officerId,
      title: fields.title,
      timeZone: zone,
      locationKind: fields.locationKind,
      locationText: fields.locationText,
      addressId: fields.addressId,
      notes: fields.notes,
      // Court details belong to hearings only; a type changed away from a hearing drops them.
      court: isCourt ? fields.court : '',
      docketNumber: isCourt ? fields.docketNumber : '',
      hearingType: isCourt ? fields.hearingType : '',
    },
    booking: { officerId: fields.officerId, clientId: fields.clientId, clientName },
    slot: { startAt: zonedToUtc(fields.start, zone), endAt: zonedToUtc(fields.end, zone) },
  };
}
