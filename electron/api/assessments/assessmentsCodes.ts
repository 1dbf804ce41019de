/** The assessments domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const ASSESSMENT_KINDS = ['intake', 'reassessment'] as const;
/** One answer as scored, with the item's text and the answer's label and weight copied in: the instrument may change later. */
export interface ScoredAnswer {
  itemId: string;
  itemText: string;
  needArea: string | null;
  answerIndex: number;
  label: string;
  weight: number;
}
