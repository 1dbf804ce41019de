/** The violations domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const VIOLATION_STATUSES = ['open', 'responded', 'resolved', 'referred_to_court'] as const;
export const RESPONSE_TYPES = ['verbal_warning', 'written_warning', 'graduated_sanction', 'increased_reporting', 'treatment_referral', 'violation_report_to_court'] as const;
