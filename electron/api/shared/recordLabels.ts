import type { CONTACT_OUTCOMES, ContactType } from '../caseNotes/caseNotesCodes';
import type { DRUG_TEST_METHODS, LAB_RESULTS, PanelResult } from '../drugTests/drugTestsCodes';

/** How reports print the record's stored codes. */
type Labels<T extends string> = Record<T, string>;

export const CONTACT_TYPE_LABELS: Labels<ContactType> = {
  office_visit: 'Office visit',
  home_visit: 'Home visit',
  field_visit: 'Field visit',
  employment_visit: 'Employment visit',
  school_visit: 'School visit',
  phone: 'Phone call',
  video: 'Video call',
  collateral: 'Collateral contact',
  email_letter: 'Email or letter',
  drug_test: 'Drug test',
  court: 'Court',
  program: 'Program or treatment',
};

export const CONTACT_OUTCOME_LABELS: Labels<(typeof CONTACT_OUTCOMES)[number]> = {
  attended_complied: 'Attended – complied',
  attended_failed_to_comply: 'Attended – failed to comply',
  failed_to_attend: 'Failed to attend',
  acceptable_absence: 'Acceptable absence',
  rescheduled: 'Rescheduled',
};

export const DRUG_TEST_METHOD_LABELS: Labels<(typeof DRUG_TEST_METHODS)[number]> = { urine: 'Urine', oral: 'Oral fluid', breath: 'Breath', patch: 'Sweat patch' };

export const PANEL_RESULT_LABELS: Labels<PanelResult> = { negative: 'negative', positive: 'positive', dilute: 'dilute', invalid: 'invalid', refused: 'refused' };

export const LAB_RESULT_LABELS: Labels<(typeof LAB_RESULTS)[number]> = { confirmed_positive: 'confirmed positive', negative: 'negative', inconclusive: 'inconclusive' };
