import { useSearchParams } from 'react-router';
import { caseloadInputSchema, type CaseloadInput } from '../../../../electron/api/clients/clientsSchemas';
import { useActiveSession } from '../../app/ActiveSession';
import { defaultScope } from './caseloadScope';

export const CASELOAD_PAGE_SIZE = 50;

/** Which URL parameter holds each part of the query; lists repeat their parameter (?status=active&status=warrant). */
const PARAMS = { scope: 'scope', statuses: 'status', levels: 'level', officerId: 'officer', search: 'q', sort: 'sort', direction: 'dir', page: 'page' } as const;
type QueryPart = keyof typeof PARAMS;

/**
 * The caseload query lives in the URL, so the back button from a profile returns to the same search, page and
 * sort. It is read with the host's own schema; anything it rejects falls back to the defaults.
 */
export function useCaseloadParams() {
  const { user } = useActiveSession();
  const [params, setParams] = useSearchParams();
  const officer = params.get(PARAMS.officerId);
  const page = params.get(PARAMS.page);
  const read = caseloadInputSchema.safeParse({
    scope: params.get(PARAMS.scope) ?? defaultScope(user.role),
    statuses: params.getAll(PARAMS.statuses),
    levels: params.getAll(PARAMS.levels),
    officerId: officer ? Number(officer) : null,
    search: params.get(PARAMS.search) ?? '',
    sort: params.get(PARAMS.sort) ?? undefined,
    direction: params.get(PARAMS.direction) ?? undefined,
    page: page ? Number(page) : undefined,
    pageSize: CASELOAD_PAGE_SIZE,
  });
  const input: CaseloadInput = read.success ? read.data : caseloadInputSchema.parse({ scope: defaultScope(user.role), pageSize: CASELOAD_PAGE_SIZE });

  /** Changes part of the query; any change but the page itself starts again at page 1. */
  const update = (change: Partial<Pick<CaseloadInput, QueryPart>>) => {
    const next = { ...input, page: 1, ...change };
    const search = new URLSearchParams();
    for (const part of Object.keys(PARAMS) as QueryPart[]) {
      const value = next[part];
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== null && item !== '') search.append(PARAMS[part], String(item));
      }
    }
    // Typing in the search box replaces the entry rather than adding one per keystroke to the history.
    setParams(search, { replace: 'search' in change });
  };

  return { input, update };
}
