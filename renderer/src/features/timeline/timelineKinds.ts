import type { TimelineKind } from '../../../../electron/api/timeline/timelineSchemas';

/** The filters officers choose from: a status change belongs with its referral, a response with its violation. */
export const TIMELINE_FILTERS: { label: string; kinds: TimelineKind[] }[] = [
  { label: 'Contact notes', kinds: ['note'] },
  { label: 'Drug tests', kinds: ['drug_test'] },
  { label: 'Violations', kinds: ['violation', 'violation_response'] },
  { label: 'Fees and payments', kinds: ['ledger'] },
  { label: 'Community service', kinds: ['community_service'] },
  { label: 'Program attendance', kinds: ['program'] },
  { label: 'Plan changes', kinds: ['plan_change'] },
  { label: 'Referrals', kinds: ['referral', 'referral_status'] },
];

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  note: 'Contact note',
  drug_test: 'Drug test',
  violation: 'Violation',
  violation_response: 'Violation response',
  ledger: 'Fees and payments',
  community_service: 'Community service',
  program: 'Program',
  plan_change: 'Plan change',
  referral: 'Referral',
  referral_status: 'Referral',
};

export const TIMELINE_KIND_COLORS: Record<TimelineKind, string> = {
  note: 'blue',
  drug_test: 'grape',
  violation: 'red',
  violation_response: 'red',
  ledger: 'teal',
  community_service: 'green',
  program: 'cyan',
  plan_change: 'indigo',
  referral: 'orange',
  referral_status: 'orange',
};
