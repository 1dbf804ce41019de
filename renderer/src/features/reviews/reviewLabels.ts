import { CONTACT_TYPE_LABELS } from '../../../../electron/api/shared/recordLabels';
import type { ReviewQueue } from '../../api/reviews';
import { formatDate } from '../clients/formatClient';

type QueuedNote = ReviewQueue['notes'][number];

/** "Home visit, 2 Dec 2026" */
export const queuedNoteLabel = (note: QueuedNote) => `${CONTACT_TYPE_LABELS[note.contactType]}, ${formatDate(note.contactAt.slice(0, 10))}`;

/** "12 notes and 2 reports", "Nothing" */
export function queueSummary(queue: ReviewQueue): string {
  const parts = [
    queue.notesTotal > 0 && `${queue.notesTotal} ${queue.notesTotal === 1 ? 'note' : 'notes'}`,
    queue.reportsTotal > 0 && `${queue.reportsTotal} ${queue.reportsTotal === 1 ? 'report' : 'reports'}`,
  ].filter(Boolean);
  return parts.length ? `${parts.join(' and ')} awaiting your review` : 'Nothing awaits your review.';
}
