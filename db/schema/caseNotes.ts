import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clientRef } from './clients';
import { userRef, users } from './users';
import { CONTACT_OUTCOMES, CONTACT_TYPES, NOTE_STATUSES } from '../../electron/api/caseNotes/caseNotesCodes';
import { type HomeVisitChecklist } from '../../electron/api/caseNotes/caseNotesSchemas';
import { createdAt, rowVersion } from './columns';

/*
 * Case record (issue 4): contacts, drug tests, compliance, the supervision plan, referrals and violations.
 *
 * Times of events as the officer records them (a contact, a test collection) are the office's local wall time,
 * 'YYYY-MM-DDTHH:mm' with no offset: an office works in one time zone, and a court reads the time as the officer
 * wrote it. Dates are 'YYYY-MM-DD'. Record stamps (created_at, signed_at…) are UTC instants like everywhere else.
 *
 * Migrations 0003 (search index) and 0004 (immutability) add FTS5 tables and triggers that drizzle-kit cannot
 * express: a drizzle-kit rebuild of case_notes, note_addenda, note_reviews, the history tables, clients,
 * client_aliases or client_identifiers drops their triggers, so such a migration must create them again; and a
 * migration that backfills a column of signed notes must lift case_notes_signed_no_update around its UPDATE.
 */

/** A contact with the client or about them. Signed notes are immutable (database triggers); corrections are addenda. */
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: clientRef(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    contactType: text('contact_type', { enum: CONTACT_TYPES }).notNull(),
    /** Local wall time, YYYY-MM-DDTHH:mm. */
    contactAt: text('contact_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    location: text('location').notNull().default(''),
    peoplePresent: text('people_present').notNull().default(''),
    outcome: text('outcome', { enum: CONTACT_OUTCOMES }).notNull(),
    absenceReason: text('absence_reason').notNull().default(''),
    narrative: text('narrative').notNull(),
    tags: text('tags', { mode: 'json' })
      .notNull()
      .$type<string[]>()
      .default(sql`'[]'`),
    /** Only on home visits. */
    homeVisit: text('home_visit', { mode: 'json' }).$type<HomeVisitChecklist>(),
    status: text('status', { enum: NOTE_STATUSES }).notNull().default('draft'),
    signedAt: text('signed_at'),
    signedBy: userRef('signed_by'),
    /** Entered more than three calendar days after the contact; decided from the contact date and created_at. */
    isLateEntry: integer('is_late_entry', { mode: 'boolean' }).notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at'),
    updatedBy: userRef('updated_by'),
    rowVersion: rowVersion(),
  },
  (t) => [
    // Type, status and outcome ride along so the contact-standards reads (a client's contacts that count, newest
    // first) never touch the notes themselves, which hold the narratives.
    index('case_notes_client_contact').on(t.clientId, t.contactAt, t.contactType, t.status, t.outcome),
    index('case_notes_author_status').on(t.authorId, t.status),
    // The office's 12-month contact trend walks the notes month by month in this order, so it counts them per month without a sort.
    index('case_notes_contact_month').on(sql`substr(${t.contactAt}, 1, 7)`, t.status, t.contactType, t.outcome, t.clientId, t.contactAt),
  ],
);

/** A correction or addition to a signed note; append-only. */
export const noteAddenda = sqliteTable(
  'note_addenda',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noteId: integer('note_id')
      .notNull()
      .references(() => caseNotes.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('note_addenda_note').on(t.noteId)],
);

/** A supervisor's review of a signed note; append-only. */
export const noteReviews = sqliteTable(
  'note_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noteId: integer('note_id')
      .notNull()
      .references(() => caseNotes.id),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    comment: text('comment').notNull().default(''),
    reviewedAt: text('reviewed_at').notNull(),
  },
  (t) => [index('note_reviews_note').on(t.noteId)],
);

export type CaseNoteRow = typeof caseNotes.$inferSelect;

export type NoteAddendumRow = typeof noteAddenda.$inferSelect;

export type NoteReviewRow = typeof noteReviews.$inferSelect;
