/** The supervisionPlan domain's codes as stored and sent: the database columns and the zod schemas both take them from here. */
export const GOAL_STATUSES = ['open', 'in_progress', 'achieved', 'discontinued'] as const;
