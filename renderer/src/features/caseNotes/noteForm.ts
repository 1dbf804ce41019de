import type { z } from 'zod';
import { noteFieldsSchema, type HomeVisitChecklist } from '../../../../electron/api/caseNotes/caseNotesSchemas';
import { nowLocal } from '../../../../electron/api/shared/fieldSchemas';
import { fieldsOf, type Unchosen } from '../clients/clientForms';
import type { NoteRow } from './noteTypes';

/** The checklist as the form holds it: each yes/no question unanswered until the officer answers it. */
export type ChecklistForm = Unchosen<HomeVisitChecklist, 'residenceVerified' | 'clientPresent' | 'othersPresent' | 'contrabandObserved'>;

/**
 * A note as the form holds it. The checklist is kept whatever the contact type, so switching the type away
 * from "home visit" and back loses no answers; only home visits send it.
 */
export type NoteForm = Omit<Unchosen<z.output<typeof noteFieldsSchema>, 'contactType' | 'outcome'>, 'homeVisit'> & { homeVisit: ChecklistForm };

const blankChecklist = (): ChecklistForm => ({
  residenceVerified: null,
  clientPresent: null,
  othersPresent: null,
  othersPresentWho: '',
  livingConditions: '',
  contrabandObserved: null,
  contrabandDetails: '',
  curfewCompliant: null,
  photosAttached: 0,
  photoNotes: '',
});

/** A new contact, timed now. */
export const blankNote = (): NoteForm => ({
  contactType: null,
  contactAt: nowLocal(),
  durationMinutes: null,
  location: '',
  peoplePresent: '',
  outcome: null,
  absenceReason: '',
  narrative: '',
  tags: [],
  homeVisit: blankChecklist(),
});

/** A stored draft, to edit. */
export const noteFormOf = (note: NoteRow): NoteForm => ({ ...fieldsOf(noteFieldsSchema, note), homeVisit: note.homeVisit ?? blankChecklist() });

/** What the channel receives: the checklist on home visits only, the absence reason only with an acceptable absence. */
export const noteInputOf = (note: NoteForm) => ({
  ...note,
  absenceReason: note.outcome === 'acceptable_absence' ? note.absenceReason : '',
  homeVisit: note.contactType === 'home_visit' ? note.homeVisit : null,
});
