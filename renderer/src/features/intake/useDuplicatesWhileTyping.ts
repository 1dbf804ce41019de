import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { DuplicateSearch } from '../../../../electron/api/clients/clientsSchemas';
import type { DuplicateMatch } from '../../../../electron/api/clients/clientsWire';
import { useFindDuplicates } from '../../api/clients';

/** A pause in typing this long asks again: the date field passes through years like 0019 on the way to 1990. */
const TYPING_PAUSE_MS = 600;

/** Enough to tell a person by: a whole name with a date of birth, or an identifier. */
const enoughToMatch = (query: DuplicateSearch) =>
  (query.firstName.trim() !== '' && query.lastName.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(query.dateOfBirth ?? '')) || query.identifiers.length > 0;

/**
 * Existing clients who may be the person being taken in, looked for as the identity is typed (the check is
 * repeated on leaving the step and before creating). Matches for what the fields no longer say are dropped at once.
 */
export function useDuplicatesWhileTyping(query: DuplicateSearch, enabled: boolean): DuplicateMatch[] {
  const key = enabled && enoughToMatch(query) ? JSON.stringify(query) : '';
  const [settled] = useDebouncedValue(key, TYPING_PAUSE_MS);
  const { mutate } = useFindDuplicates();
  const [found, setFound] = useState<{ key: string; matches: DuplicateMatch[] } | null>(null);
  useEffect(() => {
    // A refused or failed check shows nothing here: the one on leaving the step says what went wrong.
    if (settled) mutate(JSON.parse(settled) as DuplicateSearch, { onSuccess: (matches) => setFound({ key: settled, matches }) });
  }, [settled, mutate]);
  return found !== null && found.key === key ? found.matches : [];
}
