/** The referrals domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const AGENCY_KINDS = ['housing', 'employment_training', 'education', 'mental_health', 'substance_use_treatment', 'other'] as const;
export const REFERRAL_STATUSES = ['made', 'accepted', 'attending', 'completed', 'declined', 'no_show'] as const;
