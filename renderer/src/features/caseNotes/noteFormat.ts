import type { ContactType } from '../../../../electron/api/caseNotes/caseNotesCodes';
import { CONTACT_TYPE_LABELS } from '../../../../electron/api/shared/recordLabels';
import { formatDateTime } from '../../../../electron/api/format/dateFormats';

/** Contact times are local wall times as the officer wrote them (YYYY-MM-DDTHH:mm). */
export const formatContactAt = (contactAt: string) => formatDateTime(contactAt);

/** "Home visit, 3 Mar 2025, 14:30": how a note is named in lists, links and dialogs. */
export const noteTitle = (note: { contactType: ContactType; contactAt: string }) => `${CONTACT_TYPE_LABELS[note.contactType]}, ${formatContactAt(note.contactAt)}`;
