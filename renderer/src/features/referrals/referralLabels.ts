import type { AGENCY_KINDS, REFERRAL_STATUSES } from '../../../../electron/api/referrals/referralsCodes';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const AGENCY_KIND_LABELS: Labels<typeof AGENCY_KINDS> = {
  housing: 'Housing',
  employment_training: 'Employment and training',
  education: 'Education',
  mental_health: 'Mental health',
  substance_use_treatment: 'Substance-use treatment',
  other: 'Other',
};

export const REFERRAL_STATUS_LABELS: Labels<typeof REFERRAL_STATUSES> = {
  made: 'Made',
  accepted: 'Accepted',
  attending: 'Attending',
  completed: 'Completed',
  declined: 'Declined',
  no_show: 'No-show',
};

export const REFERRAL_STATUS_COLORS: Labels<typeof REFERRAL_STATUSES> = {
  made: 'blue',
  accepted: 'cyan',
  attending: 'teal',
  completed: 'green',
  declined: 'red',
  no_show: 'orange',
};
