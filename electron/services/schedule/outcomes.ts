import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { appointments, caseNotes, type AppointmentRow, type CaseNoteRow } from '../../../db/schema';
import { type AppointmentStatus, type AppointmentType } from '../../api/schedule/scheduleCodes';
import { type ContactType } from '../../api/caseNotes/caseNotesCodes';
import { AppError } from '../../api/errors';
import { createNote, updateNote } from '../caseNotes/noteDrafts';
import { requireClientAccess } from '../record/caseloadAccess';
import type { ServiceContext } from '../context';
import { appointmentView } from './appointmentViews';
import type { AppointmentView, OutcomeResult } from '../../api/schedule/scheduleWire';
import { wallMinutes } from './bookingSteps';
import { officeTimeZone, utcToZoned } from './officeTime';
import { auditAppointment, requireAppointmentAccess } from './scheduleAccess';
import type { setOutcomeInputSchema } from '../../api/schedule/scheduleSchemas';

type OutcomeInput = z.infer<typeof setOutcomeInputSchema>;
type Outcome = OutcomeInput['outcome'];

export const STATUS_OF_OUTCOME: Record<Outcome, AppointmentStatus> = {
  attended_complied: 'completed',
  attended_failed_to_comply: 'completed',
  failed_to_attend: 'missed',
  acceptable_absence: 'missed',
  rescheduled: 'rescheduled',
};

/** The case-note contact type an appointment becomes; "other" events are not client contacts. */
export const CONTACT_TYPE_OF: Record<AppointmentType, ContactType | null> = {
  office_visit: 'office_visit',
  home_visit: 'home_visit',
  field_visit: 'field_visit',
  drug_test: 'drug_test',
  program_session: 'program',
  court_hearing: 'court',
  other: null,
};

/** The fields of a note as its form edits them. */
const noteFieldsOf = (note: CaseNoteRow) => ({
  contactType: note.contactType,
  contactAt: note.contactAt,
  durationMinutes: note.durationMinutes,
  location: note.location,
  peoplePresent: note.peoplePresent,
  outcome: note.outcome,
  absenceReason: note.absenceReason,
  narrative: note.narrative,
  tags: note.tags,
  homeVisit: note.homeVisit,
});

/**
 * The note documenting the appointment: the one already linked (a draft takes the new outcome; a signed one must
 * already say it, since it cannot change), else a new draft with the type, time, place and outcome filled in. The
 * narrative, and a home visit's checklist, are left for the officer: a draft cannot be signed without them.
 */
function documentingNote(ctx: ServiceContext, row: AppointmentRow, contactType: ContactType, view: AppointmentView, input: OutcomeInput): { noteId: number; created: boolean } {
  const linked = row.noteId === null ? undefined : ctx.db.select().from(caseNotes).where(eq(caseNotes.id, row.noteId)).get();
  if (linked?.status === 'signed') {
    if (linked.outcome !== input.outcome || linked.absenceReason !== input.absenceReason) {
      throw new AppError('CONFLICT', `This appointment is documented in signed note ${linked.id}, which records another outcome; add an addendum to that note instead.`, 'outcome');
    }
    return { noteId: linked.id, created: false };
  }
  if (linked) {
    updateNote(ctx, { noteId: linked.id, note: { ...noteFieldsOf(linked), outcome: input.outcome, absenceReason: input.absenceReason } });
    return { noteId: linked.id, created: false };
  }
  const note = createNote(ctx, {
    clientId: row.clientId as number,
    sign: false,
    note: {
      contactType,
      contactAt: view.startLocal,
      durationMinutes: Math.min(24 * 60, Math.max(1, wallMinutes(view.startLocal, view.endLocal))),
      location: view.locationLabel,
      peoplePresent: '',
      outcome: input.outcome,
      absenceReason: input.absenceReason,
      narrative: '',
      tags: [],
      homeVisit: null,
    },
  });
  return { noteId: note.id, created: true };
}

/**
 * Records how an appointment went: its status follows the outcome, and a client appointment gets its case note
 * (in the same transaction). It can be recorded once the appointment has started, and recorded again to correct it.
 */
export function setOutcome(ctx: ServiceContext, input: OutcomeInput): OutcomeResult {
  const row = requireAppointmentAccess(ctx, input.appointmentId, 'write');
  if (row.status === 'cancelled') throw new AppError('CONFLICT', 'This appointment was cancelled; it has no outcome to record.', 'appointmentId');
  const zone = officeTimeZone(ctx.db);
  if (row.startAt > ctx.clock.now().toISOString()) {
    throw new AppError('VALIDATION', `The outcome can be recorded once the appointment has started (${utcToZoned(row.startAt, zone).replace('T', ' ')}).`, 'appointmentId');
  }
  const contactType = CONTACT_TYPE_OF[row.type];
  // Checked before the transaction, so that a refusal's audit row outlives the error.
  if (row.clientId !== null) requireClientAccess(ctx, row.clientId);
  return ctx.db.transaction((tx) => {
    const note = row.clientId !== null && contactType !== null ? documentingNote(ctx, row, contactType, appointmentView(tx, row.id, zone), input) : null;
    const at = ctx.clock.now().toISOString();
    tx.update(appointments)
      .set({
        status: STATUS_OF_OUTCOME[input.outcome],
        outcome: input.outcome,
        outcomeRecordedAt: at,
        outcomeRecordedBy: ctx.actor.id,
        noteId: note?.noteId ?? null,
        updatedAt: at,
        updatedBy: ctx.actor.id,
      })
      .where(eq(appointments.id, row.id))
      .run();
    auditAppointment(ctx, tx, 'appointment.outcome', row, `${input.outcome}${note ? `; note ${note.noteId}${note.created ? ' drafted' : ''}` : ''}`);
    return {
      appointment: appointmentView(tx, row.id, zone),
      noteId: note?.noteId ?? null,
      noteCreated: note?.created ?? false,
      promptViolation: input.outcome === 'failed_to_attend',
    };
  });
}
