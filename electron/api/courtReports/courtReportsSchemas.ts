import { z } from 'zod';
import { COURT_REPORT_TYPES, type CourtReportStatus, type CourtReportType } from './courtReportsCodes';
import { editedVersion, isoDate, optionalDate, optionalText, recordId, requiredText } from '../shared/fieldSchemas';

/** How the app names each kind of report and each step of its review. */
export const REPORT_TYPE_LABELS: Record<CourtReportType, string> = {
  psi: 'Pre-sentence investigation',
  progress: 'Progress report',
  violation: 'Violation report',
  termination: 'Termination report',
};

export const REPORT_STATUS_LABELS: Record<CourtReportStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted for review',
  returned: 'Returned with comments',
  approved: 'Approved',
  exported: 'Exported',
};

/** The section whose text is the report's recommendation (kept in its own column, required before submission). */
export const RECOMMENDATION_KEY = 'recommendation';

/**
 * The sections each type of report has, in their default order. Pre-fill is bound to these keys, so an office
 * renames, reorders and rewrites the guidance of its sections but keeps the set.
 */
export const REPORT_SECTION_KEYS: Record<CourtReportType, readonly string[]> = {
  psi: [
    'face_sheet',
    'offence',
    'criminal_history',
    'personal_family',
    'physical_health',
    'mental_health',
    'substance_use',
    'education',
    'employment',
    'financial',
    'risk_needs',
    'sentencing_options',
    RECOMMENDATION_KEY,
  ],
  progress: [
    'supervision_summary',
    'condition_compliance',
    'contacts_summary',
    'treatment_referrals',
    'plan_goals',
    'violations_responses',
    'officer_assessment',
    RECOMMENDATION_KEY,
  ],
  violation: ['identity_case', 'conditions_violated', 'statement', 'prior_violations', 'adjustment', 'risk_assessment', RECOMMENDATION_KEY],
  termination: ['term_summary', 'conditions_status', 'outstanding_balances', RECOMMENDATION_KEY],
};

/** Long enough for any narrative an officer writes (the longest PSI sections run to tens of pages). */
export const REPORT_TEXT_MAX = 100_000;

const reportType = z.enum(COURT_REPORT_TYPES, { error: 'Choose the type of report.' });

export const templateSectionSchema = z.object({
  key: requiredText('the section key', 50),
  title: requiredText('the section title', 200),
  guidance: optionalText('the guidance', 5000),
  boilerplate: optionalText('the boilerplate', 20_000),
});

export const reportTemplateSchema = z.object({ reportType, sections: z.array(templateSectionSchema) }).superRefine(({ reportType: type, sections }, ctx) => {
  const keys = sections.map((s) => s.key);
  const expected = REPORT_SECTION_KEYS[type];
  if (keys.length !== expected.length || !expected.every((key) => keys.includes(key))) {
    ctx.addIssue({ code: 'custom', path: ['sections'], message: `The ${REPORT_TYPE_LABELS[type].toLowerCase()} has the sections ${expected.join(', ')}, each once.` });
  }
});

export type TemplateSection = z.infer<typeof templateSectionSchema>;
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

/** A table pre-filled from the record: column titles with their share of the width, and rows of text. */
export interface SectionTable {
  title: string;
  columns: { title: string; weight: number }[];
  rows: string[][];
  /** Printed instead of an empty table. */
  emptyText: string;
}

/** What a section holds from the record: facts as label and value, and tables. */
export interface SectionData {
  facts: { label: string; value: string }[];
  tables: SectionTable[];
}

/** A section of a report as written: the template's title and guidance when it was made, the officer's text, the record's data. */
export interface ReportSection {
  key: string;
  title: string;
  guidance: string;
  narrative: string;
  data: SectionData;
}

/** A supervisor's return or approval, kept with the report for the author and later versions to read. */
export interface ReviewComment {
  at: string;
  byId: number;
  byName: string;
  action: 'returned' | 'approved';
  comment: string;
}

export const reportIdInputSchema = z.object({ reportId: recordId('a report') });

export const createReportInputSchema = z
  .object({
    clientId: recordId('a client'),
    reportType,
    periodStart: isoDate('the start of the period'),
    periodEnd: isoDate('the end of the period'),
    courtDueDate: optionalDate(isoDate('the court due date')),
  })
  .refine((r) => r.periodStart <= r.periodEnd, { message: 'The end of the period must be on or after its start.', path: ['periodEnd'] });

export const updateReportInputSchema = z.object({
  reportId: recordId('a report'),
  version: editedVersion,
  /** Section key → the officer's text; sections left out keep theirs. */
  narratives: z.record(z.string(), optionalText('the section text', REPORT_TEXT_MAX)),
  recommendation: optionalText('the recommendation', REPORT_TEXT_MAX),
  courtDueDate: optionalDate(isoDate('the court due date')),
});

export const returnReportInputSchema = z.object({
  reportId: recordId('a report'),
  comment: requiredText('a comment', 5000, 'Say what the officer should change before the report is resubmitted.'),
});

export const approveReportInputSchema = z.object({ reportId: recordId('a report'), comment: optionalText('the comment', 5000) });

export type CreateReportInput = z.infer<typeof createReportInputSchema>;
export type UpdateReportInput = z.infer<typeof updateReportInputSchema>;
