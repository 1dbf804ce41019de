import type { ChannelOutput } from '../../../../electron/api/contract';
import { codeLabel } from '../../components/codeLabel';
import { formatDate } from '../clients/formatClient';
import { needAreaLabel } from '../clients/needAreaLabel';
import { ATTENDANCE_LABELS, LEDGER_CATEGORY_LABELS, LEDGER_KIND_LABELS } from '../compliance/complianceLabels';
import { DEFAULT_CURRENCY, formatMoney } from '../../../../electron/api/format/money';
import { formatHours } from '../compliance/units';
import { AGENCY_KIND_LABELS, REFERRAL_STATUS_LABELS } from '../referrals/referralLabels';
import { GOAL_STATUS_LABELS } from '../supervisionPlan/planLabels';
import { formatDateTime } from '../../../../electron/api/format/dateFormats';

export type TimelineEntry = ChannelOutput<'timeline.list'>['entries'][number];

/** The label written for a stored code, or the code in words (codes of other parts of the record, or added later). */
const label = (code: string | null) => (code === null ? '' : codeLabel(code));
const labelOf = (labels: Record<string, string>, code: string | null) => (code === null ? '' : (labels[code] ?? codeLabel(code)));
const words = (code: string | null) => label(code).toLowerCase();

/** A day, or a day and time for entries that have one (contacts, tests, plan changes). */
export const formatEntryTime = (at: string) => (at.length > 10 ? formatDateTime(at) : formatDate(at));

/** One line that says what the entry is (the common columns mean something else per kind: see the host's TimelineEntry). */
export function entryTitle({ kind, type, status, detail, amount }: TimelineEntry, currency: string = DEFAULT_CURRENCY): string {
  switch (kind) {
    case 'note':
      return [`${label(type)}${detail ? `: ${words(detail)}` : ''}`, amount ? `${amount} min` : '', status === 'draft' ? 'draft, not signed' : ''].filter(Boolean).join(' · ');
    case 'drug_test':
      return `Drug test (${words(type)}): ${words(status)}${detail ? `; lab result ${words(detail)}` : ''}`;
    case 'violation':
      return `${label(type)} violation (${words(status)})`;
    case 'violation_response':
      return `Response to a violation: ${words(type)}${detail ? ` (${detail})` : ''}`;
    case 'ledger':
      return `${labelOf(LEDGER_KIND_LABELS, type)}${status ? ` (${status})` : ''} of ${formatMoney(amount ?? 0, currency)}, ${labelOf(LEDGER_CATEGORY_LABELS, detail).toLowerCase()}`;
    case 'community_service':
      return `${formatHours((amount ?? 0) / 60)} of community service at ${detail}`;
    case 'program':
      return `${detail}: ${labelOf(ATTENDANCE_LABELS, type).toLowerCase()}`;
    case 'plan_change':
      return `Plan goal ${type === 'created' ? 'set' : 'changed'} (${needAreaLabel(detail ?? '')}), ${labelOf(GOAL_STATUS_LABELS, status).toLowerCase()}`;
    case 'referral':
      return `Referred to ${detail} (${labelOf(AGENCY_KIND_LABELS, type).toLowerCase()}), now ${labelOf(REFERRAL_STATUS_LABELS, status).toLowerCase()}`;
    case 'referral_status':
      return `Referral to ${detail}: ${labelOf(REFERRAL_STATUS_LABELS, status).toLowerCase()} → ${labelOf(REFERRAL_STATUS_LABELS, type).toLowerCase()}`;
  }
}

/** The text under the title: an excerpt of the narrative, description, goal or note; a ledger entry's reference. */
export const entrySummary = ({ kind, summary }: TimelineEntry) => (kind === 'ledger' && summary ? `Reference: ${summary}` : summary);
