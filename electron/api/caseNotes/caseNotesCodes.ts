/** The caseNotes domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const CONTACT_TYPES = [
  'office_visit',
  'home_visit',
  'field_visit',
  'employment_visit',
  'school_visit',
  'phone',
  'video',
  'collateral',
  'email_letter',
  'drug_test',
  'court',
  'program',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
export const CONTACT_OUTCOMES = ['attended_complied', 'attended_failed_to_comply', 'failed_to_attend', 'acceptable_absence', 'rescheduled'] as const;
export const NOTE_STATUSES = ['draft', 'signed'] as const;
