import type { Faker } from '@faker-js/faker';
import dayjs from 'dayjs';
import { and, asc, eq, notExists } from 'drizzle-orm';
import type { AppDb } from '../../db/open';
import { caseNotes, noteReviews, type UserRow } from '../../db/schema';
import { reviewNoteInputSchema } from '../../electron/api/caseNotes/caseNotesSchemas';
import { ISO_DATE_FORMAT } from '../../electron/api/shared/fieldSchemas';
import { reviewNote } from '../../electron/services/caseNotes/signedNotes';
import { serviceContext } from '../../electron/services/officeClock';
import { weighted } from './seedRandom';
import { addDays, timeOfDay } from './seedDates';

/** A supervisor reviews a signed note this many days after it was signed (the next weekday when that is a weekend). */
const REVIEW_AFTER_DAYS = { min: 1, max: 6 };
/** Reviews happen between 09:00 and 16:30. */
const REVIEW_MINUTES = { min: 9 * 60, max: 16 * 60 + 30 };
/** Most reviews leave no comment. */
const COMMENTS: readonly (readonly [number, string])[] = [
  [70, ''],
  [10, 'Reviewed; meets the contact standards.'],
  [8, 'Follow up on the fees balance at the next visit.'],
  [6, 'Please record who else lives at the residence.'],
  [6, 'Discussed with the officer at supervision.'],
];

/** The first weekday on or after `date`. */
function weekdayFrom(date: string): string {
  const day = new Date(`${date}T00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/**
 * The supervisors keep up with their teams' notes, as an office does: every signed note not reviewed yet is
 * reviewed through the caseNotes service by its author's supervisor, a few weekdays after it was signed, when that
 * day is before today. So "Awaiting my review" holds the last week or so of signed notes, not years of history.
 */
export function seedDemoReviews(db: AppDb, faker: Faker, users: UserRow[], today: string) {
  const supervisorOf = (authorId: number) => {
    const author = users.find((user) => user.id === authorId);
    return users.find((user) => user.id === author?.supervisorId) ?? users.find((user) => user.role === 'supervisor')!;
  };
  const waiting = db
    .select({ id: caseNotes.id, authorId: caseNotes.authorId, signedAt: caseNotes.signedAt })
    .from(caseNotes)
    .where(and(eq(caseNotes.status, 'signed'), notExists(db.select({ id: noteReviews.id }).from(noteReviews).where(eq(noteReviews.noteId, caseNotes.id)))))
    .orderBy(asc(caseNotes.signedAt), asc(caseNotes.id))
    .all();
  // One transaction around every review (the service's own nest as savepoints): one sync to disk, not one a note.
  db.transaction(() => {
    for (const note of waiting) {
      const signedOn = dayjs(note.signedAt).format(ISO_DATE_FORMAT);
      const on = weekdayFrom(addDays(signedOn, faker.number.int(REVIEW_AFTER_DAYS)));
      if (on >= today) continue;
      const at = dayjs(`${on}T${timeOfDay(faker.number.int(REVIEW_MINUTES))}`).toDate();
      reviewNote(
        serviceContext(db, supervisorOf(note.authorId), () => at),
        reviewNoteInputSchema.parse({ noteId: note.id, comment: weighted(faker, COMMENTS) }),
      );
    }
  });
}
