import { z } from 'zod';
import { DEFAULT_CURRENCY, formatMoney } from '../format/money';
import { isoDate, recordId } from '../shared/fieldSchemas';

/** The longest date range a page or a drill-down covers: a year and a day, so "the last 12 months" always fits. */
export const MAX_RANGE_DAYS = 366;

const dayCount = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * Whose figures and over which dates: mine (an officer's own caseload), team (a supervisor and the officers they
 * supervise) or office (everyone; supervisors and administrators). officerId narrows any scope to one officer in it.
 */
export const insightsFilterSchema = z
  .object({
    scope: z.enum(['mine', 'team', 'office'], { error: 'Choose whose figures to show.' }).default('mine'),
    officerId: recordId('an officer').nullable().default(null),
    from: isoDate('the start date'),
    to: isoDate('the end date'),
  })
  .refine((f) => f.from <= f.to, { message: 'The end date must be on or after the start date.', path: ['to'] })
  .refine((f) => f.from > f.to || dayCount(f.from, f.to) <= MAX_RANGE_DAYS, { message: `Choose at most ${MAX_RANGE_DAYS} days.`, path: ['from'] });
export type InsightsFilter = z.infer<typeof insightsFilterSchema>;

export const FIGURE_IDS = [
  'caseload',
  'contactsByOfficer',
  'contactTrend',
  'contactStandards',
  'violationsByType',
  'responsesByType',
  'drugTestsByResult',
  'drugTestsBySubstance',
  'serviceHours',
  'restitution',
  'referrals',
  'movements',
  'closureReasons',
  'courtReports',
  'reportTurnaround',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** The clients behind one number: a figure's row (its key) in one series. */
export const figureRecordsInputSchema = z.object({
  filter: insightsFilterSchema,
  figure: z.enum(FIGURE_IDS, { error: 'Choose a figure.' }),
  row: z.string().trim().min(1, 'Choose a row of the figure.').max(100),
  series: z.string().trim().min(1, 'Choose a column of the figure.').max(100),
});
export type FigureRecordsInput = z.infer<typeof figureRecordsInputSchema>;

export const monthlyReportInputSchema = z.object({
  filter: z.object({
    scope: z.enum(['mine', 'team', 'office']).default('office'),
    officerId: recordId('an officer').nullable().default(null),
  }),
  month: z.string({ error: 'Choose a month.' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month as YYYY-MM.'),
  format: z.enum(['docx', 'csv'], { error: 'Choose Word or CSV.' }),
});
export type MonthlyReportInput = z.infer<typeof monthlyReportInputSchema>;

const months = (label: string) =>
  z
    .number({ error: `Enter ${label} in months, or switch it off.` })
    .int('Enter a whole number of months.')
    .min(1, 'Enter at least 1 month, or switch it off.')
    .max(120, 'At most 120 months.')
    .nullable();

/** One set of criteria; a null number or a false flag leaves that criterion out. */
export const opportunityCriteriaSchema = z.object({
  enabled: z.boolean(),
  /** Months since the supervision start date. */
  monthsSupervised: months('the time under supervision'),
  /** No violation dated within this many months. */
  violationFreeMonths: months('the time without violations'),
  /** Every drug test collected within this many months negative. */
  negativeTestMonths: months('the time with only negative drug tests'),
  serviceHoursComplete: z.boolean(),
  restitutionPaid: z.boolean(),
  noPendingCharges: z.boolean(),
});
export type OpportunityCriteria = z.infer<typeof opportunityCriteriaSchema>;

/** The office's criteria (settings key `opportunities`) for early discharge and for a lower supervision level. */
export const opportunitySettingsSchema = z.object({
  earlyDischarge: opportunityCriteriaSchema,
  lowerLevel: opportunityCriteriaSchema,
});
export type OpportunitySettings = z.infer<typeof opportunitySettingsSchema>;
export const OPPORTUNITY_KINDS = ['earlyDischarge', 'lowerLevel'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const defaultOpportunitySettings: OpportunitySettings = {
  earlyDischarge: {
    enabled: true,
    monthsSupervised: 12,
    violationFreeMonths: 12,
    negativeTestMonths: 6,
    serviceHoursComplete: true,
    restitutionPaid: true,
    noPendingCharges: true,
  },
  lowerLevel: {
    enabled: true,
    monthsSupervised: 6,
    violationFreeMonths: 6,
    negativeTestMonths: 3,
    serviceHoursComplete: false,
    restitutionPaid: false,
    noPendingCharges: true,
  },
};

export const opportunitiesInputSchema = z.object({
  scope: z.enum(['mine', 'team', 'office']).default('mine'),
  officerId: recordId('an officer').nullable().default(null),
  kind: z.enum(OPPORTUNITY_KINDS).default('earlyDischarge'),
});
export type OpportunitiesInput = z.infer<typeof opportunitiesInputSchema>;

export const startFromOpportunityInputSchema = z.object({ clientId: recordId('a client') });

/** What a figure's numbers are: counts, hours, money in cents, days, or a percentage. */
export type Unit = 'count' | 'hours' | 'cents' | 'days' | 'percent';

const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A figure's number as people read it; here, beside the schemas, so the pages, the Word report and the CSV agree. */
export function formatFigureValue(value: number | null, unit: Unit, currency: string = DEFAULT_CURRENCY): string {
  if (value === null) return '–';
  if (unit === 'cents') return formatMoney(value, currency);
  if (unit === 'percent') return `${decimal.format(value)}%`;
  return decimal.format(value);
}
