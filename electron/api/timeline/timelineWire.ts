import type { TimelineCursor, TimelineKind } from './timelineSchemas';

/**
 * One entry of a client's timeline. The common columns hold, per kind:
 * - note: type contact type, status draft/signed, detail outcome, summary narrative excerpt, amount duration (min);
 * - drug_test: type method, status overall result, detail lab result, summary substances not negative, parentId note;
 * - violation: type severity, status, summary description excerpt, parentId condition;
 * - violation_response: type response type, detail sanction, summary details excerpt, parentId violation;
 * - ledger: type charge/payment/adjustment/waiver, status adjustment direction, detail category, summary reference, amount cents, parentId condition;
 * - community_service: detail agency, summary notes, amount minutes, parentId condition;
 * - programme: type attendance, detail programme name, summary notes, parentId condition;
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

/** A page of the timeline, built column by column in SQL (services/timeline/timeline.ts): it crosses as it is. */
export interface TimelinePage {
  entries: TimelineEntry[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: TimelineCursor | null;
}
