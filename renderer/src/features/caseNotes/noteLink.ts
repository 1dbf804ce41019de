import { paths } from '../../app/paths';

/** The client's contact log opened at one note (ContactLogTab reads `note`). */
export const noteLink = (clientId: number, noteId: number) => `${paths.client(clientId)}?${new URLSearchParams({ tab: 'contacts', note: String(noteId) })}`;
