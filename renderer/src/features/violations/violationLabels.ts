import type { RESPONSE_TYPES, VIOLATION_STATUSES } from '../../../../electron/api/violations/violationsCodes';
import type { Labels } from '../clients/clientLabels';

export const RESPONSE_TYPE_LABELS: Labels<typeof RESPONSE_TYPES> = {
  verbal_warning: 'Verbal warning',
  written_warning: 'Written warning',
  graduated_sanction: 'Graduated sanction',
  increased_reporting: 'Increased reporting',
  treatment_referral: 'Treatment referral',
  violation_report_to_court: 'Violation report to court',
};

export const VIOLATION_STATUS_LABELS: Labels<typeof VIOLATION_STATUSES> = {
  open: 'Open',
  responded: 'Responded',
  resolved: 'Resolved',
  referred_to_court: 'Referred to court',
};

export const VIOLATION_STATUS_COLORS: Labels<typeof VIOLATION_STATUSES> = { open: 'red', responded: 'orange', resolved: 'green', referred_to_court: 'grape' };
