import { and, asc, count, eq, exists, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DbExecutor } from '../../../db/open';
import { caseNotes, clients, courtReports, noteReviews, users } from '../../../db/schema';
import { recordAudit } from '../audit/auditChain';
import type { ServiceContext } from '../context';
import { summaries } from '../courtReports/reportReads';
import type { ReviewQueue } from '../../api/reviews/reviewsWire';
import { fullName } from '../../api/format/names';

/** How many of each kind the queue lists; the totals say how many more wait. */
export const REVIEW_QUEUE_LIMIT = 50;

/**
 * Whose notes a reviewer reviews: their team (users whose supervisor they are), or everyone else in the office
 * for a reviewer who leads no team (an administrator covering, a supervisor not yet given one).
 */
function authorsReviewedBy(db: DbExecutor, reviewerId: number): SQL {
  const team = db.select({ total: count() }).from(users).where(eq(users.supervisorId, reviewerId)).get()?.total ?? 0;
  const author = alias(users, 'author');
  return team > 0
    ? exists(
        db
          .select({ id: author.id })
          .from(author)
          .where(and(eq(author.id, caseNotes.authorId), eq(author.supervisorId, reviewerId))),
      )
    : ne(caseNotes.authorId, reviewerId);
}

const unreviewed = sql`not exists (select 1 from ${noteReviews} where ${noteReviews.noteId} = ${caseNotes.id})`;

/** What waits for a supervisor's review: signed notes not yet reviewed and submitted court reports, oldest first. */
export function reviewQueue(ctx: ServiceContext): ReviewQueue {
  const { actor } = ctx;
  return ctx.db.transaction((tx) => {
    const notesWhere = and(eq(caseNotes.status, 'signed'), unreviewed, authorsReviewedBy(tx, actor.id));
    const notes = tx
      .select({
        id: caseNotes.id,
        clientId: caseNotes.clientId,
        contactType: caseNotes.contactType,
        contactAt: caseNotes.contactAt,
        signedAt: sql<string>`${caseNotes.signedAt}`,
        authorName: users.fullName,
        client: { firstName: clients.firstName, middleName: clients.middleName, lastName: clients.lastName, suffix: clients.suffix, caseNumber: clients.caseNumber },
      })
      .from(caseNotes)
      .innerJoin(clients, eq(clients.id, caseNotes.clientId))
      .innerJoin(users, eq(users.id, caseNotes.authorId))
      .where(notesWhere)
      .orderBy(asc(caseNotes.signedAt), asc(caseNotes.id))
      .limit(REVIEW_QUEUE_LIMIT)
      .all()
      .map(({ client, ...note }) => ({ ...note, clientName: fullName(client), caseNumber: client.caseNumber }));
    const notesTotal = tx.select({ total: count() }).from(caseNotes).where(notesWhere).get()?.total ?? 0;
    const reportsWhere = and(eq(courtReports.status, 'submitted'), ne(courtReports.authorId, actor.id));
    const reports = summaries(tx, reportsWhere, [asc(courtReports.submittedAt), asc(courtReports.id)], REVIEW_QUEUE_LIMIT);
    const reportsTotal = tx.select({ total: count() }).from(courtReports).where(reportsWhere).get()?.total ?? 0;
    recordAudit(tx, { action: 'review.queue', entity: 'caseNote', detail: `${notesTotal} note(s), ${reportsTotal} report(s) awaiting review`, actor, ts: ctx.clock.now() });
    return { notes, notesTotal, reports, reportsTotal };
  });
}
