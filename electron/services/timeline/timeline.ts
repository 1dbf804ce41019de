import dayjs from 'dayjs';
import { sql, type SQL } from 'drizzle-orm';
import { readForClient } from '../clients/clientScope';
import type { ServiceContext } from '../context';
import { ISO_DATE_FORMAT } from '../../api/shared/fieldSchemas';
import { TIMELINE_KINDS, type TimelineCursor, type TimelineInput, type TimelineKind } from '../../api/timeline/timelineSchemas';
import { TIMELINE_SOURCES, type TimelineSource } from './timelineSources';

/**
 * One entry of a client's timeline. The common columns hold, per kind:
 * - note: type contact type, status draft/signed, detail outcome, summary narrative excerpt, amount duration (min);
 * - drug_test: type method, status overall result, detail lab result, summary substances not negative, parentId note;
 * - violation: type severity, status, summary description excerpt, parentId condition;
 * - violation_response: type response type, detail sanction, summary details excerpt, parentId violation;
 * - ledger: type charge/payment/adjustment/waiver, status adjustment direction, detail category, summary reference, amount cents, parentId condition;
 * - community_service: detail agency, summary notes, amount minutes, parentId condition;
 * - program: type attendance, detail program name, summary notes, parentId condition;
 * - plan_change: type created/updated, status goal status after, detail need area, summary goal, parentId goal;
 * - referral: type agency kind, status current status, detail agency name, summary reason, parentId agency;
 * - referral_status (changes after the referral was made): type new status, status previous status, detail agency name, summary note, parentId referral.
 * userId is whoever wrote, recorded or changed it.
 */
export interface TimelineEntry {
  kind: TimelineKind;
  id: number;
  at: string;
  type: string | null;
  status: string | null;
  detail: string | null;
  summary: string;
  amount: number | null;
  parentId: number | null;
  userId: number | null;
}

export interface TimelinePage {
  entries: TimelineEntry[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: TimelineCursor | null;
}

/** Sorts after every YYYY-MM-DD… string. */
const END_OF_TIME = '~';

/**
 * One kind's newest entries in the range and before the cursor, at most `limit`: each branch walks its own
 * (client_id, date) index backwards, so a page costs the same with ten entries or ten thousand.
 */
function branch(kind: TimelineKind, source: TimelineSource, input: TimelineInput): SQL {
  const { columns: c } = source;
  const from = input.from ?? '';
  const until = input.to ? dayjs(input.to).add(1, 'day').format(ISO_DATE_FORMAT) : END_OF_TIME;
  const cursor = input.after ? sql` and (${source.at}, ${kind}, ${source.id}) < (${input.after.at}, ${input.after.kind}, ${input.after.id})` : sql``;
  return sql`select * from (select ${kind} as "kind", ${source.id} as "id", ${source.at} as "at", ${c.type} as "type", ${c.status} as "status",
    ${c.detail} as "detail", coalesce(${c.summary}, '') as "summary", ${c.amount} as "amount", ${c.parentId} as "parentId", ${c.userId} as "userId"
    from ${source.from}
    where ${source.clientId} = ${input.clientId} and ${source.at} >= ${from} and ${source.at} < ${until}${source.only ? sql` and ${source.only}` : sql``}${cursor}
    order by "at" desc, "id" desc limit ${input.limit})`;
}

/** The page's query: every kind's branch, merged and cut to the page. */
export function timelineQuery(input: TimelineInput): SQL {
  const kinds = input.kinds.length ? TIMELINE_KINDS.filter((kind) => input.kinds.includes(kind)) : TIMELINE_KINDS;
  const union = sql.join(
    kinds.map((kind) => branch(kind, TIMELINE_SOURCES[kind], input)),
    sql` union all `,
  );
  return sql`select * from (${union}) order by "at" desc, "kind" desc, "id" desc limit ${input.limit}`;
}

/** A client's record as one chronological list, newest first, filtered by kind and date range, a page at a time (keyset). */
export function readTimeline(ctx: ServiceContext, input: TimelineInput): TimelinePage {
  return readForClient(ctx, input.clientId, 'timeline', (tx) => {
    const entries = tx.all<TimelineEntry>(timelineQuery(input));
    const last = entries.at(-1);
    return { entries, nextCursor: entries.length === input.limit && last ? { at: last.at, kind: last.kind, id: last.id } : null };
  });
}
