/** The drugTests domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const DRUG_TEST_METHODS = ['urine', 'oral', 'breath', 'patch'] as const;
/** A panel row's result; a test's overall result is one of these too (see overallResult.ts). */
export const PANEL_RESULTS = ['negative', 'positive', 'dilute', 'invalid', 'refused'] as const;
export type PanelResult = (typeof PANEL_RESULTS)[number];
export const LAB_RESULTS = ['confirmed_positive', 'negative', 'inconclusive'] as const;
